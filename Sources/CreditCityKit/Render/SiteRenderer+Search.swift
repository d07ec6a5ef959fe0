import Foundation

/// search/index.html: the query form, the results that assets/search.js fills in, and for readers
/// without JavaScript the dataset lists to browse.
public struct SearchPage: TemplateModel {
    public var chrome: PageChrome
    /// The dataset lists, for browsing without JavaScript.
    public var browse: [SearchBrowseLink]
    /// Searchable names (organisations and other subjects) and the records under them.
    public var entries: Int
    public var records: Int
    /// Relative URL of the script, from this page.
    public var scriptHref: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "browse": browse
        case "entries": entries
        case "records": records
        case "scriptHref": scriptHref
        default: chrome.child(named: name)
        }
    }
}

/// A dataset's list, linked from the search page.
public struct SearchBrowseLink: TemplateModel {
    public var title: String
    public var href: String
    public var count: Int

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "title": title
        case "href": href
        case "count": count
        default: nil
        }
    }
}

extension SiteRenderer {
    static let searchPagePath = "search/index.html"

    /// The search index under `search/` and the search page, each file handed to `emit`.
    @discardableResult
    public func search(_ plan: SitePlan, emit: @Sendable (String, [UInt8]) throws -> Void) throws -> SearchIndexWriter.Summary {
        let clock = ContinuousClock()
        let start = clock.now
        let summary = try SearchIndexWriter().write(SearchEntries(plan: plan), emit: emit)
        let path = Self.searchPagePath
        let root = SitePaths.root(for: path)
        // The page has its own, larger form.
        var chrome = chrome(path: path, title: "信用查询", current: "search")
        chrome.headerSearch = false
        let page = SearchPage(
            chrome: chrome,
            browse: Dataset.allCases.map {
                SearchBrowseLink(title: $0.title, href: root + SitePaths.page(1, of: SitePaths.datasetBase($0)), count: plan.datasets[$0]?.count ?? 0)
            },
            entries: summary.entries, records: summary.records, scriptHref: root + "assets/search.js")
        try emit(path, Array(try render(page, "search").utf8))
        if ProcessInfo.processInfo.environment["CREDITCITY_SEARCH_TIMING"] != nil {
            let elapsed = clock.now - start
            FileHandle.standardError.write(Data("search index: \(summary.entries) names, \(summary.records) records, \(summary.files) files, \(summary.bytes) bytes, \(elapsed)\n".utf8))
        }
        return summary
    }
}
