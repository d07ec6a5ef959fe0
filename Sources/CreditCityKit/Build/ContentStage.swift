import Crypto

/// Load and validate: every content file in name order, rows checked on every core, duplicates
/// resolved (the later row wins), ids numbered over all records, events attached to their records,
/// notices read. Records go into the compact `RecordIndex`, their values into the state database.
///
/// A data file whose fingerprint (or, when touched, whose bytes) and validation key match what the
/// state database kept is not read again: its diagnostics and records come from the database, so an
/// unchanged site's report is the same without re-reading a byte of it (issue 12, item 1).
struct ContentStage {
    let contentDir: String
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    /// Where outcomes and values are kept between builds; nil (the timeliness report) reads every file
    /// and keeps values in memory.
    let database: StateDatabase?
    var limits = ContentLimits()
    let progress: @Sendable (BuildProgress) -> Void
    /// site.yaml `authorities`, for rows of the 2016 template.
    var authorities: [String: String] = [:]
    /// site.yaml `columns`: local headers per content folder.
    var columns: [DataFolder: [String: String]] = [:]
    /// Told of every licensing, penalty or list row the validator rejected, with the row as read (the
    /// timeliness report counts rejections per department from it). Only files read are told: give no
    /// database to have every file read.
    var onRejectedRow: (RawRow, RecordKind) -> Void = { _, _ in }
    /// Keep every accepted record whole in `Loaded.records` (the timeliness report; a build keeps
    /// only the compact index).
    var keepRecords = false

    /// Rows validated together: enough for both cores to share, few enough to stay small in memory.
    static let batchSize = 8192

    struct Loaded {
        var index: RecordIndex
        var values: RecordValues
        var notices: [Notice]
        var diagnostics: [Diagnostic]
        /// Data files read this build, and those whose outcome came from the state database unread.
        var filesRead: Int
        var filesReused: Int
        /// With `keepRecords`: one record per key, the later row's, in the order keys first appeared.
        var records: [Record] = []
    }

