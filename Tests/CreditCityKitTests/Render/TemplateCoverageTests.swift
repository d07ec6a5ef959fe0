import CreditCityTestSupport
import Foundation
import Mustache
import Testing
@testable import CreditCityKit

/// Every template rendered from a fully populated view model: each value of the model must show up in
/// the page. swift-mustache renders a misspelt or missing key as nothing, silently; this catches it.
@Suite("Templates render every value")
struct TemplateCoverageTests {
    /// A marker value: ASCII, so escaping leaves it as it is, and unique, so a hit is this value.
    static func v(_ name: String) -> String { "V-\(name)-x" }

    static let chrome = PageChrome(siteName: v("siteName"), office: v("office"), regionCode: v("regionCode"), root: v("root/"),
                                   pageTitle: v("pageTitle"), canonicalURL: v("canonicalURL"), noindex: true, asOf: v("asOf"),
                                   nav: [NavLink(title: v("nav.title"), href: v("nav.href"), current: true)])
    static let crumbs = [Crumb(title: v("crumb.title"), href: v("crumb.href"))]

    static func row(_ n: Int) -> RecordRow {
        RecordRow(href: v("row\(n).href"), name: v("row\(n).name"), code: v("row\(n).code"), subjectHref: v("row\(n).subjectHref"),
                  summary: v("row\(n).summary"), authority: v("row\(n).authority"), date: v("row\(n).date"))
    }

    static func table(_ n: Int) -> RecordTable {
        RecordTable(caption: v("table\(n).caption"), nameLabel: v("table\(n).nameLabel"), summaryLabel: v("table\(n).summaryLabel"),
                    authorityLabel: v("table\(n).authorityLabel"), dateLabel: v("table\(n).dateLabel"), rows: [row(10 * n + 1)])
    }

    static let pagination = Pagination.links(current: 5, count: 12, root: v("pager/"), base: "list/", directory: true)
    static let notice = NoticeLink(href: v("notice.href"), title: v("notice.title"), date: v("notice.date"), category: v("notice.category"))
    static let group = GroupLink(title: v("group.title"), href: v("group.href"), count: 7, current: true)

    /// One fully populated model per page template.
    static let models: [(template: String, model: any TemplateModel)] = [
        ("home", HomePage(chrome: { var c = chrome; c.headerSearch = false; return c }(),
                          datasets: [DatasetCount(key: v("ds.key"), title: v("ds.title"), count: 3, href: v("ds.href"), directoryHref: v("ds.directoryHref"))],
                          notices: [notice], categories: [group], redList: [row(1)], blackList: [row(2)], licensing: [row(3)], penalties: [row(4)])),
        ("record-list", RecordListPage(chrome: chrome, crumbs: crumbs, heading: v("heading"), intro: v("intro"), total: 600, pageNumber: 5,
                                       pageCount: 12, table: table(1), groups: [group], pagination: pagination)),
        ("page-directory", PageDirectoryPage(chrome: chrome, crumbs: crumbs, heading: v("heading"), total: 600, pageCount: 12,
                                             groups: [PageGroup(label: v("group.label"), first: 1, last: 1,
                                                                pages: [PageLink(number: 1, href: v("page.href"), current: false)])])),
        ("record", RecordPage(chrome: chrome, crumbs: crumbs, heading: v("heading"), datasetTitle: v("datasetTitle"),
                              fields: [FieldRow(code: "", label: v("field.label"), value: v("field.value"))],
                              windowFirst: v("windowFirst"), windowLast: v("windowLast"), severity: v("severity"),
                              subjectHref: v("subjectHref"), subjectCode: v("subjectCode"))),
        ("subject", SubjectPage(chrome: chrome, crumbs: crumbs, name: v("name"), code: v("code"), total: 2, sections: [table(1), table(2)])),
        ("notice-list", NoticeListPage(chrome: chrome, crumbs: crumbs, heading: v("heading"), categories: [group], notices: [notice],
                                       pagination: pagination)),
        ("notice", NoticePage(chrome: chrome, crumbs: crumbs, title: v("title"), date: v("date"), category: v("category"),
                              categoryHref: v("categoryHref"), docNumber: v("docNumber"), issuer: v("issuer"), bodyHTML: "<p>\(v("body"))</p>")),
        ("objection", ObjectionPage(chrome: chrome, crumbs: crumbs, department: v("department"), phone: v("phone"), address: v("address"),
                                    email: v("email"), hours: v("hours"))),
        ("404", NotFoundPage(chrome: { var c = chrome; c.canonicalURL = nil; return c }())),
        ("statistics", StatisticsPage(chrome: chrome, crumbs: crumbs,
                                      totals: [DatasetCount(key: v("ds.key"), title: v("ds.title"), count: 3, href: v("ds.href"),
                                                            directoryHref: v("ds.directoryHref"))],
                                      charts: [chart], jsonHref: v("jsonHref"), schemaHref: v("schemaHref"))),
        ("accessibility", AccessibilityPage(chrome: chrome, crumbs: crumbs, department: v("department"), phone: v("phone"),
                                            email: v("email"))),
    ]

