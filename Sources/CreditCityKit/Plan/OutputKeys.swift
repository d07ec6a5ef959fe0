import Foundation

/// The key of every page of the plan: a hash of everything the page is rendered from, computed without
/// rendering it (issue 12, items 1 and 3; content-addressed, as Bazel or ccache key their work). A page
/// whose key equals the one Output/ was rendered from is not rendered again.
///
/// Every key starts from the `global` key: the code, the templates, site.yaml and the base URL (and the
/// as-of day, when a template shows it beyond the home page). A record page adds the record's id,
/// content hash, window and severity; a list page its place, its groups and the rows it shows; and so on.
struct OutputKeys: Sendable {
    let plan: SitePlan
    let global: StableHash
    /// Per shown record: what a table row of it shows, and everything its own page and feed object show.
    let rows: [StableHash]
    let records: [StableHash]

    init(plan: SitePlan, global: StableHash) {
        self.plan = plan
        self.global = global
        let index = plan.index, display = plan.display
        let both = Parallel.map(plan.records.count, chunk: 4096) { i -> (StableHash, StableHash) in
            let s = plan.records[i], e = index.entries[Int(s.entry)]
            let id = e.publicID.text(e.dataset)
            var row = Hasher128()
            row.add(id)
            row.add(display[s.name])
            row.add(index.subjectCode(e))
            row.add(display[s.summary])
            row.add(display[s.authority])
            row.add(Int(s.window.first.dayNumber))
            var record = Hasher128()
            record.add(global)
            record.add("record")
            record.add(id)
            record.add(e.contentHash)
            record.add(display[s.name])
            record.add(display[s.summary])
            record.add(Int(s.window.first.dayNumber))
            record.add(s.window.last.map { Int($0.dayNumber) } ?? Int.min)
            record.add(s.severity?.rawValue)
            return (row.finish(), record.finish())
        }
        rows = both.map(\.0)
        records = both.map(\.1)
    }

    func key(_ page: SitePage) -> StableHash {
        if case .record(let i) = page { return records[i] }
        var h = Hasher128()
        h.add(global)
        switch page {
        case .home:
            h.add("home")
            h.add(Int(plan.asOf.dayNumber))
            for d in Dataset.allCases {
                let members = plan.datasets[d] ?? []
                h.add(members.count)
                for i in members.prefix(8) { h.add(rows[i]) }
            }
            for n in plan.notices.prefix(8) { add(n, to: &h) }
            addCategories(&h)
        case .objection, .accessibility, .notFound, .robots:
            h.add(plan.path(page))
        case .statistics:
            h.add("statistics")
            h.add(bytes: StatisticsFeed.json(plan.statistics).bytes())
        case .atom:
            h.add("atom")
            h.add(Int(plan.asOf.dayNumber))
            for n in plan.notices.prefix(50) { add(n, to: &h) }
        case .listPage(let l, let n):
            let list = plan.recordLists[l]
            h.add("list")
            h.add(list.base)
            h.add(list.name)
            h.add(n)
            h.add(list.pageCount)
            h.add(list.members.count)
            for g in plan.namedLists[list.dataset] ?? [] {
                h.add(g.name)
                h.add(g.members.count)
            }
            for i in plan.page(n, of: list.members) { h.add(rows[i]) }
        case .directory(let l):
            let list = plan.recordLists[l]
            h.add("directory")
            h.add(list.base)
            h.add(list.name)
            h.add(list.members.count)
            for n in 1...list.pageCount {
                let first = list.members.isEmpty ? plan.asOf : plan.records[list.members[(n - 1) * plan.config.pageSize]].window.first
                h.add(first.year * 12 + first.month)
            }
        case .subject(let s):
            let subject = plan.subjects[s]
            h.add("subject")
            h.add(subject.code)
            h.add(subject.name)
            for i in subject.members {
                h.add(plan.dataset(i).rawValue)
                h.add(rows[i])
            }
        case .notice(let i):
            h.add("notice")
            add(plan.notices[i], to: &h)
        case .noticeList(let l, let n):
            let list = plan.noticeLists[l]
            h.add("notices")
            h.add(list.base)
            h.add(list.category)
            h.add(n)
            h.add(list.pageCount)
            addCategories(&h)
            for i in plan.page(n, of: list.members) { add(plan.notices[i], to: &h) }
        case .record:
            break
        }
        return h.finish()
    }

    /// The key of the whole search index (`search/`) and its page: the names, codes and links of the
    /// organisations' records it indexes, and the datasets' counts the page shows.
    var search: StableHash {
        var h = Hasher128()
        h.add(global)
        h.add("search")
        for d in Dataset.allCases {
            let members = plan.datasets[d] ?? []
            h.add(members.count)
            for i in members {
                let s = plan.records[i], e = plan.index.entries[Int(s.entry)]
                guard !e.subject.isNaturalPerson else { continue }
                h.add(e.publicID.high)
                h.add(UInt64(e.publicID.low) << 16 | UInt64(e.publicID.twin))
                h.add(plan.display[s.name])
                h.add(plan.index.subjectCode(e))
            }
        }
        return h.finish()
    }

    func add(_ n: Notice, to h: inout Hasher128) {
        h.add(n.slug)
        h.add(n.title)
        h.add(Int(n.date.dayNumber))
        h.add(n.category)
        h.add(n.docNumber)
        h.add(n.issuer)
        h.add(n.body)
    }

    func addCategories(_ h: inout Hasher128) {
        for c in plan.noticeCategories {
            h.add(c.name)
            h.add(c.members.count)
        }
    }

    /// The global key: what every page depends on; with the as-of day when a template other than
    /// `datedPages` shows it (then every page changes every day, as those templates ask).
    static func global(templatesDir: String, contentDir: String, baseURL: String?, asOf: CivilDate) throws -> StableHash {
        var h = Hasher128()
        h.add(BuildCode.identity)
        h.add("site/1")
        var asOfEverywhere = false
        for path in FileTree.regularFiles(under: templatesDir) {
            guard let data = FileManager.default.contents(atPath: templatesDir + "/" + path) else {
                throw BuildError.unreadable(.templates, templatesDir + "/" + path, "permission denied or not a file")
            }
            h.add(path)
            h.add(bytes: [UInt8](data))
            if path.hasSuffix(".mustache"), !datedPages.contains(path), mentionsAsOf(data) { asOfEverywhere = true }
        }
        let yaml = FileManager.default.contents(atPath: contentDir + "/site.yaml").map { [UInt8]($0) } ?? []
        h.add(bytes: yaml)
        h.add(baseURL)
        if asOfEverywhere { h.add(Int(asOf.dayNumber)) }
        return h.finish()
    }

    /// The templates of pages whose own keys carry the as-of day (the home page; the statistics page,
    /// whose numbers are counted for it). Any other template that shows the day dates every page.
    static let datedPages: Set<String> = ["home.mustache", "statistics.mustache"]

    /// Whether a template uses the as-of day in a tag (`{{asOf}}`, `{{#asOf}}`, …).
    static func mentionsAsOf(_ data: Data) -> Bool {
        let text = String(decoding: data, as: UTF8.self)
        var rest = text[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return false }
            if rest[open.upperBound..<close.lowerBound].contains("asOf") { return true }
            rest = rest[close.upperBound...]
        }
        return false
    }
}
