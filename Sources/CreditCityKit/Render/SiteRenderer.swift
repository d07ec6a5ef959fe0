import Foundation
import Mustache

/// Renders the site's pages from typed view models through the Templates/ folder.
///
/// The URL layout is `SitePaths`; each family of pages has its own file (`SiteRenderer+Lists`,
/// `+Records`, `+Notices`, `+Sitemaps`). Pages that come by the thousand are rendered in chunks on
/// every core, and no step holds more than one page's HTML (or one sitemap part) at a time.
public struct SiteRenderer: Sendable {
    public let library: MustacheLibrary
    public let config: SiteConfig
    public let asOf: CivilDate

    /// Every template a build needs; loading checks them all before anything is rendered.
    public static let requiredTemplates = ["layout", "home", "record-list", "record", "page-directory", "subject",
                                           "notice-list", "notice", "objection", "404", "search", "statistics", "accessibility",
                                           "partials/header", "partials/footer", "partials/pagination",
                                           "partials/record-table", "partials/latest-item", "partials/breadcrumb"]

    public struct TemplateFailure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Loads and parses every template of `directory`; a syntax error or a missing template fails here.
    public static func loadTemplates(_ directory: String) async throws -> MustacheLibrary {
        let library: MustacheLibrary
        do {
            library = try await MustacheLibrary(directory: directory)
        } catch let e as MustacheLibrary.ParserError {
            throw TemplateFailure(description: "\(directory)/\(e.filename):\(e.context.lineNumber): error: template syntax: \(e.error)")
        }
        let missing = requiredTemplates.filter { library.getTemplate(named: $0) == nil }
        guard missing.isEmpty else {
            throw TemplateFailure(description: "\(directory): error: missing templates: \(missing.map { $0 + ".mustache" }.joined(separator: ", "))")
        }
        return library
    }

    public init(library: MustacheLibrary, config: SiteConfig, asOf: CivilDate) {
        self.library = library
        self.config = config
        self.asOf = asOf
    }

    func render(_ model: Any, _ template: String) throws -> String {
        guard let html = library.render(model, withTemplate: template) else {
            throw TemplateFailure(description: "template \(template).mustache is missing")
        }
        return html
    }

    /// The chrome of the page at `path`; `root` overrides the relative root (the 404 page).
    func chrome(path: String, title: String, current: String?, noindex: Bool = false, root: String? = nil) -> PageChrome {
        let root = root ?? SitePaths.root(for: path)
        var nav = Dataset.allCases.map { NavLink(title: $0.title, href: root + SitePaths.page(1, of: SitePaths.datasetBase($0)),
                                                 current: current == $0.rawValue) }
        nav.append(NavLink(title: "通知公告", href: root + SitePaths.page(1, of: SitePaths.noticesBase), current: current == "notices"))
        nav.append(NavLink(title: "数据统计", href: root + SitePaths.statistics, current: current == "statistics"))
        nav.append(NavLink(title: "异议与信用修复", href: root + SitePaths.objection, current: current == "objection"))
        return PageChrome(siteName: config.name, office: config.office, regionCode: config.regionCode, root: root,
                          pageTitle: title, canonicalURL: path == SitePaths.notFound ? nil : SitePaths.url(path, base: config.baseURL),
                          noindex: noindex, asOf: asOf.iso, nav: nav)
    }

    func home(_ root: String) -> Crumb { Crumb(title: "首页", href: root + SitePaths.home) }

    func row(_ r: PublishedRecord, root: String) -> RecordRow {
        RecordRow(href: root + SitePaths.record(r), name: r.subjectName, code: r.subjectCode,
                  subjectHref: r.subjectCode.map { root + SitePaths.subject($0) }, summary: r.summary,
                  authority: r.authority, date: r.date.iso)
    }

    /// Renders every page into `writer`. `datasets` hold each dataset's shown records, newest first;
    /// `notices` the shown notices, newest first.
    public func renderSite(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter) throws {
        try renderHome(datasets: datasets, notices: notices, writer: writer)
        for dataset in Dataset.allCases {
            let records = datasets[dataset] ?? []
            try renderLists(dataset, records, writer: writer)
            try renderRecords(records, writer: writer)
        }
        try renderSubjects(datasets, writer: writer)
        try renderNotices(notices, writer: writer)
        try renderObjection(writer: writer)
        try renderAccessibility(writer: writer)
        try renderNotFound(writer: writer)
        try renderSitemaps(datasets: datasets, notices: notices, writer: writer)
        try renderAtom(notices, writer: writer)
        try writer.write("robots.txt", text: "User-agent: *\nAllow: /\nSitemap: \(config.baseURL)\(SitePaths.sitemap)\n")
    }

    func renderHome(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter) throws {
        let path = SitePaths.home
        let latest: (Dataset) -> [RecordRow] = { d in (datasets[d] ?? []).prefix(8).map { self.row($0, root: "") } }
        var chrome = chrome(path: path, title: "首页", current: nil)
        chrome.headerSearch = false
        let page = HomePage(
            chrome: chrome,
            datasets: Dataset.allCases.map {
                let base = SitePaths.datasetBase($0)
                return DatasetCount(key: $0.rawValue, title: $0.title, count: datasets[$0]?.count ?? 0,
                                    href: SitePaths.page(1, of: base), directoryHref: SitePaths.directory(of: base))
            },
            notices: notices.prefix(8).map { noticeLink($0, root: "") },
            categories: categoryLinks(notices, root: "", current: nil),
            redList: latest(.redlist), blackList: latest(.blacklist), licensing: latest(.licensing), penalties: latest(.penalties))
        try writer.write(path, text: try render(page, "home"))
    }

    /// Runs `body(i)` for every i in 0..<count, in chunks of `chunk` spread over every core; the first
    /// error stops the remaining work and is rethrown.
    static func concurrently(_ count: Int, chunk: Int, _ body: @Sendable (Int) throws -> Void) throws {
        let chunks = (count + chunk - 1) / chunk
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for i in (c * chunk)..<min(count, (c + 1) * chunk) {
                if failure.isSet { return }
                do { try body(i) } catch { failure.set(error) }
            }
        }
        if let error = failure.error { throw error }
    }
}

/// The first error thrown by any of several threads.
final class FirstError: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (any Error)?

    var isSet: Bool { lock.withLock { stored != nil } }
    var error: (any Error)? { lock.withLock { stored } }
    func set(_ e: any Error) { lock.withLock { if stored == nil { stored = e } } }
}
