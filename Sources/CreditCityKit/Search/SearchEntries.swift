/// The searchable names of a site, numbered: what the index's ids point at.
///
/// One entry per (name as shown, 统一社会信用代码): an organisation with its subject page and the records
/// under that name, or a subject without a code (个体工商户 without one) with its records. Natural persons
/// are never entries (SPEC section 5). Ids follow the entries' keys, shortest first, so the lowest ids
/// of any posting list are the closest matches and a long list can be cut after its first ids.
public struct SearchEntries: Sendable {
    /// A record under an entry: its dataset and id.
    public struct Link: Sendable, Equatable {
        public var dataset: Dataset
        public var id: String
    }

    public struct Entry: Sendable {
        public var name: String
        public var code: String?
        /// Records under this name, datasets in site order and each dataset newest first.
        public var links: [Link]
        /// The name's search key (SearchTokenizer.key), cut to `maxNameLength`.
        public var key: [UInt32]
    }

    public var entries: [Entry]
    /// Records behind all entries.
    public var recordCount: Int

    /// Collects the entries of the plan's shown records, datasets in site order, each newest first.
    public init(plan: SitePlan) {
        var index: [GroupKey: Int] = [:]
        var entries: [Entry] = []
        var records = 0
        for dataset in Dataset.allCases {
            for r in (plan.datasets[dataset] ?? []).lazy.map(plan.record) where !r.subject.isNaturalPerson {
                let name = r.subjectName
                let groupKey = GroupKey(name: name, code: r.subjectCode ?? "")
                let i: Int
                if let found = index[groupKey] {
                    i = found
                } else {
                    i = entries.count
                    index[groupKey] = i
                    entries.append(Entry(name: name, code: r.subjectCode, links: [],
                                         key: Array(SearchTokenizer.key(name).prefix(SearchTokenizer.maxNameLength))))
                }
                entries[i].links.append(Link(dataset: dataset, id: r.id))
                records += 1
            }
        }
        entries.sort(by: Self.precedes)
        self.entries = entries
        self.recordCount = records
    }

    /// Entries made elsewhere (tests, benchmarks), put in index order.
    init(entries: [Entry], recordCount: Int) {
        self.entries = entries.sorted(by: Self.precedes)
        self.recordCount = recordCount
    }

    struct GroupKey: Hashable {
        var name: String
        var code: String
    }

    /// Shorter keys first, then keys, names and codes by their code points: a total, stable order.
    static func precedes(_ a: Entry, _ b: Entry) -> Bool {
        if a.key.count != b.key.count { return a.key.count < b.key.count }
        if a.key != b.key { return a.key.lexicographicallyPrecedes(b.key) }
        if a.name != b.name { return a.name.unicodeScalars.lexicographicallyPrecedes(b.name.unicodeScalars) }
        return (a.code ?? "").utf8.lexicographicallyPrecedes((b.code ?? "").utf8)
    }
}
