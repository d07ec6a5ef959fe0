import Mustache

/// One row of a record table: list pages and the home page's latest entries.
public struct RecordRow: MustacheParent, Sendable {
    public var href: String
    public var name: String
    public var code: String?
    public var summary: String
    public var authority: String
    public var date: String

    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "name": self.name
        case "code": code
        case "summary": summary
        case "authority": authority
        case "date": date
        default: nil
        }
    }
}

/// A dataset and how many records it shows, for the home page.
public struct DatasetCount: MustacheParent, Sendable {
    public var title: String
    public var count: Int
    public var href: String

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "count": count
        case "href": href
        default: nil
        }
    }
}

/// A notice in a list.
public struct NoticeLink: MustacheParent, Sendable {
    public var href: String
    public var title: String
    public var date: String
    public var category: String

    public func child(named name: String) -> Any? {
        switch name {
        case "href": href
        case "title": title
        case "date": date
        case "category": category
        default: nil
        }
    }
}

/// A label and value on a record page.
public struct FieldRow: MustacheParent, Sendable {
    public var code: String
    public var label: String
    public var value: String

    public func child(named name: String) -> Any? {
        switch name {
        case "code": code
        case "label": label
        case "value": value
        default: nil
        }
    }
}
