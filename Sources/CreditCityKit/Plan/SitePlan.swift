/// The site's shape, computed once from the decisions (issue 12, item 3): every shown record in the
/// order lists show it, every group (by dataset, by 名单名称, by subject, by notice category), every
/// paginated list with its page count, and the URLs of all of them through `SitePaths`.
///
/// Pages, sitemaps, the search index and the feeds all read this one plan, so a grouping or an order
/// is worked out in one place and they can never disagree. Records are held as compact `ShownEntry`s;
/// `record(_:)` resolves one to the strings a page shows.
public struct SitePlan: Sendable {
    public let config: SiteConfig
    public let asOf: CivilDate
    public let index: RecordIndex
    /// Masked names and summaries of the shown records.
    public let display: StringTable
    /// Every shown record; `datasets`, `namedLists`, `subjects` and the lists hold positions in this array.
    public let records: [ShownEntry]
    /// Each dataset's records, newest first.
    public let datasets: [Dataset: [Int]]
    /// The named lists (名单名称) of the red and black lists, the longest first, then by name.
    public let namedLists: [Dataset: [NamedList]]
    /// Every organisation with a shown record, by 统一社会信用代码.
    public let subjects: [Subject]
    /// The shown notices, newest first.
    public let notices: [Notice]
    /// The notice categories that have shown notices, in the standard's order, then others by name.
    public let noticeCategories: [NoticeCategory]
    /// Every paginated list of records: each dataset, then each of its named lists.
    public let recordLists: [RecordList]
    /// Every paginated list of notices: all, then each category.
    public let noticeLists: [NoticeList]
    /// What the statistics page and feeds/statistics.json count, counted once.
    public private(set) var statistics: SiteStatistics

    /// One 名单名称 of a red or black list.
    public struct NamedList: Sendable {
        public let name: String
        public let members: [Int]
    }

    /// An organisation's subject page: its records in dataset order, each dataset newest first.
    public struct Subject: Sendable {
        public let code: String
        /// The newest record's name: a company renamed since an older decision shows its current name.
        public let name: String
        public let members: [Int]
    }

    public struct NoticeCategory: Sendable {
        public let name: String
        /// Positions in `notices`.
        public let members: [Int]
    }

    /// A paginated list of records under `base` ("penalties/", "redlist/list/a-taxpayer/").
    public struct RecordList: Sendable {
        public let dataset: Dataset
        /// The 名单名称, for a named list; nil for the whole dataset.
        public let name: String?
        public let base: String
        public let members: [Int]
        public let pageCount: Int
    }

    /// A paginated list of notices: all of them (`category` nil) or one category.
    public struct NoticeList: Sendable {
        public let category: String?
        public let base: String
        public let members: [Int]
        public let pageCount: Int
    }

