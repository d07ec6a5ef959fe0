
/// One row of a record table: list pages, subject pages and the home page's latest entries.
public struct RecordRow: TemplateModel {
    public var href: String
    public var name: String
    public var code: String?
    /// The organisation's subject page, when it has one.
    public var subjectHref: String?
    public var summary: String
    public var authority: String
    public var date: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "href": href
        case "name": self.name
        case "code": code
        case "subjectHref": subjectHref
        case "summary": summary
        case "authority": authority
        case "date": date
        default: nil
        }
    }
}

/// A table of records with its column headings (which differ per dataset).
public struct RecordTable: TemplateModel {
    public var caption: String
    public var nameLabel: String
    public var summaryLabel: String
    public var authorityLabel: String
    public var dateLabel: String
    public var rows: [RecordRow]

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "caption": caption
        case "nameLabel": nameLabel
        case "summaryLabel": summaryLabel
        case "authorityLabel": authorityLabel
        case "dateLabel": dateLabel
        case "rows": rows
        case "empty": rows.isEmpty
        default: nil
        }
    }
}

/// A dataset and how many records it shows, for the home page.
public struct DatasetCount: TemplateModel {
    public var key: String
    public var title: String
    public var count: Int
    public var href: String
    /// The dataset's page directory: every list page one click away.
    public var directoryHref: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "key": key
        case "title": title
        case "count": count
        case "href": href
        case "directoryHref": directoryHref
        default: nil
        }
    }
}

/// A notice in a list.
public struct NoticeLink: TemplateModel {
    public var href: String
    public var title: String
    public var date: String
    public var category: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "href": href
        case "title": title
        case "date": date
        case "category": category
        default: nil
        }
    }
}

/// A named sub-list (名单名称 of a red or black list, category of notices) with its size.
public struct GroupLink: TemplateModel {
    public var title: String
    public var href: String
    public var count: Int
    public var current: Bool

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "title": title
        case "href": href
        case "count": count
        case "current": current
        default: nil
        }
    }
}

/// A label and value on a record page.
public struct FieldRow: TemplateModel {
    public var code: String
    public var label: String
    public var value: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "code": code
        case "label": label
        case "value": value
        default: nil
        }
    }
}
