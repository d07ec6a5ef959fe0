import Mustache

/// The home page: counts, latest notices and list entries, latest 双公示.
public struct HomePage: MustacheParent, Sendable {
    public var chrome: PageChrome
    public var datasets: [DatasetCount]
    public var notices: [NoticeLink]
    public var redList: [RecordRow]
    public var blackList: [RecordRow]
    public var licensing: [RecordRow]
    public var penalties: [RecordRow]

    public func child(named name: String) -> Any? {
        switch name {
        case "datasets": datasets
        case "notices": notices
        case "redList": redList
        case "blackList": blackList
        case "licensing": licensing
        case "penalties": penalties
        default: chrome.child(named: name)
        }
    }
}

/// One page of a dataset's list.
public struct RecordListPage: MustacheParent, Sendable {
    public var chrome: PageChrome
    public var heading: String
    public var total: Int
    public var pageNumber: Int
    public var pageCount: Int
    public var rows: [RecordRow]
    public var nameLabel: String
    public var summaryLabel: String
    public var authorityLabel: String
    public var dateLabel: String
    public var pagination: Pagination

    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "total": total
        case "pageNumber": pageNumber
        case "pageCount": pageCount
        case "rows": rows
        case "nameLabel": nameLabel
        case "summaryLabel": summaryLabel
        case "authorityLabel": authorityLabel
        case "dateLabel": dateLabel
        case "pagination": pagination
        case "empty": rows.isEmpty
        default: chrome.child(named: name)
        }
    }
}

/// One record's page: every public field under its Chinese label, and its display window.
public struct RecordPage: MustacheParent, Sendable {
    public var chrome: PageChrome
    public var heading: String
    public var datasetTitle: String
    public var datasetHref: String
    public var fields: [FieldRow]
    public var windowFirst: String
    /// "2027-06-01", or 长期.
    public var windowLast: String
    public var severity: String?

    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "datasetTitle": datasetTitle
        case "datasetHref": datasetHref
        case "fields": fields
        case "windowFirst": windowFirst
        case "windowLast": windowLast
        case "severity": severity
        default: chrome.child(named: name)
        }
    }
}

/// One page of the notice list.
public struct NoticeListPage: MustacheParent, Sendable {
    public var chrome: PageChrome
    public var heading: String
    public var notices: [NoticeLink]
    public var pagination: Pagination

    public func child(named name: String) -> Any? {
        switch name {
        case "heading": heading
        case "notices": notices
        case "empty": notices.isEmpty
        case "pagination": pagination
        default: chrome.child(named: name)
        }
    }
}

/// A notice. `bodyHTML` is cmark-gfm's safe output and the only unescaped value of the site.
public struct NoticePage: MustacheParent, Sendable {
    public var chrome: PageChrome
    public var title: String
    public var date: String
    public var category: String
    public var docNumber: String?
    public var issuer: String?
    public var bodyHTML: String

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "date": date
        case "category": category
        case "docNumber": docNumber
        case "issuer": issuer
        case "bodyHTML": bodyHTML
        default: chrome.child(named: name)
        }
    }
}
