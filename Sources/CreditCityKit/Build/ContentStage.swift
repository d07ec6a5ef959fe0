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
    let database: StateDatabase
    let progress: @Sendable (String) -> Void

    struct Loaded {
        var index: RecordIndex
        var values: RecordValues
        var notices: [Notice]
        var diagnostics: [Diagnostic]
        /// Data files read this build, and those whose outcome came from the state database unread.
        var filesRead: Int
        var filesReused: Int
    }

    /// What validation depends on besides a file's bytes: the code and the policy's status codes.
    func validationKey(_ kind: RecordKind) -> StableHash {
        var h = Hasher128()
        h.add(BuildCode.identity)
        h.add("validation/1")
        h.add(kind.rawValue)
        for (code, meaning) in policy.statusCodes.sorted(by: { $0.key < $1.key }) {
            h.add(code)
            h.add(meaning)
        }
        return h.finish()
    }

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var index = RecordIndex()
        var values = RecordValues(database: database)
        var seen = Set<String>()
        var filesRead = 0, filesReused = 0
        for kind in RecordKind.allCases {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy)
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
                    progress("reading \(file.displayPath)")
                    outcome = try read(file, validator: validator, key: key, index: &index, number: number)
                    filesRead += 1
                }
                for item in outcome.items {
                    switch item {
                    case .diagnostic(let d): log.add(d)
                    case .record(let e): if let duplicate = index.add(e) { log.add(duplicate) }
                    }
                }
            }
        }
        try database.forgetContent(except: seen)
        // Ids over every record, shown or not, in content order: a twin's id never depends on the day.
        index.assignIDs()
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, folder: .events, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, log: &log) { rows.append($0) }
            for row in rows {
                let (event, problems) = eventValidator.validate(row)
                log.add(contentsOf: problems)
                if let event { events.append(event) }
            }
        }
        log.add(contentsOf: index.attach(events))
        let notices = try NoticeLoader.load(contentDir: contentDir, displayRoot: contentDir, log: &log)
        return Loaded(index: index, values: values, notices: notices, diagnostics: log.diagnostics, filesRead: filesRead,
                      filesReused: filesReused)
    }

    /// The kept outcome of `file`, when the file is the one kept (same fingerprint, or same bytes) and
    /// was validated the same way for a day that gives the same result.
    func cachedOutcome(_ file: ContentFile, key: StableHash, number: UInt32, index: inout RecordIndex) throws -> ContentOutcome? {
        guard let cached = try database.cachedContent(file.displayPath), cached.validation == key,
              let fingerprint = FileFingerprint.of(file.path) else { return nil }
        if fingerprint != cached.fingerprint {
            // Touched, copied or restored: the same bytes are still the same file.
            guard Array(SHA256.hash(data: try ContentLoader.bytes(of: file))) == cached.sha256 else { return nil }
            try database.updateFingerprint(file.displayPath, fingerprint)
        }
        let candidate = ContentOutcome(latestDecision: cached.latestDecision)
        guard candidate.holds(madeFor: cached.asOf, asOf: asOf) else { return nil }
        return index.decode(cached.outcome, path: file.displayPath, file: number, latestDecision: cached.latestDecision)
    }

    /// Reads and validates `file`, and keeps the outcome and the values in the state database.
    func read(_ file: ContentFile, validator: RecordValidator, key: StableHash, index: inout RecordIndex, number: UInt32) throws -> ContentOutcome {
        let fingerprint = FileFingerprint.of(file.path)
        let bytes = try ContentLoader.bytes(of: file)
        var fileLog = DiagnosticLog()
        var rows: [RawRow] = []
        ContentLoader.read(file, bytes: bytes, log: &fileLog, row: { rows.append($0) })
        var outcome = ContentOutcome(items: fileLog.diagnostics.map { .diagnostic($0) })
        var accepted: [[String?]] = []
        // Rows are checked in parallel; their diagnostics and records are then taken in row order, so
        // the report reads the same on every run.
        for (row, result) in zip(rows, rows.concurrentMap(validator.validate)) {
            if let day = validator.decisionDay(of: row), outcome.latestDecision.map({ day > $0 }) ?? true {
                outcome.latestDecision = day
            }
            outcome.items += result.diagnostics.map { .diagnostic($0) }
            guard let record = result.record else { continue }
            outcome.items.append(.record(index.entry(for: record, file: number, slot: UInt32(accepted.count))))
            accepted.append(record.values)
        }
        if let fingerprint {
            let kept = StateDatabase.CachedContent(fingerprint: fingerprint, sha256: Array(SHA256.hash(data: bytes)), validation: key,
                                                   asOf: asOf, latestDecision: outcome.latestDecision,
                                                   outcome: outcome.encoded(strings: index.strings))
            try database.storeContent(file.displayPath, kept, chunks: RecordValues.chunks(accepted))
        }
        return outcome
    }
}
