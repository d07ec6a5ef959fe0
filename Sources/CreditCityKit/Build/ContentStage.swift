/// Load and validate: every content file in name order, rows checked on every core, duplicates
/// resolved (the later row wins), ids numbered over all records, events attached to their records,
/// notices read. Records go into the compact `RecordIndex`, their values into `RecordValues`.
struct ContentStage {
    let contentDir: String
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    let progress: @Sendable (String) -> Void

    struct Loaded {
        var index: RecordIndex
        var values: RecordValues
        var notices: [Notice]
        var diagnostics: [Diagnostic]
    }

    func run() throws -> Loaded {
        var log = DiagnosticLog()
        var index = RecordIndex()
        var values = RecordValues()
        for kind in RecordKind.allCases {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: policy)
            for file in try ContentFile.list(contentDir: contentDir, displayRoot: contentDir, folder: kind.folder, log: &log) {
                progress("reading \(file.displayPath)")
                var rows: [RawRow] = []
                try ContentLoader.read(file, log: &log) { rows.append($0) }
                let fileNumber = index.file(file.displayPath)
                var accepted: [[String?]] = []
                // Rows are checked in parallel; diagnostics and duplicates are then taken in row order,
                // so the report reads the same on every run.
                for outcome in rows.concurrentMap(validator.validate) {
                    log.add(contentsOf: outcome.diagnostics)
                    guard let record = outcome.record else { continue }
                    let entry = index.entry(for: record, file: fileNumber, slot: UInt32(accepted.count))
                    accepted.append(record.values)
                    if let duplicate = index.add(entry) { log.add(duplicate) }
                }
                values.set(file: Int(fileNumber), accepted)
            }
        }
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
        return Loaded(index: index, values: values, notices: notices, diagnostics: log.diagnostics)
    }
}
