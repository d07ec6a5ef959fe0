import Foundation

/// Writes `feeds/` (SPEC section 6, docs/feeds.md): one folder of numbered files per dataset, the
/// change file of the as-of day with the kept earlier ones and their index, the JSON Schemas, and
/// the manifest.
public struct FeedWriter: Sendable {
    public static let recordsPerFile = 10_000
    public let config: SiteConfig
    public let asOf: CivilDate

    public init(config: SiteConfig, asOf: CivilDate) {
        self.config = config
        self.asOf = asOf
    }

    /// What `write` produced: the manifest, the changes against the base snapshot, and the state
    /// update to commit once Output/ has been replaced.
    public struct Result: Sendable {
        public var manifest: JSONValue
        public var changes: ChangeSet
        public var history: FeedHistory.Update
    }

    /// Field codes whose values are numbers in the feeds (amounts in 万元).
    static let numericCodes: Set<String> = ["CF_NR_FK", "CF_NR_WFFF"]

    /// A shown record as a feed object: id, url, display window and its public field codes.
    func object(_ r: PublishedRecord) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(r.id),
            "url": .string(config.baseURL + "\(r.dataset.rawValue)/\(r.id)/"),
            "displayFrom": .string(r.window.first.iso),
            "displayUntil": r.window.last.map { .string($0.iso) } ?? .null,
        ]
        if let s = r.severity { members["severity"] = .string(s.rawValue) }
        let catalog = r.dataset == .licensing ? FieldCatalog.licensing : r.dataset == .penalties ? .penalties : .lists
        for (code, value) in r.fields {
            if Self.numericCodes.contains(code), Self.isJSONNumber(value) {
                members[code] = .number(value)
            } else if value == DateValue.noEndText, catalog.position(of: code).map({ catalog.fields[$0].value == .date }) == true {
                members[code] = .null // 长期: no end date
            } else {
                members[code] = .string(value)
            }
        }
        return .object(members)
    }

    func notice(_ n: Notice) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(n.slug),
            "url": .string(config.baseURL + "notices/\(n.slug)/"),
            "title": .string(n.title),
            "date": .string(n.date.iso),
            "category": .string(n.category),
            // The masked document: as Markdown (raw HTML and unsafe links removed) and as safe HTML.
            "body": .string(n.body),
            "bodyHTML": .string(n.bodyHTML),
        ]
        if let d = n.docNumber { members["doc_number"] = .string(d) }
        if let i = n.issuer { members["issuer"] = .string(i) }
        if let e = n.expires { members["expires"] = .string(e.iso) }
        return .object(members)
    }

    /// Writes every feed file into `writer` (the staging tree). `history` is the state folder as read
    /// at the start of the build, with the hidden decisions of this build noted; `statistics` counts
    /// the shown records of `datasets`.
    public func write(datasets: [Dataset: [PublishedRecord]], notices: [Notice], statistics: SiteStatistics, history: FeedHistory,
                      writer: FileTreeWriter) throws -> Result {
        var snapshot = FeedSnapshot()
        // Serialized objects of records that are new or changed since the base: the change file carries them.
        var changed: [FeedDataset: [String: String]] = [:]
        var manifestSets: [String: JSONValue] = [:]

        func serialize(_ dataset: FeedDataset, _ id: String, _ object: JSONValue) -> String {
            let text = object.serialized()
            let hash = ContentHash(of: text.utf8)
            snapshot.insert(dataset, id, hash)
            if history.base?[dataset, id] != hash { changed[dataset, default: [:]][id] = text }
            return text
        }

        for dataset in Dataset.allCases {
            let feed = FeedDataset(dataset)
            let records = (datasets[dataset] ?? []).sorted { FeedSnapshot.idOrder($0.id, $1.id) }
            manifestSets[feed.rawValue] = try writeDataset(feed, count: records.count, writer: writer) { range in
                records[range].map { serialize(feed, $0.id, object($0)) }
            }
        }
        let shownNotices = notices.sorted { FeedSnapshot.idOrder($0.slug, $1.slug) }
        manifestSets[FeedDataset.notices.rawValue] = try writeDataset(.notices, count: shownNotices.count, writer: writer) { range in
            shownNotices[range].map { serialize(.notices, $0.slug, notice($0)) }
        }

        let changes = ChangeSet.between(base: history.base, current: snapshot, reasons: history.reasons)
        let changeBytes = Array((changeFile(changes, since: history.baseDay, records: changed).serialized() + "\n").utf8)
        let info = FeedHistory.ChangeFileInfo(day: asOf, since: history.baseDay, added: changes.added.count,
                                              updated: changes.updated.count, withdrawn: changes.withdrawn.count)
        try writeChanges(today: changeBytes, info: info, history: history, writer: writer)

        for (name, schema) in FeedSchemas(config: config).all {
            try writer.write("feeds/schema/\(name).json", text: schema.serialized() + "\n")
        }
        let statisticsBytes = Array((StatisticsFeed.json(statistics).serialized() + "\n").utf8)
        try writer.write("feeds/" + StatisticsFeed.path, statisticsBytes)
        let manifest = JSONValue.object([
            "schema": .string("creditcity.manifest/1"),
            "asOf": .string(asOf.iso),
            "site": .object(["name": .string(config.name), "regionCode": .string(config.regionCode), "baseURL": .string(config.baseURL)]),
            "datasets": .object(manifestSets),
            "changes": .string("changes/index.json"),
            "statistics": .object(["path": .string(StatisticsFeed.path), "sha256": .string(Self.sha256(statisticsBytes))]),
        ])
        try writer.write("feeds/manifest.json", text: manifest.serialized() + "\n")
        let update = FeedHistory.Update(history: history, snapshot: snapshot.tsv(asOf: asOf), changeFile: changeBytes, info: info)
        return Result(manifest: manifest, changes: changes, history: update)
    }

    /// Writes one dataset in files of at most `recordsPerFile` records (one empty file for an empty
    /// dataset); `objects` serializes the records of a range, so only one file's worth is in memory.
    func writeDataset(_ dataset: FeedDataset, count: Int, writer: FileTreeWriter,
                      objects: (Range<Int>) -> [String]) throws -> JSONValue {
        var files: [JSONValue] = []
        let chunks = stride(from: 0, to: max(count, 1), by: Self.recordsPerFile)
        for (n, start) in chunks.enumerated() {
            let range = start..<min(count, start + Self.recordsPerFile)
            let path = "\(dataset.rawValue)/" + Self.fileNumber(n + 1) + ".json"
            let file = JSONValue.object([
                "schema": .string("creditcity.dataset/1"),
                "dataset": .string(dataset.rawValue),
                "asOf": .string(asOf.iso),
                "records": .array(objects(range).map { .serialized($0) }),
            ])
            let bytes = Array((file.serialized() + "\n").utf8)
            try writer.write("feeds/" + path, bytes)
            files.append(.object(["path": .string(path), "count": .int(range.count), "sha256": .string(Self.sha256(bytes))]))
        }
        return .object(["count": .int(count), "files": .array(files)])
    }

    /// The change file of the as-of day: added and updated entries carry the full new record object,
    /// so a portal applying change files in order never has to fetch a dataset file again.
    func changeFile(_ changes: ChangeSet, since: CivilDate?, records: [FeedDataset: [String: String]]) -> JSONValue {
        func entries(_ list: [ChangeSet.Entry]) -> JSONValue {
            .array(list.map { e in
                .object(["dataset": .string(e.dataset.rawValue), "id": .string(e.id),
                         "record": .serialized(records[e.dataset]?[e.id] ?? "null")])
            })
        }
        return .object([
            "schema": .string("creditcity.changes/1"),
            "asOf": .string(asOf.iso),
            "since": since.map { .string($0.iso) } ?? .null,
            "added": entries(changes.added),
            "updated": entries(changes.updated),
            "withdrawn": .array(changes.withdrawn.map {
                .object(["dataset": .string($0.dataset.rawValue), "id": .string($0.id), "reason": .string($0.reason.rawValue)])
            }),
        ])
    }

    /// Writes this day's change file, the kept earlier ones (from the state folder) and `changes/index.json`.
    func writeChanges(today: [UInt8], info: FeedHistory.ChangeFileInfo, history: FeedHistory, writer: FileTreeWriter) throws {
        var entries: [JSONValue] = []
        for earlier in history.earlierChanges + [info] {
            let bytes = earlier.day == asOf ? today : Array(try history.changeFile(earlier.day))
            let path = "changes/\(earlier.day.iso).json"
            try writer.write("feeds/" + path, bytes)
            entries.append(.object([
                "path": .string(path),
                "asOf": .string(earlier.day.iso),
                "since": earlier.since.map { .string($0.iso) } ?? .null,
                "added": .int(earlier.added),
                "updated": .int(earlier.updated),
                "withdrawn": .int(earlier.withdrawn),
                "sha256": .string(Self.sha256(bytes)),
            ]))
        }
        let index = JSONValue.object([
            "schema": .string("creditcity.changes-index/1"),
            "asOf": .string(asOf.iso),
            "files": .array(entries),
        ])
        try writer.write("feeds/changes/index.json", text: index.serialized() + "\n")
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        ContentHash(of: bytes).hex
    }

    /// JSON's number syntax: amounts are normalised plain decimals, but a value that is not one stays a string.
    static func isJSONNumber(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = b.first == UInt8(ascii: "-") ? 1 : 0
        let intStart = i
        while i < b.count, (48...57).contains(b[i]) { i += 1 }
        guard i > intStart, b[intStart] != 48 || i == intStart + 1 else { return false }
        guard i < b.count else { return true }
        guard b[i] == UInt8(ascii: "."), i + 1 < b.count else { return false }
        return b[(i + 1)...].allSatisfy { (48...57).contains($0) }
    }

    static func fileNumber(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
