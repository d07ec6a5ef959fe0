import Foundation

/// Renders the site's pages from typed view models through the Templates/ folder.
///
/// The URL layout is `SitePaths`; each family of pages has its own file (`SiteRenderer+Lists`,
/// `+Records`, `+Notices`, `+Sitemaps`). Pages that come by the thousand are rendered in chunks on
/// every core, and no step holds more than one page's HTML (or one sitemap part) at a time.
public struct SiteRenderer: Sendable {
    public let library: TemplateLibrary
    public let config: SiteConfig
    public let asOf: CivilDate

    /// Every template a build needs; loading checks them all before anything is rendered.
    public static let requiredTemplates = ["layout", "home", "record-list", "record", "page-directory", "subject",
                                           "notice-list", "notice", "objection", "404", "search", "statistics", "accessibility",
                                           "partials/header", "partials/footer", "partials/pagination",
                                           "partials/record-table", "partials/latest-item", "partials/breadcrumb"]

    /// Loads and parses every template of `directory`; a syntax error or a missing template fails here.
    public static func loadTemplates(_ directory: String) throws -> TemplateLibrary {
        let library = try TemplateLibrary(directory: directory)
        let missing = requiredTemplates.filter { !library.has($0) }
        guard missing.isEmpty else {
            throw BuildError.missingTemplates(directory, missing)
        }
        return library
    }

    /// The site's privacy settings, applied to a record's fields when its page is rendered.
    var masker: Masker { config.masker }

    public init(library: TemplateLibrary, config: SiteConfig, asOf: CivilDate) {
        self.library = library
        self.config = config
        self.asOf = asOf
    }

    func render(_ model: any TemplateModel, _ template: String) throws -> String {
        String(decoding: try library.render(model, template), as: UTF8.self)
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

    func row(_ r: ShownRecord, root: String) -> RecordRow {
        RecordRow(href: root + SitePaths.record(r), name: r.subjectName, code: r.subjectCode,
                  subjectHref: r.subjectCode.map { root + SitePaths.subject($0) }, summary: r.summary,
                  authority: r.authority, date: r.date.iso)
    }

    /// The HTML (or text) of a page of the plan other than a record page, which needs its values
    /// (`recordPage`).
    func render(_ page: SitePage, plan: SitePlan) throws -> String {
        switch page {
        case .home: try homePage(plan)
        case .objection: try objectionPage()
        case .accessibility: try accessibilityPage()
        case .notFound: try notFoundPage()
        case .statistics: try statisticsPage(plan.statistics)
        case .atom: atom(plan.notices)
        case .robots: "User-agent: *\nAllow: /\nSitemap: \(config.baseURL)\(SitePaths.sitemap)\n"
        case .listPage(let l, let n): try listPage(plan.recordLists[l], number: n, plan: plan)
        case .directory(let l): try directoryPage(plan.recordLists[l], plan: plan)
        case .subject(let s): try subjectPage(plan.subjects[s], plan: plan)
        case .notice(let i): try noticePage(plan.notices[i])
        case .noticeList(let l, let n): try noticeListPage(plan.noticeLists[l], number: n, plan: plan)
        case .record: throw BuildError(.render, "a record page is rendered from its values")
        }
    }

    func homePage(_ plan: SitePlan) throws -> String {
        let path = SitePaths.home
        let latest: (Dataset) -> [RecordRow] = { d in (plan.datasets[d] ?? []).prefix(8).map { self.row(plan.record($0), root: "") } }
        var chrome = chrome(path: path, title: "首页", current: nil)
        chrome.headerSearch = false
        let page = HomePage(
            chrome: chrome,
            datasets: Dataset.allCases.map {
                let base = SitePaths.datasetBase($0)
                return DatasetCount(key: $0.rawValue, title: $0.title, count: plan.datasets[$0]?.count ?? 0,
                                    href: SitePaths.page(1, of: base), directoryHref: SitePaths.directory(of: base))
            },
            notices: plan.notices.prefix(8).map { noticeLink($0, root: "") },
            categories: categoryLinks(plan, root: "", current: nil),
            redList: latest(.redlist), blackList: latest(.blacklist), licensing: latest(.licensing), penalties: latest(.penalties))
        return try render(page, "home")
    }
}