    /// A chart whose every string is a marker; its numbers are drawn as attributes and cells.
    static let chart = ChartView(id: v("chart.id"), title: v("chart.title"), note: v("chart.note"), summary: v("chart.summary"),
                                 labelHeader: v("chart.labelHeader"), height: 100, plotX: 88, plotWidth: v("chart.plotWidth"),
                                 bars: [BarView(shortLabel: v("bar.shortLabel"), label: v("bar.label"), count: 7, labelY: 1, barY: 2,
                                                barHeight: 3, valueY: 4, percent: v("bar.percent"))],
                                 total: 9, totalLabel: v("chart.totalLabel"), rest: 2, restLabel: v("chart.restLabel"),
                                 jsonHref: v("chart.jsonHref"))

    /// Values a template leaves out on purpose: the home page's own title block replaces pageTitle and its
    /// latest-entry lists show name, summary and date only; a pager shows the current page unlinked; the
    /// statistics page's count cards link the lists, not their page directories. The build day is on the
    /// home page only (SPEC section 7: a record page shows its own dates, so the next day's build does
    /// not rewrite it) and the statistics page, which `homeShowsTheBuildDay` checks.
    static let optional: [String: [String]] = [
        "statistics": [v("ds.directoryHref")],
        "home": [v("pageTitle")] + (1...4).flatMap { [v("row\($0).code"), v("row\($0).subjectHref"), v("row\($0).authority")] },
        "record-list": [pagination.pages.first { $0.current }?.href ?? ""],
        "notice-list": [pagination.pages.first { $0.current }?.href ?? ""],
    ]

    /// Every string reachable from `value` (struct fields, arrays, optionals), except empty ones.
    static func strings(in value: Any) -> [String] {
        if let s = value as? String { return s.isEmpty ? [] : [s] }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.flatMap { strings(in: $0.value) } }
        return mirror.children.flatMap { strings(in: $0.value) }
    }

    static func library() throws -> TemplateLibrary { try SiteRenderer.loadTemplates(TestSupport.templatesDir) }

    static func html(_ library: TemplateLibrary, _ model: any TemplateModel, _ template: String) throws -> String {
        String(decoding: try library.render(model, template), as: UTF8.self)
    }

    /// Every page template of the build has a fixture here (search.mustache belongs to the search tests).
    @Test("a fixture for every page template")
    func everyTemplateCovered() {
        let pages = SiteRenderer.requiredTemplates.filter { !$0.hasPrefix("partials/") && $0 != "layout" && $0 != "search" }
        #expect(Set(pages) == Set(Self.models.map(\.template)))
    }

    /// Each value of each model appears in the rendered page; with header and footer partials, pager,
    /// breadcrumb and record tables rendered through the pages that use them.
    @Test("every value of the model is rendered", arguments: models.map(\.template))
    func rendersEveryValue(template: String) async throws {
        let library = try Self.library()
        let model = try #require(Self.models.first { $0.template == template }?.model)
        let html = try Self.html(library, model, template)
        let leftOut = (Self.optional[template] ?? []) + (Self.dated.contains(template) ? [] : [Self.v("asOf")])
        let missing = Self.strings(in: model).filter { !html.contains($0) && !leftOut.contains($0) }
        #expect(missing == [], "\(template).mustache leaves out \(missing)")
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(!html.contains("{{") && !html.contains("}}"))
    }

    /// Content values are HTML-escaped everywhere; only a notice body (cmark-gfm's safe HTML) is raw.
    @Test("values are escaped")
    func escaped() throws {
        let library = try Self.library()
        var chrome = Self.chrome
        chrome.siteName = "<script>&\"x\""
        let page = RecordPage(chrome: chrome, crumbs: Self.crumbs, heading: "<b>公司</b>", datasetTitle: "行政处罚",
                              fields: [FieldRow(code: "CF_SY", label: "违法事实", value: "a<img src=x onerror=1>&")],
                              windowFirst: "2026-01-01", windowLast: "2027-01-01", severity: nil, subjectHref: nil, subjectCode: nil)
        let html = try Self.html(library, page, "record")
        #expect(!html.contains("<script>") && !html.contains("<b>公司") && !html.contains("<img"))
        #expect(html.contains("&lt;script&gt;&amp;&quot;x&quot;"))
        #expect(html.contains("公示期至 2027-01-01"))
    }

    /// The pages that show the build day: the home page (公示数据截至) and the statistics page, whose
    /// numbers are counted for it (OutputKeys.datedPages). No other page of the default templates does.
    static let dated: Set<String> = ["home", "statistics"]

    @Test func homeShowsTheBuildDay() async throws {
        let library = try Self.library()
        for (template, model) in Self.models {
            let html = try Self.html(library, model, template)
            #expect(html.contains(Self.v("asOf")) == Self.dated.contains(template), "\(template)")
        }
        #expect(OutputKeys.datedPages == Set(Self.dated.map { $0 + ".mustache" }))
    }
}
