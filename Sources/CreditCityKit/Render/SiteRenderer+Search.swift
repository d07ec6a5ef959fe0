import Foundation
import Mustache

/// search/index.html: the query form, the results that assets/search.js fills in, and for readers
/// without JavaScript the dataset lists to browse.
public struct SearchPage: MustacheParent, Sendable {
    public var chrome: PageChrome
    /// The dataset lists, for browsing without JavaScript.
    public var browse: [SearchBrowseLink]
    /// Searchable names (organisations and other subjects) and the records under them.
    public var entries: Int
    public var records: Int
    /// Relative URL of the script, from this page.
    public var scriptHref: String

    public func child(named name: String) -> Any? {
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
public struct SearchBrowseLink: MustacheParent, Sendable {
    public var title: String
    public var href: String
    public var count: Int

    public func child(named name: String) -> Any? {
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

    /// Writes the search index under `search/` and the search page. A Templates/ folder without
    /// search.mustache (one made before search existed) gets a plain built-in page instead of a failure.
    @discardableResult
    public func renderSearch(datasets: [Dataset: [PublishedRecord]], writer: FileTreeWriter) throws -> SearchIndexWriter.Summary {
        let clock = ContinuousClock()
        let start = clock.now
        let summary = try SearchIndexWriter().write(datasets: datasets, writer: writer)
        let path = Self.searchPagePath
        let root = Self.root(for: path)
        // The page has its own, larger form.
        var chrome = chrome(path: path, title: "信用查询", current: "search")
        chrome.headerSearch = false
        let page = SearchPage(
            chrome: chrome,
            browse: Dataset.allCases.map {
                SearchBrowseLink(title: $0.title, href: root + SitePaths.page(1, of: SitePaths.datasetBase($0)), count: datasets[$0]?.count ?? 0)
            },
            entries: summary.entries, records: summary.records, scriptHref: root + "assets/search.js")
        let html = library.getTemplate(named: "search") == nil ? Self.builtInSearchPage(page) : try render(page, "search")
        try writer.write(path, text: html)
        if ProcessInfo.processInfo.environment["CREDITCITY_SEARCH_TIMING"] != nil {
            let elapsed = clock.now - start
            FileHandle.standardError.write(Data("search index: \(summary.entries) names, \(summary.records) records, \(summary.files) files, \(summary.bytes) bytes, \(elapsed)\n".utf8))
        }
        return summary
    }

    /// The search page without a template: the form, the result list and the browse links.
    static func builtInSearchPage(_ page: SearchPage) -> String {
        let e = Self.escapeHTML
        let links = page.browse.map { "<li><a href=\"\(e($0.href))\">\(e($0.title))</a>（\($0.count)）</li>" }.joined()
        return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
        <title>信用查询 - \(e(page.chrome.siteName))</title>
        <link rel="stylesheet" href="\(e(page.chrome.root))assets/site.css"></head>
        <body><main id="main">
        <h1>信用查询</h1>
        <div id="search" data-root="\(e(page.chrome.root))" data-index="">
        <form action="index.html" method="get" role="search"><label for="search-q">企业名称或统一社会信用代码</label>
        <input id="search-q" name="q" type="search"> <button type="submit">查询</button></form>
        <p id="search-status" role="status"></p><ol id="search-results"></ol></div>
        <noscript><p>查询需要启用 JavaScript。也可以按类别浏览：</p></noscript><ul>\(links)</ul>
        <script src="\(e(page.scriptHref))"></script>
        </main></body></html>

        """
    }

    static func escapeHTML(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
