/// Load and validate: every content file in name order, rows checked on every core, duplicates
/// resolved (the later row wins), events attached to their records, notices read.
struct ContentStage {
    let contentDir: String
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    let progress: @Sendable (BuildProgress) -> Void
    /// Told of every licensing, penalty or list row the validator rejected, with the row as read (the
    /// timeliness report counts rejections per department from it).
    var onRejectedRow: (RawRow, RecordKind) -> Void = { _, _ in }

    struct Loaded {
        var store: RecordStore
        var notices: [Notice]
        var diagnostics: [Diagnostic]
    }

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var store = RecordStore()
        var read = 0
        progress(BuildProgress("reading content", unit: "records"))
        for kind in [RecordKind.licensing, .penalty, .listEntry] {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy)
            for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: kind, log: &log) {
                var rows: [RawRow] = []
                try ContentLoader.read(file, log: &log) { row in
                    rows.append(row)
                    read += 1
                    if read % 10_000 == 0 { progress(BuildProgress("reading content", done: read, unit: "records")) }
                }
                // Rows are checked in parallel; diagnostics and duplicates are then taken in row order,
                // so the report reads the same on every run.
                for (row, outcome) in zip(rows, rows.concurrentMap(validator.validate)) {
                    log.add(contentsOf: outcome.diagnostics)
                    if let record = outcome.record, let duplicate = store.add(record) { log.add(duplicate) }
                    if outcome.record == nil { onRejectedRow(row, kind) }
                }
                progress(BuildProgress("reading content", done: read, unit: "records"))
            }
        }
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: .event, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, log: &log) { rows.append($0) }
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
