/// Load and validate: every content file in name order, rows checked on every core, duplicates
/// resolved (the later row wins), events attached to their records, notices read.
struct ContentStage {
    let contentDir: String
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    var limits = ContentLimits()
    let progress: @Sendable (BuildProgress) -> Void
    /// site.yaml `authorities`, for rows of the 2016 template.
    var authorities: [String: String] = [:]
    /// site.yaml `columns`: local headers per record kind.
    var columns: [RecordKind: [String: String]] = [:]
    /// Told of every licensing, penalty or list row the validator rejected, with the row as read (the
    /// timeliness report counts rejections per department from it).
    var onRejectedRow: (RawRow, RecordKind) -> Void = { _, _ in }

    struct Loaded {
        var store: RecordStore
        var notices: [Notice]
        var diagnostics: [Diagnostic]
    }

    /// Rows validated together: enough for both cores to share, few enough to stay small in memory.
    static let batchSize = 8192

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var store = RecordStore()
        var read = 0
        progress(BuildProgress("reading content", unit: "records"))
        for kind in [RecordKind.licensing, .penalty, .listEntry] {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy, authorities: authorities)
            for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: kind, log: &log) {
                // Rows are checked in parallel, a batch at a time as the file streams in, so a long file
                // is never held whole; diagnostics and duplicates are taken in row order, so the report
                // reads the same on every run, after the file's own diagnostics as it always has.
                var checked = DiagnosticLog()
                var missingAuthorities = MissingAuthorities(kind: kind)
                var batch: [RawRow] = []
                func check() {
                    for (raw, outcome) in zip(batch, batch.concurrentMap(validator.validate)) {
                        checked.add(contentsOf: outcome.diagnostics)
                        missingAuthorities.note(outcome, at: raw.location)
                        if let record = outcome.record, let duplicate = store.add(record) { checked.add(duplicate) }
                        if outcome.record == nil { onRejectedRow(raw, kind) }
                    }
                    batch.removeAll(keepingCapacity: true)
                }
                try ContentLoader.read(file, aliases: columns[kind] ?? [:], limits: limits, log: &log) { row in
                    batch.append(row)
                    read += 1
                    if read % 10_000 == 0 { progress(BuildProgress("reading content", done: read, unit: "records")) }
                    if batch.count == Self.batchSize { check() }
                }
                check()
                log.add(contentsOf: checked.diagnostics)
                log.add(contentsOf: missingAuthorities.diagnostics)
                progress(BuildProgress("reading content", done: read, unit: "records"))
            }
        }
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: .event, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, aliases: columns[.event] ?? [:], limits: limits, log: &log) { rows.append($0) }
            for row in rows {
                let (event, problems) = eventValidator.validate(row)
                log.add(contentsOf: problems)
                if let event { events.append(event) }
            }
        }
        log.add(contentsOf: store.attach(events))
        let notices = try NoticeLoader.load(contentDir: contentDir, displayRoot: contentDir, log: &log)
        return Loaded(store: store, notices: notices, diagnostics: log.diagnostics)
    }
}
