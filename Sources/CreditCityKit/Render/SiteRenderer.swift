import Foundation
import Mustache

/// Renders the site's pages from typed view models through the Templates/ folder.
///
/// Record pages are independent, so they are rendered in chunks on every core.
public struct SiteRenderer: Sendable {
    public let library: MustacheLibrary
    public let config: SiteConfig
    public let asOf: CivilDate

    /// Every template a build needs; loading checks them all before anything is rendered.
    public static let requiredTemplates = ["layout", "home", "record-list", "record", "notice-list", "notice",
                                           "partials/header", "partials/footer", "partials/pagination",
                                           "partials/record-table", "partials/latest-item"]

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

    /// "../" repeated once per folder of `path`.
    static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    func chrome(path: String, title: String, current: String?, noindex: Bool = false) -> PageChrome {
        let root = Self.root(for: path)
        let canonical = config.baseURL + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
        var nav = Dataset.allCases.map { NavLink(title: $0.title, href: "\(root)\($0.rawValue)/index.html", current: current == $0.rawValue) }
        nav.append(NavLink(title: "通知公告", href: "\(root)notices/index.html", current: current == "notices"))
        return PageChrome(siteName: config.name, office: config.office, regionCode: config.regionCode, root: root,
                          pageTitle: title, canonicalURL: canonical, noindex: noindex, asOf: asOf.iso, nav: nav)
    }

    static func recordPath(_ r: PublishedRecord) -> String { "\(r.dataset.rawValue)/\(r.id)/index.html" }

    func row(_ r: PublishedRecord, root: String) -> RecordRow {
        RecordRow(href: root + Self.recordPath(r), name: r.subjectName, code: r.subjectCode, summary: r.summary,
                  authority: r.authority, date: r.date.iso)
    }

    /// Renders every page into `writer`. `datasets` hold each dataset's shown records, newest first.
    public func renderSite(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter) throws {
        try renderHome(datasets: datasets, notices: notices, writer: writer)
        for dataset in Dataset.allCases {
            let records = datasets[dataset] ?? []
            try renderLists(dataset, records, writer: writer)
            try renderRecords(records, writer: writer)
        }
        try renderNotices(notices, writer: writer)
    }

    func renderHome(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter) throws {
        let path = "index.html"
        let latest: (Dataset) -> [RecordRow] = { d in (datasets[d] ?? []).prefix(8).map { self.row($0, root: "") } }
        let page = HomePage(
            chrome: chrome(path: path, title: "首页", current: nil),
            datasets: Dataset.allCases.map { DatasetCount(title: $0.title, count: datasets[$0]?.count ?? 0, href: "\($0.rawValue)/index.html") },
            notices: notices.prefix(8).map { NoticeLink(href: "notices/\($0.slug)/index.html", title: $0.title, date: $0.date.iso, category: $0.category) },
            redList: latest(.redlist), blackList: latest(.blacklist), licensing: latest(.licensing), penalties: latest(.penalties))
        try writer.write(path, text: try render(page, "home"))
    }

    func renderLists(_ dataset: Dataset, _ records: [PublishedRecord], writer: FileTreeWriter) throws {
        let size = config.pageSize
        let pageCount = max(1, (records.count + size - 1) / size)
        let labels: (String, String, String, String) = switch dataset {
        case .licensing: ("行政相对人", "许可证书 / 决定", "许可机关", "决定日期")
        case .penalties: ("行政相对人", "处罚类别", "处罚机关", "决定日期")
        case .redlist, .blacklist: ("主体名称", "名单名称", "认定部门", "认定日期")
        }
        try (1...pageCount).forEach { n in
            let path = n == 1 ? "\(dataset.rawValue)/index.html" : "\(dataset.rawValue)/page/\(n)/index.html"
            let root = Self.root(for: path)
            let slice = records.dropFirst((n - 1) * size).prefix(size)
            let title = n == 1 ? dataset.title : "\(dataset.title)（第\(n)页）"
            let page = RecordListPage(
                chrome: chrome(path: path, title: title, current: dataset.rawValue), heading: dataset.title, total: records.count,
                pageNumber: n, pageCount: pageCount, rows: slice.map { row($0, root: root) },
                nameLabel: labels.0, summaryLabel: labels.1, authorityLabel: labels.2, dateLabel: labels.3,
                pagination: .links(current: n, count: pageCount, root: root, base: "\(dataset.rawValue)/"))
            try writer.write(path, text: try render(page, "record-list"))
        }
    }

    /// One page per record, in chunks across cores; the first error stops the build.
    func renderRecords(_ records: [PublishedRecord], writer: FileTreeWriter) throws {
        let chunk = 512
        let chunks = (records.count + chunk - 1) / chunk
        let failure = FirstError()
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            for r in records[(c * chunk)..<min(records.count, (c + 1) * chunk)] {
                if failure.isSet { return }
                do {
                    try writer.write(Self.recordPath(r), text: try render(recordPage(r), "record"))
                } catch {
                    failure.set(error)
                }
            }
        }
        if let error = failure.error { throw error }
    }

    func recordPage(_ r: PublishedRecord) -> RecordPage {
        let path = Self.recordPath(r)
        let catalog = r.dataset == .licensing ? FieldCatalog.licensing : r.dataset == .penalties ? .penalties : .lists
        let fields = r.fields.map { FieldRow(code: $0.code, label: catalog.spec($0.code).name, value: $0.value) }
        return RecordPage(chrome: chrome(path: path, title: "\(r.subjectName) - \(r.dataset.title)", current: r.dataset.rawValue,
                                         noindex: r.isNoindex(policy: config.policy)),
                          heading: r.subjectName, datasetTitle: r.dataset.title,
                          datasetHref: Self.root(for: path) + "\(r.dataset.rawValue)/index.html", fields: fields,
                          windowFirst: r.window.first.iso, windowLast: r.window.last?.iso ?? DateValue.noEndText,
                          severity: r.severity?.rawValue)
    }

    func renderNotices(_ notices: [Notice], writer: FileTreeWriter) throws {
        let size = config.pageSize
        let pageCount = max(1, (notices.count + size - 1) / size)
        for n in 1...pageCount {
            let path = n == 1 ? "notices/index.html" : "notices/page/\(n)/index.html"
            let root = Self.root(for: path)
            let page = NoticeListPage(
                chrome: chrome(path: path, title: "通知公告", current: "notices"), heading: "通知公告",
                notices: notices.dropFirst((n - 1) * size).prefix(size).map {
                    NoticeLink(href: "\(root)notices/\($0.slug)/index.html", title: $0.title, date: $0.date.iso, category: $0.category)
                },
                pagination: .links(current: n, count: pageCount, root: root, base: "notices/"))
            try writer.write(path, text: try render(page, "notice-list"))
        }
        for notice in notices {
            let path = "notices/\(notice.slug)/index.html"
            let page = NoticePage(chrome: chrome(path: path, title: notice.title, current: "notices"), title: notice.title,
                                  date: notice.date.iso, category: notice.category, docNumber: notice.docNumber,
                                  issuer: notice.issuer, bodyHTML: Markdown.html(notice.body))
            try writer.write(path, text: try render(page, "notice"))
        }
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
