
/// The home page: search, counts, latest notices and list entries, latest 双公示.
public struct HomePage: TemplateModel {
    public var chrome: PageChrome
    public var datasets: [DatasetCount]
    public var notices: [NoticeLink]
    public var categories: [GroupLink]
    public var redList: [RecordRow]
    public var blackList: [RecordRow]
    public var licensing: [RecordRow]
    public var penalties: [RecordRow]

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "datasets": datasets
        case "notices": notices
        case "categories": categories
        case "redList": redList
        case "blackList": blackList
        case "licensing": licensing
        case "penalties": penalties
        default: chrome.child(named: name)
        }
    }
}

/// One page of a dataset's list, or of one named list (A级纳税人 …) of the red or black list.
public struct RecordListPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var heading: String
    public var intro: String
    public var total: Int
    public var pageNumber: Int
    public var pageCount: Int
    public var table: RecordTable
    /// The named lists of a red or black list, each with its count.
    public var groups: [GroupLink]
    public var pagination: Pagination

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "heading": heading
        case "intro": intro
        case "total": total
        case "pageNumber": pageNumber
        case "pageCount": pageCount
        case "table": table
        case "groups": groups
        case "hasGroups": !groups.isEmpty
        case "pagination": pagination
        case "empty": table.rows.isEmpty
        default: chrome.child(named: name)
        }
    }
}

/// Every page of one list, grouped by the month of its newest record: one click to any page.
public struct PageDirectoryPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var heading: String
    public var total: Int
    public var pageCount: Int
    public var groups: [PageGroup]

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "heading": heading
        case "total": total
        case "pageCount": pageCount
        case "groups": groups
        default: chrome.child(named: name)
        }
    }
}

/// The pages of a list whose newest record falls in one month.
public struct PageGroup: TemplateModel {
    public var label: String
    public var first: Int
    public var last: Int
    public var pages: [PageLink]

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "label": label
        case "first": first
        case "last": last
        case "pages": pages
        default: nil
        }
    }
}

/// One record's page: every public field under its Chinese label, and its display window.
public struct RecordPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var heading: String
    public var datasetTitle: String
    public var fields: [FieldRow]
    public var windowFirst: String
    /// "2027-06-01", or 长期.
    public var windowLast: String
    public var severity: String?
    public var subjectHref: String?
    public var subjectCode: String?

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "heading": heading
        case "datasetTitle": datasetTitle
        case "fields": fields
        case "windowFirst": windowFirst
        case "windowLast": windowLast
        case "severity": severity
        case "subjectHref": subjectHref
        case "subjectCode": subjectCode
        default: chrome.child(named: name)
        }
    }
}

/// Everything shown about one organisation, by dataset.
public struct SubjectPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    public var name: String
    public var code: String
    public var total: Int
    public var sections: [RecordTable]

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "name": self.name
        case "code": code
        case "total": total
        case "sections": sections
        default: chrome.child(named: name)
        }
    }
}
