/// Load and validate: every content file in name order, rows checked on every core, duplicates
/// resolved (the later row wins), events attached to their records, notices read.
struct ContentStage {
    let contentDir: String
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    var limits = ContentLimits()
    let progress: @Sendable (String) -> Void

    struct Loaded {
        var store: RecordStore
        var notices: [Notice]
        var diagnostics: [Diagnostic]
    }

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var store = RecordStore()
        for kind in [RecordKind.licensing, .penalty, .listEntry] {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy)
            for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: kind, log: &log) {
                progress("reading \(file.displayPath)")
                var rows: [RawRow] = []
                try ContentLoader.read(file, limits: limits, log: &log) { rows.append($0) }
                // Rows are checked in parallel; diagnostics and duplicates are then taken in row order,
                // so the report reads the same on every run.
                for outcome in rows.concurrentMap(validator.validate) {
                    log.add(contentsOf: outcome.diagnostics)
                    if let record = outcome.record, let duplicate = store.add(record) { log.add(duplicate) }
                }
            }
        }
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, kind: .event, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, limits: limits, log: &log) { rows.append($0) }
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