    /// What reading and validating a file depends on besides its bytes: the code, the policy's status
    /// codes, the site's column aliases for the folder and its authorities directory.
    func validationKey(_ kind: RecordKind) -> StableHash {
        var h = Hasher128()
        h.add(BuildCode.identity)
        h.add("validation/3")
        h.add(kind.rawValue)
        h.add(limits.fieldBytes)
        for map in [policy.statusCodes, columns[kind.folder] ?? [:], authorities] {
            h.add(map.count)
            for (key, value) in map.sorted(by: { $0.key < $1.key }) {
                h.add(key)
                h.add(value)
            }
        }
        return h.finish()
    }

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var index = RecordIndex()
        var values = RecordValues(database: database)
        var seen = Set<String>()
        var filesRead = 0, filesReused = 0
        var records: [Record] = [], recordPositions: [String: Int] = [:]
        var recordsRead = 0
        progress(BuildProgress("reading content", unit: "records"))
        for kind in RecordKind.allCases {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy, authorities: authorities)
            let key = validationKey(kind)
            for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, folder: kind.folder, log: &log) {
                seen.insert(file.displayPath)
                let number = index.file(file.displayPath)
                values.name(file: Int(number), file.displayPath)
                let outcome: ContentOutcome
                if let cached = try cachedOutcome(file, key: key, number: number, index: &index) {
                    outcome = cached
                    filesReused += 1
                } else {
                    let (made, accepted) = try read(file, validator: validator, key: key, index: &index, values: &values, number: number,
                                                    before: recordsRead)
                    outcome = made
                    filesRead += 1
                    for record in accepted {
                        if let at = recordPositions[record.key] { records[at] = record } else {
                            recordPositions[record.key] = records.count
                            records.append(record)
                        }
                    }
                }
                for item in outcome.items {
                    switch item {
                    case .diagnostic(let d): log.add(d)
                    case .record(let e):
                        recordsRead += 1
                        if let duplicate = index.add(e) { log.add(duplicate) }
                    }
                }
                progress(BuildProgress("reading content", done: recordsRead, unit: "records"))
                Memory.release()
            }
        }
        try database?.forgetContent(except: seen)
        // Ids over every record, shown or not, in content order: a twin's id never depends on the day.
        index.assignIDs()
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, folder: .events, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, aliases: columns[.events] ?? [:], limits: limits, log: &log) { rows.append($0) }
            for row in rows {
                let (event, problems) = eventValidator.validate(row)
                log.add(contentsOf: problems)
                if let event { events.append(event) }
            }
        }
        log.add(contentsOf: index.attach(events))
        let notices = try NoticeLoader.load(contentDir: contentDir, displayRoot: contentDir, log: &log)
        return Loaded(index: index, values: values, notices: notices, diagnostics: log.diagnostics, filesRead: filesRead,
                      filesReused: filesReused, records: records)
    }

    /// The kept outcome of `file`, when the file is the one kept (same fingerprint, or same bytes) and
    /// was validated the same way for a day that gives the same result. A build for a day before the
    /// one the file was read for reads it again, so the first-seen ledger can move back to that day.
    func cachedOutcome(_ file: ContentFile, key: StableHash, number: UInt32, index: inout RecordIndex) throws -> ContentOutcome? {
        guard let database, let cached = try database.cachedContent(file.displayPath), cached.validation == key,
              asOf >= cached.asOf, let fingerprint = FileFingerprint.of(file.path) else { return nil }
        if fingerprint != cached.fingerprint {
            // Touched, copied or restored: the same bytes are still the same file.
            guard Array(SHA256.hash(data: try ContentLoader.bytes(of: file))) == cached.sha256 else { return nil }
            try database.updateFingerprint(file.displayPath, fingerprint)
        }
        let candidate = ContentOutcome(latestDecision: cached.latestDecision)
        guard candidate.holds(madeFor: cached.asOf, asOf: asOf) else { return nil }
        return index.decode(cached.outcome, path: file.displayPath, file: number, latestDecision: cached.latestDecision)
    }

    /// Reads and validates `file`, and keeps the outcome and the values in the state database (or in
    /// `values` without one). Notes the first-seen day of its 双公示 records in the database's ledger.
    /// Returns the accepted records whole with `keepRecords`. `before`: records read before this file
    /// (for progress).
    func read(_ file: ContentFile, validator: RecordValidator, key: StableHash, index: inout RecordIndex,
              values stored: inout RecordValues, number: UInt32, before: Int) throws -> (ContentOutcome, [Record]) {
        let fingerprint = FileFingerprint.of(file.path)
        let bytes = try ContentLoader.bytes(of: file)
        var fileLog = DiagnosticLog()
        var rowItems: [ContentOutcome.Item] = []
        var latestDecision: CivilDate?
        var missingAuthorities = MissingAuthorities(kind: validator.kind)
        var values = ValueChunker()
        var batch: [RawRow] = []
        var accepted: [Record] = []
        var seenKeys: [RecordKeyHash] = []
        let ledgered = database != nil && StateDatabase.isLedgered(validator.kind)
        var rowsRead = 0
        // Rows are checked in parallel, a batch at a time as the file streams in, so a long file is never
        // held whole; their diagnostics and records are taken in row order, so the report reads the same
        // on every run: the file's own diagnostics, then its rows', then its missing authorities.
        func check() {
            for (row, result) in zip(batch, batch.concurrentMap(validator.validate)) {
                if let day = validator.decisionDay(of: row), latestDecision.map({ day > $0 }) ?? true { latestDecision = day }
                rowItems += result.diagnostics.map { .diagnostic($0) }
                missingAuthorities.note(result, at: row.location)
                guard let record = result.record else {
                    onRejectedRow(row, validator.kind)
                    continue
                }
                rowItems.append(.record(index.entry(for: record, file: number, slot: UInt32(values.count))))
                values.add(record.values)
                if ledgered { seenKeys.append(RecordKeyHash(record)) }
                if keepRecords { accepted.append(record) }
            }
            batch.removeAll(keepingCapacity: true)
        }
        let known = file.format == .xlsx ? nil : bytes
        try ContentLoader.read(file, bytes: known, aliases: columns[file.folder] ?? [:], limits: limits, log: &fileLog) { row in
            batch.append(row)
            rowsRead += 1
            if rowsRead % 10_000 == 0 { progress(BuildProgress("reading content", done: before + rowsRead, unit: "records")) }
            if batch.count == Self.batchSize { check() }
        }
        check()
        let outcome = ContentOutcome(items: fileLog.diagnostics.map { .diagnostic($0) } + rowItems
                                         + missingAuthorities.diagnostics.map { .diagnostic($0) },
                                     latestDecision: latestDecision)
        guard let database else {
            stored.keep(file: Int(number), chunks: values.finish())
            return (outcome, accepted)
        }
        // The first day a build saw each decision: the timeliness report's upload day for a row without
        // SJC. Records of files not read were noted by the build that read them, for a day no later.
        try database.noteSeen(seenKeys, on: asOf)
        if let fingerprint {
            let kept = StateDatabase.CachedContent(fingerprint: fingerprint, sha256: Array(SHA256.hash(data: bytes)), validation: key,
                                                   asOf: asOf, latestDecision: latestDecision,
                                                   outcome: outcome.encoded(index: index, path: file.displayPath))
            try database.storeContent(file.displayPath, kept, chunks: values.finish())
        } else {
            stored.keep(file: Int(number), chunks: values.finish())
        }
        return (outcome, accepted)
    }
}

/// Encodes a file's accepted records into `RecordValues` chunks as they come, so a long file's values
/// are held encoded (a few hundred bytes a record), never as strings.
struct ValueChunker {
    private var chunks: [[UInt8]] = []
    private var pending: [[String?]] = []
    private(set) var count = 0

    mutating func add(_ values: [String?]) {
        pending.append(values)
        count += 1
        if pending.count == RecordValues.chunkSize {
            chunks.append(RecordValues.encode(pending))
            pending.removeAll(keepingCapacity: true)
        }
    }

    mutating func finish() -> [[UInt8]] {
        if !pending.isEmpty { chunks.append(RecordValues.encode(pending)) }
        pending = []
        return chunks
    }
}
