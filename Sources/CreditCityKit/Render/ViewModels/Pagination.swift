import Mustache

/// Links between the pages of a paginated list (newest first).
public struct Pagination: MustacheParent, Sendable {
    public var pages: [PageLink]
    public var previous: String?
    public var next: String?

    public var hasPages: Bool { pages.count > 1 }

    public func child(named name: String) -> Any? {
        switch name {
        case "pages": pages
        case "previous": previous
        case "next": next
        case "hasPages": hasPages
        default: nil
        }
    }

    /// Links for page `current` (1-based) of `count`, from a page at `root` of a list at `base`
    /// (e.g. "penalties/"); page 1 is `base/index.html`, page N is `base/page/N/index.html`.
    public static func links(current: Int, count: Int, root: String, base: String) -> Pagination {
        func href(_ n: Int) -> String { n == 1 ? "\(root)\(base)index.html" : "\(root)\(base)page/\(n)/index.html" }
        // Show the first, the last and two either side of the current page, so a million-record list
        // still has a short pager.
        let shown = (1...max(count, 1)).filter { $0 == 1 || $0 == count || abs($0 - current) <= 2 }
        return Pagination(pages: shown.map { PageLink(number: $0, href: href($0), current: $0 == current) },
                          previous: current > 1 ? href(current - 1) : nil,
                          next: current < count ? href(current + 1) : nil)
    }
}

/// One page number in a pager.
public struct PageLink: MustacheParent, Sendable {
    public var number: Int
    public var href: String
    public var current: Bool

    public func child(named name: String) -> Any? {
        switch name {
        case "number": number
        case "href": href
        case "current": current
        default: nil
        }
    }
}