    public init(config: SiteConfig, asOf: CivilDate, index: RecordIndex, display: StringTable, shown: [ShownEntry], notices: [Notice]) {
        self.config = config
        self.asOf = asOf
        self.index = index
        self.display = display
        self.records = shown
        self.statistics = SiteStatistics(asOf: asOf)
        let pages: (Int) -> Int = { max(1, ($0 + config.pageSize - 1) / config.pageSize) }
        // Newest first, then by id text: the id's order key is worked out once per record, not per comparison.
        let ids = shown.map { index.entries[Int($0.entry)].publicID }
        let idKeys = ids.map(\.rankKey)
        let newestFirst: (Int, Int) -> Bool = { a, b in
            let (x, y) = (shown[a].window.first, shown[b].window.first)
            if x != y { return x > y }
            let (p, q) = (idKeys[a], idKeys[b])
            if p != q { return p.0 != q.0 ? p.0 < q.0 : p.1 < q.1 }
            return PublicID.textOrder(ids[a], ids[b])
        }

        var datasets: [Dataset: [Int]] = [:]
        for d in Dataset.allCases { datasets[d] = [] }
        for (i, r) in shown.enumerated() { datasets[index.entries[Int(r.entry)].dataset, default: []].append(i) }
        for d in Dataset.allCases { datasets[d]?.sort(by: newestFirst) }
        self.datasets = datasets

        var namedLists: [Dataset: [NamedList]] = [:]
        var recordLists: [RecordList] = []
        for d in Dataset.allCases {
            let members = datasets[d] ?? []
            recordLists.append(RecordList(dataset: d, name: nil, base: SitePaths.datasetBase(d), members: members,
                                          pageCount: pages(members.count)))
            guard d.isList else { continue }
            var byName: [StringTable.Ref: [Int]] = [:]
            for i in members { byName[shown[i].summary, default: []].append(i) }
            let lists = byName.map { NamedList(name: display[$0.key], members: $0.value) }
                .sorted { ($0.members.count, $1.name) > ($1.members.count, $0.name) }
            namedLists[d] = lists
            for list in lists {
                recordLists.append(RecordList(dataset: d, name: list.name, base: SitePaths.listBase(d, listName: list.name),
                                              members: list.members, pageCount: pages(list.members.count)))
            }
        }
        self.namedLists = namedLists
        self.recordLists = recordLists

        // Grouped by the code's reference in the string table (a number), sorted by the code itself.
        var bySubject: [StringTable.Ref: [Int]] = [:]
        for d in Dataset.allCases {
            for i in datasets[d] ?? [] {
                let e = index.entries[Int(shown[i].entry)]
                if index.subjectCode(e) != nil { bySubject[e.code, default: []].append(i) }
            }
        }
        let codes = bySubject.keys.map { (ref: $0, code: index.strings[$0]) }.sorted { $0.code < $1.code }
        subjects = codes.map { ref, code in
            let members = bySubject[ref] ?? []
            let newest = members.min(by: newestFirst)
            return Subject(code: code, name: newest.map { display[shown[$0].name] } ?? code, members: members)
        }

        self.notices = notices.sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        var byCategory: [String: [Int]] = [:]
        for (i, n) in self.notices.enumerated() { byCategory[n.category, default: []].append(i) }
        let order = Notice.categories + byCategory.keys.filter { !Notice.categories.contains($0) }.sorted()
        noticeCategories = order.compactMap { c in byCategory[c].map { NoticeCategory(name: c, members: $0) } }
        noticeLists = [NoticeList(category: nil, base: SitePaths.noticesBase, members: Array(self.notices.indices),
                                  pageCount: pages(self.notices.count))]
            + noticeCategories.map { NoticeList(category: $0.name, base: SitePaths.categoryBase($0.name), members: $0.members,
                                                pageCount: pages($0.members.count)) }
        statistics = SiteStatistics(plan: self)
    }

    /// Shown record `i` with the strings a page shows.
    public func record(_ i: Int) -> ShownRecord { Self.view(records[i], index: index, display: display) }

    /// The strings of a shown entry.
    static func view(_ s: ShownEntry, index: RecordIndex, display: StringTable) -> ShownRecord {
        let e = index.entries[Int(s.entry)]
        return ShownRecord(id: e.publicID.text(e.dataset), dataset: e.dataset, entry: Int(s.entry), window: s.window,
                           severity: s.severity, subject: e.subject, subjectName: display[s.name], subjectCode: index.subjectCode(e),
                           summary: display[s.summary], authority: display[s.authority])
    }

    /// Shown records (positions in `records`) grouped by the chunk of `RecordValues` that holds their
    /// values, in file and chunk order: whoever needs values reads and decodes each chunk once.
    public struct ValueChunk: Sendable {
        public let file: Int
        public let chunk: Int
        public let members: [Int]
    }

    public func valueChunks(_ members: some Sequence<Int>) -> [ValueChunk] {
        var groups: [Int: [Int]] = [:]
        for i in members {
            let e = index.entries[Int(records[i].entry)]
            groups[Int(e.file) << 32 | Int(e.slot) / RecordValues.chunkSize, default: []].append(i)
        }
        return groups.keys.sorted().map { ValueChunk(file: $0 >> 32, chunk: $0 & 0xFFFF_FFFF, members: groups[$0] ?? []) }
    }

    /// The members of page `n` (1-based) of a list.
    public func page(_ n: Int, of members: [Int]) -> ArraySlice<Int> {
        members.dropFirst((n - 1) * config.pageSize).prefix(config.pageSize)
    }

    /// A dataset's records in id order (bytewise): the order of the feed files.
    public func feedOrder(_ dataset: Dataset) -> [Int] {
        // The order's key is worked out once per record, not once per comparison.
        let members = datasets[dataset] ?? []
        let ids = members.map { index.entries[Int(records[$0].entry)].publicID }
        let keys = ids.map(\.rankKey)
        return members.indices.sorted { a, b in
            keys[a] != keys[b] ? (keys[a].0 != keys[b].0 ? keys[a].0 < keys[b].0 : keys[a].1 < keys[b].1)
                : PublicID.textOrder(ids[a], ids[b])
        }.map { members[$0] }
    }
}
