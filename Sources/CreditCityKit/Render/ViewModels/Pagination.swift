
/// Links between the pages of a paginated list (newest first), and to the list's page directory.
public struct Pagination: TemplateModel {
    public var pages: [PageLink]
    public var previous: String?
    public var next: String?
    /// The page listing every page of this list; nil for lists that fit a short pager.
    public var directory: String?

    public var hasPages: Bool { pages.count > 1 }

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "pages": pages
        case "previous": previous
        case "next": next
        case "directory": directory
        case "hasPages": hasPages
        default: nil
        }
    }

    /// Links for page `current` (1-based) of `count`, from a page at `root` of a list at `base`
    /// (e.g. "penalties/"); page 1 is `base/index.html`, page N is `base/page/N/index.html`.
    public static func links(current: Int, count: Int, root: String, base: String, directory: Bool = false) -> Pagination {
        func href(_ n: Int) -> String { root + SitePaths.page(n, of: base) }
        // The first, the last and two either side of the current page: a short pager at any size.
        // Deep pages are reached through the directory, not by stepping through the pager.
        let shown = (1...max(count, 1)).filter { $0 == 1 || $0 == count || abs($0 - current) <= 2 }
        let links = shown.enumerated().map { i, n in
            PageLink(number: n, href: href(n), current: n == current, gapBefore: i > 0 && shown[i - 1] != n - 1)
        }
        return Pagination(pages: links,
                          previous: current > 1 ? href(current - 1) : nil,
                          next: current < count ? href(current + 1) : nil,
                          directory: directory && count > 1 ? root + SitePaths.directory(of: base) : nil)
    }
}

/// One page number in a pager or a page directory.
public struct PageLink: TemplateModel {
    public var number: Int
    public var href: String
    public var current: Bool
    /// Pages were skipped before this one: the pager shows an ellipsis.
    public var gapBefore: Bool = false

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "number": number
        case "href": href
        case "current": current
        case "gapBefore": gapBefore
        default: nil
        }
    }
}
