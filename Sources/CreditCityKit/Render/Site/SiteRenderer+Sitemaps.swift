/// sitemap.xml (an index of parts past 50,000 URLs), atom.xml for notices.
///
/// Both carry only dates from content and the as-of day, never the wall clock, so a rebuild of the
/// same content is byte-identical. Natural persons' record pages stay out of the sitemap when
/// `noindex_persons` is set.
extension SiteRenderer {
    /// The sitemap protocol's limit of URLs per file.
    static let sitemapLimit = 50_000

    /// Every indexable page, in a fixed order, handed to `emit` one at a time (no list of a million URLs).
    func forEachIndexablePage(_ plan: SitePlan, _ emit: (String) throws -> Void) throws {
        func list(_ base: String, pageCount: Int, directory: Bool) throws {
            for n in 1...pageCount { try emit(SitePaths.page(n, of: base)) }
            if directory { try emit(SitePaths.directory(of: base)) }
        }
        try emit(SitePaths.home)
        try emit(SitePaths.objection)
        try emit(SitePaths.statistics)
        try emit(SitePaths.accessibility)
        for notices in plan.noticeLists { try list(notices.base, pageCount: notices.pageCount, directory: false) }
        for n in plan.notices { try emit(SitePaths.notice(n.slug)) }
        for d in Dataset.allCases {
            let lists = plan.recordLists.filter { $0.dataset == d }
            // The dataset's list first, then its named lists by name.
            for l in lists.sorted(by: { ($0.name ?? "") < ($1.name ?? "") }) {
                try list(l.base, pageCount: l.pageCount, directory: true)
            }
            // From the compact entry: a million records need their path and subject, not their strings.
            let noindexPersons = config.policy.noindexPersons
            for i in plan.datasets[d] ?? [] {
                let e = plan.index.entries[Int(plan.records[i].entry)]
                if !(noindexPersons && e.subject.isNaturalPerson) { try emit(SitePaths.record(d, id: e.publicID.text(d))) }
            }
        }
        for s in plan.subjects { try emit(SitePaths.subject(s.code)) }
    }

    /// sitemap.xml and its parts, each handed to `emit` with its bytes as soon as it is complete.
    func sitemaps(_ plan: SitePlan, limit: Int = SiteRenderer.sitemapLimit, emit: (String, [UInt8]) throws -> Void) throws {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let tail = "</urlset>\n"
        var part = head
        var inPart = 0
        var parts: [String] = []
        func flush() throws {
            let path = "sitemaps/sitemap-\(String(repeating: "0", count: max(0, 4 - String(parts.count + 1).count)))\(parts.count + 1).xml"
            try emit(path, Array((part + tail).utf8))
            parts.append(path)
            part = head
            inPart = 0
        }
        try forEachIndexablePage(plan) { path in
            if inPart == limit { try flush() }
            part += "<url><loc>\(MarkupEscaping.escaped(SitePaths.url(path, base: config.baseURL)))</loc></url>\n"
            inPart += 1
        }
        if parts.isEmpty {
            try emit(SitePaths.sitemap, Array((part + tail).utf8))
            return
        }
        try flush()
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in parts { index += "<sitemap><loc>\(MarkupEscaping.escaped(config.baseURL + p))</loc></sitemap>\n" }
        try emit(SitePaths.sitemap, Array((index + "</sitemapindex>\n").utf8))
    }

    /// The newest 50 notices as an Atom feed; times are midnight in Asia/Shanghai of the notice's day.
    func atom(_ notices: [Notice]) -> String {
        let e = MarkupEscaping.escaped
        let stamp: (CivilDate) -> String = { "\($0.iso)T00:00:00+08:00" }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"zh-CN\">\n"
        xml += "<title>\(e(config.name)) 通知公告</title>\n"
        xml += "<id>\(e(config.baseURL + SitePaths.atom))</id>\n"
        xml += "<link rel=\"self\" href=\"\(e(config.baseURL + SitePaths.atom))\"/>\n"
        xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(e(SitePaths.url(SitePaths.page(1, of: SitePaths.noticesBase), base: config.baseURL)))\"/>\n"
        xml += "<updated>\(stamp(asOf))</updated>\n"
        xml += "<author><name>\(e(config.office))</name></author>\n"
        for n in notices.prefix(50) {
            let url = SitePaths.url(SitePaths.notice(n.slug), base: config.baseURL)
            xml += "<entry>\n<title>\(e(n.title))</title>\n<id>\(e(url))</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"\(e(url))\"/>\n"
            xml += "<published>\(stamp(n.date))</published>\n<updated>\(stamp(n.date))</updated>\n"
            xml += "<category term=\"\(e(n.category))\"/>\n"
            xml += "<content type=\"html\">\(e(n.bodyHTML))</content>\n</entry>\n"
        }
        return xml + "</feed>\n"
    }
}
