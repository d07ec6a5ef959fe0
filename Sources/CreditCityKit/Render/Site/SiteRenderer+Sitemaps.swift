/// sitemap.xml (an index of parts past 50,000 URLs), atom.xml for notices.
///
/// Both carry only dates from content and the as-of day, never the wall clock, so a rebuild of the
/// same content is byte-identical. Natural persons' record pages stay out of the sitemap when
/// `noindex_persons` is set.
extension SiteRenderer {
    /// The sitemap protocol's limit of URLs per file.
    static let sitemapLimit = 50_000

    /// Every indexable page, in a fixed order, handed to `emit` one at a time (no list of a million URLs).
    func forEachIndexablePage(datasets: [Dataset: [PublishedRecord]], notices: [Notice], _ emit: (String) throws -> Void) throws {
        let pages: (Int) -> Int = { max(1, ($0 + self.config.pageSize - 1) / self.config.pageSize) }
        func list(_ base: String, count: Int, directory: Bool) throws {
            for n in 1...pages(count) { try emit(SitePaths.page(n, of: base)) }
            if directory { try emit(SitePaths.directory(of: base)) }
        }
        try emit(SitePaths.home)
        try emit(SitePaths.objection)
        try emit(SitePaths.statistics)
        try emit(SitePaths.accessibility)
        try list(SitePaths.noticesBase, count: notices.count, directory: false)
        for c in categoryLinks(notices, root: "", current: nil) {
            try list(SitePaths.categoryBase(c.title), count: c.count, directory: false)
        }
        for n in notices { try emit(SitePaths.notice(n.slug)) }
        for d in Dataset.allCases {
            let records = datasets[d] ?? []
            try list(SitePaths.datasetBase(d), count: records.count, directory: true)
            if d == .redlist || d == .blacklist {
                var counts: [String: Int] = [:]
                for r in records { counts[r.summary, default: 0] += 1 }
                for name in counts.keys.sorted() {
                    try list(SitePaths.listBase(d, listName: name), count: counts[name] ?? 0, directory: true)
                }
            }
            for r in records where !r.isNoindex(policy: config.policy) { try emit(SitePaths.record(r)) }
        }
        for s in Self.subjects(datasets) { try emit(SitePaths.subject(s.code)) }
    }

    func renderSitemaps(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter,
                        limit: Int = SiteRenderer.sitemapLimit) throws {
        let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let tail = "</urlset>\n"
        var part = head
        var inPart = 0
        var parts: [String] = []
        func flush() throws {
            let path = "sitemaps/sitemap-\(String(repeating: "0", count: max(0, 4 - String(parts.count + 1).count)))\(parts.count + 1).xml"
            try writer.write(path, text: part + tail)
            parts.append(path)
            part = head
            inPart = 0
        }
        try forEachIndexablePage(datasets: datasets, notices: notices) { path in
            if inPart == limit { try flush() }
            part += "<url><loc>\(Self.xmlEscaped(SitePaths.url(path, base: config.baseURL)))</loc></url>\n"
            inPart += 1
        }
        if parts.isEmpty {
            try writer.write(SitePaths.sitemap, text: part + tail)
            return
        }
        try flush()
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for p in parts { index += "<sitemap><loc>\(Self.xmlEscaped(config.baseURL + p))</loc></sitemap>\n" }
        try writer.write(SitePaths.sitemap, text: index + "</sitemapindex>\n")
    }

    /// The newest 50 notices as an Atom feed; times are midnight in Asia/Shanghai of the notice's day.
    func renderAtom(_ notices: [Notice], writer: FileTreeWriter) throws {
        let e = Self.xmlEscaped
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
        try writer.write(SitePaths.atom, text: xml + "</feed>\n")
    }

    static func xmlEscaped(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
