
/// What every page shows around its content: site name, navigation, canonical URL, robots.
///
/// Page view models forward unknown keys here, so templates write `{{siteName}}` everywhere.
public struct PageChrome: TemplateModel {
    public var siteName: String
    public var office: String
    public var regionCode: String
    /// Relative path from the page to the site root ("", "../", "../../"), so the site works from
    /// any folder of any static host and from the file system. The 404 page, served at any URL, uses
    /// the path of base_url instead ("/").
    public var root: String
    public var pageTitle: String
    /// Absent on the 404 page, which has no URL of its own.
    public var canonicalURL: String?
    public var noindex: Bool
    public var asOf: String
    public var nav: [NavLink]
    /// The header's search box; the home page has a larger one of its own.
    public var headerSearch: Bool = true

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "siteName": siteName
        case "office": office
        case "regionCode": regionCode
        case "root": root
        case "pageTitle": pageTitle
        case "canonicalURL": canonicalURL
        case "noindex": noindex
        case "asOf": asOf
        case "nav": nav
        case "headerSearch": headerSearch
        default: nil
        }
    }
}

/// A link in the main navigation.
public struct NavLink: TemplateModel {
    public var title: String
    public var href: String
    public var current: Bool

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}

/// A step of the breadcrumb trail above a page's heading (the page itself is not a step).
public struct Crumb: TemplateModel {
    public var title: String
    public var href: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "title": title
        case "href": href
        default: nil
        }
    }
}
