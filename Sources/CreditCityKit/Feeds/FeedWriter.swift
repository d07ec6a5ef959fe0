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

    /// What every feed object depends on besides its record: the code, site.yaml (masking, base URL).
    static func globalKey(contentDir: String, baseURL: String?) -> StableHash {
        var h = Hasher128()
        h.add(BuildCode.identity)
        h.add("feeds/1")
        h.add(bytes: FileManager.default.contents(atPath: contentDir + "/site.yaml").map { [UInt8]($0) } ?? [])
        h.add(baseURL)
        return h.finish()
    }

    /// Writes the feeds through `sink`: each shown record's object is made only when its key moved (kept
    /// in the state database otherwise), a dataset file is put together only when its key moved, and the
    /// change file, schemas, statistics and manifest are made afresh and written when their bytes differ.
    /// `history` is the state folder as read at the start of the build, with the hidden decisions noted.
    func write(_ plan: SitePlan, values: RecordValues, statistics: SiteStatistics, history: FeedHistory,
               database: StateDatabase, global: StableHash, sink: OutputSink,
               progress: @Sendable (BuildProgress) -> Void = { _ in }) throws -> Result {
        let masker = config.masker
        var snapshot = FeedSnapshot()
        var manifestSets: [String: JSONValue] = [:]
        for dataset in Dataset.allCases {
            let feed = FeedDataset(dataset)
            let order = plan.feedOrder(dataset)
            let ids = order.map(plan.id)
            let keys = Parallel.map(order.count, chunk: 4096) { p -> StableHash in
                let i = order[p], s = plan.records[i], e = plan.index.entries[Int(s.entry)]
                var h = Hasher128()
                h.add(global)
                h.add(ids[p])
                h.add(e.contentHash)
                h.add(plan.display[s.name])
                h.add(plan.display[s.summary])
                h.add(Int(s.window.first.dayNumber))
                h.add(s.window.last.map { Int($0.dayNumber) } ?? Int.min)
                h.add(s.severity?.rawValue)
                return h.finish()
            }
            // Both in id order: what is kept and what the plan shows, walked together.
            let kept = try database.feedObjectKeys(dataset)
            var shas = [ContentHash?](repeating: nil, count: order.count)
            var needed: [Int] = []
            var removed: [String] = []
            var k = 0
            for p in order.indices {
                while k < kept.count, FeedSnapshot.idOrder(kept[k].id, ids[p]) { removed.append(kept[k].id); k += 1 }
                if k < kept.count, kept[k].id == ids[p] {
                    if kept[k].key == keys[p] { shas[p] = kept[k].sha256 } else { needed.append(p) }
                    k += 1
                } else {
                    needed.append(p)
                }
            }
            removed += kept[k...].map(\.id)
            // Objects to make: chunk by chunk of values (each chunk read once, on every core), kept as made.
            let position = Dictionary(uniqueKeysWithValues: needed.map { (order[$0], $0) })
            let chunks = plan.valueChunks(needed.map { order[$0] })
            let made = try Parallel.map(chunks.count, chunk: 1) { c -> [(Int, ContentHash)] in
                let decoded = try values.chunk(file: chunks[c].file, chunks[c].chunk)
                var objects: [(id: String, key: StableHash, sha256: ContentHash, json: [UInt8])] = []
                var out: [(Int, ContentHash)] = []
                for i in chunks[c].members {
                    let r = plan.record(i), e = plan.index.entries[r.entry]
                    let slot = Int(e.slot) % RecordValues.chunkSize
                    let published = PublishedRecord(kind: e.kind, values: slot < decoded.count ? decoded[slot] : [], shown: r, masker: masker)
                    let json = FeedObject.bytes(published, baseURL: config.baseURL)
                    let p = position[i] ?? 0
                    let sha = ContentHash(of: json)
                    objects.append((ids[p], keys[p], sha, json))
                    out.append((p, sha))
                }
                try database.storeFeedObjects(dataset, objects)
                return out
            }
            for (p, sha) in made.joined() { shas[p] = sha }
            try database.storeFeedObjects(dataset, [], removing: removed)
            progress(BuildProgress("writing feeds: \(dataset.rawValue)", done: needed.count, total: needed.count, unit: "objects made"))
            for p in order.indices { if let sha = shas[p] { snapshot.insert(feed, ids[p], sha) } }

            var files: [JSONValue] = []
            for (n, start) in stride(from: 0, to: max(order.count, 1), by: Self.recordsPerFile).enumerated() {
                let range = start..<min(order.count, start + Self.recordsPerFile)
                let path = "\(feed.rawValue)/" + Self.fileNumber(n + 1) + ".json"
                var h = Hasher128()
                h.add(global)
                h.add("feedfile")
                h.add(Int(asOf.dayNumber))
                h.add(path)
                for p in range { h.add(keys[p]) }
                let key = h.finish()
                let sha: ContentHash
                if let current = sink.current("feeds/" + path, key: key) {
                    sha = current.sha256
                } else {
                    var records: [UInt8] = []
                    if let first = range.first, let last = range.last {
                        try database.feedObjects(dataset, from: ids[first], through: ids[last]) { _, json in
                            if !records.isEmpty { records.append(UInt8(ascii: ",")) }
                            records += json
                        }
                    }
                    let bytes = datasetFile(feed, records: records)
                    try sink.emit("feeds/" + path, key: key, bytes: bytes)
                    sha = ContentHash(of: bytes)
                }
                files.append(.object(["path": .string(path), "count": .int(range.count), "sha256": .string(sha.hex)]))
            }
            manifestSets[feed.rawValue] = .object(["count": .int(order.count), "files": .array(files)])
        }
        // Notices are few: made afresh every build.
        let shownNotices = plan.notices.sorted { FeedSnapshot.idOrder($0.slug, $1.slug) }
        var noticeObjects: [String: [UInt8]] = [:]
        var noticeFiles: [JSONValue] = []
        for (n, start) in stride(from: 0, to: max(shownNotices.count, 1), by: Self.recordsPerFile).enumerated() {
            let range = start..<min(shownNotices.count, start + Self.recordsPerFile)
            var records: [UInt8] = []
            for n in shownNotices[range] {
                let json = notice(n).bytes()
                snapshot.insert(.notices, n.slug, ContentHash(of: json))
                noticeObjects[n.slug] = json
                if !records.isEmpty { records.append(UInt8(ascii: ",")) }
                records += json
            }
            let path = "notices/" + Self.fileNumber(n + 1) + ".json"
            let bytes = datasetFile(.notices, records: records)
            try sink.emit("feeds/" + path, bytes: bytes)
            noticeFiles.append(.object(["path": .string(path), "count": .int(range.count), "sha256": .string(ContentHash(of: bytes).hex)]))
        }
        manifestSets[FeedDataset.notices.rawValue] = .object(["count": .int(shownNotices.count), "files": .array(noticeFiles)])

        progress(BuildProgress("writing feeds: the change file", unit: "records"))
        let changes = ChangeSet.between(base: history.base, current: snapshot, reasons: history.reasons)
        let changePath = "feeds/changes/\(asOf.iso).json"
        let info = FeedHistory.ChangeFileInfo(day: asOf, since: history.baseDay, added: changes.added.count,
                                              updated: changes.updated.count, withdrawn: changes.withdrawn.count)
        // Kept under the key later days look it up by, so the next day's build finds it in Output/ unread.
        let changeSHA = try sink.emitStreaming(changePath, key: Self.changeFileKey(info)) { write in
            try writeChangeFile(changes, since: history.baseDay, notices: noticeObjects, database: database, write: write)
        }
        try writeChanges(today: changeSHA, info: info, history: history, sink: sink)

        for (name, schema) in FeedSchemas(config: config).all {
            try sink.emit("feeds/schema/\(name).json", bytes: Array((schema.serialized() + "\n").utf8))
        }
        let statisticsBytes = Array((StatisticsFeed.json(statistics).serialized() + "\n").utf8)
        try sink.emit("feeds/" + StatisticsFeed.path, bytes: statisticsBytes)
        let manifest = JSONValue.object([
            "schema": .string("creditcity.manifest/1"),
            "asOf": .string(asOf.iso),
            "site": .object(["name": .string(config.name), "regionCode": .string(config.regionCode), "baseURL": .string(config.baseURL)]),
            "datasets": .object(manifestSets),
            "changes": .string("changes/index.json"),
            "statistics": .object(["path": .string(StatisticsFeed.path), "sha256": .string(Self.sha256(statisticsBytes))]),
        ])
        try sink.emit("feeds/manifest.json", bytes: Array((manifest.serialized() + "\n").utf8))
        let update = FeedHistory.Update(history: history, snapshot: snapshot.encoded(), changeFile: sink.outputDir + "/" + changePath, info: info)
        return Result(manifest: manifest, changes: changes, history: update)
    }

    /// A dataset file around its records' JSON (comma-separated, in id order), keys in UTF-8 order:
    /// `asOf`, `dataset`, `records`, `schema`.
    func datasetFile(_ dataset: FeedDataset, records: [UInt8]) -> [UInt8] {
        var out: [UInt8] = Array("{\"asOf\":\"\(asOf.iso)\",\"dataset\":\"\(dataset.rawValue)\",\"records\":[".utf8)
        out.reserveCapacity(records.count + 80)
        out += records
        out += "],\"schema\":\"creditcity.dataset/1\"}\n".utf8
        return out
    }

    /// The change file of the as-of day, handed to `write` in pieces: added and updated entries carry
    /// the full new record object (the kept feed objects, read in id order), so a portal applying change
    /// files in order never has to fetch a dataset file again, and the file is never held whole (on a
    /// first build it holds every record). Keys in UTF-8 order: added, asOf, schema, since, updated, withdrawn.
    func writeChangeFile(_ changes: ChangeSet, since: CivilDate?, notices: [String: [UInt8]], database: StateDatabase,
                         write: ([UInt8]) throws -> Void) throws {
        var out: [UInt8] = []
        func flush(_ force: Bool = false) throws {
            if force || out.count >= 1 << 20 {
                try write(out)
                out.removeAll(keepingCapacity: true)
            }
        }
        func entries(_ list: [ChangeSet.Entry]) throws {
            out.append(UInt8(ascii: "["))
            var first = true
            for feed in FeedDataset.allCases {
                let ids = list.filter { $0.dataset == feed }.map(\.id)
                guard !ids.isEmpty else { continue }
                try objects(feed, ids) { id, json in
                    if !first { out.append(UInt8(ascii: ",")) }
                    first = false
                    out += "{\"dataset\":\"\(feed.rawValue)\",\"id\":".utf8
                    JSONValue.writeString(id, to: &out)
                    out += ",\"record\":".utf8
                    out += json
                    out.append(UInt8(ascii: "}"))
                    try flush()
                }
            }
            out.append(UInt8(ascii: "]"))
        }
        /// The objects of `ids` (in id order) of one dataset: looked up one by one when few, read in one
        /// pass over the dataset when many.
        func objects(_ feed: FeedDataset, _ ids: [String], _ body: (String, [UInt8]) throws -> Void) throws {
            guard let dataset = feed.recordDataset else {
                for id in ids { try body(id, notices[id] ?? Array("null".utf8)) }
                return
            }
            if ids.count < 2000 {
                let found = try database.feedObjects(dataset, ids: ids)
                for id in ids { try body(id, found[id] ?? Array("null".utf8)) }
                return
            }
            var k = 0
            try database.feedObjects(dataset, from: ids[0], through: ids[ids.count - 1]) { id, json in
                while k < ids.count, FeedSnapshot.idOrder(ids[k], id) { try body(ids[k], Array("null".utf8)); k += 1 }
                if k < ids.count, ids[k] == id {
                    try body(id, json)
                    k += 1
                }
            }
            while k < ids.count { try body(ids[k], Array("null".utf8)); k += 1 }
        }
        out += "{\"added\":".utf8
        try entries(changes.added)
        out += ",\"asOf\":\"\(asOf.iso)\",\"schema\":\"creditcity.changes/1\",\"since\":".utf8
        out += (since.map { "\"\($0.iso)\"" } ?? "null").utf8
        out += ",\"updated\":".utf8
        try entries(changes.updated)
        out += ",\"withdrawn\":".utf8
        JSONValue.array(changes.withdrawn.map {
            .object(["dataset": .string($0.dataset.rawValue), "id": .string($0.id), "reason": .string($0.reason.rawValue)])
        }).write(to: &out)
        out += "}\n".utf8
        try flush(true)
    }

    /// Writes this day's change file, the kept earlier ones (from the state folder) and `changes/index.json`.
    func writeChanges(today: ContentHash, info: FeedHistory.ChangeFileInfo, history: FeedHistory, sink: OutputSink) throws {
        var entries: [JSONValue] = []
        for earlier in history.earlierChanges + [info] {
            let path = "changes/\(earlier.day.iso).json"
            let sha: ContentHash
            if earlier.day == asOf {
                sha = today
            } else {
                // An earlier day's file never changes: read from the state folder only when Output/ lacks
                // it, streamed (the first build's file holds every record).
                let key = Self.changeFileKey(earlier)
                if let current = sink.current("feeds/" + path, key: key) {
                    sha = current.sha256
                } else {
                    sha = try sink.emitStreaming("feeds/" + path, key: key) { write in
                        try history.readChangeFile(earlier.day, write)
                    }
                }
            }
            entries.append(.object([
                "path": .string(path),
                "asOf": .string(earlier.day.iso),
                "since": earlier.since.map { .string($0.iso) } ?? .null,
                "added": .int(earlier.added),
                "updated": .int(earlier.updated),
                "withdrawn": .int(earlier.withdrawn),
                "sha256": .string(sha.hex),
            ]))
        }
        let index = JSONValue.object([
            "schema": .string("creditcity.changes-index/1"),
            "asOf": .string(asOf.iso),
            "files": .array(entries),
        ])
        try sink.emit("feeds/changes/index.json", bytes: Array((index.serialized() + "\n").utf8))
    }

    /// The key of one day's change file: its day and counts as the state folder's index keeps them.
    static func changeFileKey(_ info: FeedHistory.ChangeFileInfo) -> StableHash {
        var h = Hasher128()
        h.add("change file")
        h.add(info.tsv)
        return h.finish()
    }

    static func sha256(_ bytes: [UInt8]) -> String {
        ContentHash(of: bytes).hex
    }

    static func fileNumber(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
