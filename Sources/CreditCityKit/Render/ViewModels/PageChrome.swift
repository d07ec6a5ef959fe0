import Mustache

/// What every page shows around its content: site name, navigation, canonical URL, robots.
///
/// Page view models forward unknown keys here, so templates write `{{siteName}}` everywhere.
public struct PageChrome: MustacheParent, Sendable {
    public var siteName: String
    public var office: String
    public var regionCode: String
    /// Relative path from the page to the site root ("", "../", "../../"), so the site works from
    /// any folder of any static host and from the file system.
    public var root: String
    public var pageTitle: String
    public var canonicalURL: String
    public var noindex: Bool
    public var asOf: String
    public var nav: [NavLink]

    public func child(named name: String) -> Any? {
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
        default: nil
        }
    }
}

/// A link in the main navigation.
public struct NavLink: MustacheParent, Sendable {
    public var title: String
    public var href: String
    public var current: Bool

    public func child(named name: String) -> Any? {
        switch name {
        case "title": title
        case "href": href
        case "current": current
        default: nil
        }
    }
}
