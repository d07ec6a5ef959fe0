import Foundation

/// What `creditcity check --explain FILE` reports about one content file: how it was read (template,
/// encoding, each sheet), how every column was mapped and which were ignored, and its first rejected
/// rows with their reasons — what a webmaster needs to fix an export.
public struct ContentExplanation: Sendable {
    /// The file as the user named it.
    public var file: String
    public var kind: RecordKind
    /// How the file's name says it is stored; nil when the name is of no readable type.
    public var format: ContentFile.Format?
    public var tables: [TableReading]
    /// Every diagnostic of the file, in the order a build reports them.
    public var diagnostics: [Diagnostic]
    /// Data rows read, and rows that validation accepted.
    public var rowsRead = 0
    public var rowsAccepted = 0

    /// Why a file cannot be explained at all (its folder names no dataset).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Reads and validates `path` as a build would, with the site's `config` (aliases and authorities),
    /// as of `asOf`. The dataset is the name of the folder the file is in.
    public static func explain(_ path: String, config: SiteConfig, asOf: CivilDate) throws -> ContentExplanation {
        let folder = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        guard let kind = RecordKind.allCases.first(where: { $0.folder == folder }) else {
            throw Failure(description: "\(path): error: cannot tell the dataset: the file must be in a folder named "
                + RecordKind.allCases.map(\.folder).joined(separator: ", ") + " (as in Content/)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw Failure(description: "\(path): error: no such file")
        }
        var log = DiagnosticLog()
        var explanation = ContentExplanation(file: path, kind: kind, format: nil, tables: [], diagnostics: [])
        guard let file = ContentFile.named(path, displayPath: path, kind: kind, log: &log) else {
            explanation.diagnostics = log.diagnostics
            return explanation
        }
        explanation.format = file.format
        // Validated a batch at a time as the file streams in, as a build does.
        var checked = DiagnosticLog()
        var batch: [RawRow] = []
        var missing = MissingAuthorities(kind: kind)
        let validator = kind == .event ? nil : RecordValidator(kind: kind, asOf: asOf, policy: config.policy, authorities: config.authorities)
        func check() {
            explanation.rowsRead += batch.count
            if let validator {
                for (row, outcome) in zip(batch, batch.concurrentMap(validator.validate)) {
                    checked.add(contentsOf: outcome.diagnostics)
                    missing.note(outcome, at: row.location)
                    if outcome.record != nil { explanation.rowsAccepted += 1 }
                }
            } else {
                for row in batch {
                    let (event, problems) = EventValidator().validate(row)
                    checked.add(contentsOf: problems)
                    if event != nil { explanation.rowsAccepted += 1 }
                }
            }
            batch.removeAll(keepingCapacity: true)
        }
        let tables = try ContentLoader.read(file, aliases: config.columns[kind] ?? [:], limits: config.limits, log: &log) { row in
            batch.append(row)
            if batch.count == ContentStage.batchSize { check() }
        }
        check()
        explanation.tables = tables
        log.add(contentsOf: checked.diagnostics)
        log.add(contentsOf: missing.diagnostics)
        explanation.diagnostics = log.diagnostics
        return explanation
    }

    /// Rows rejected by validation (a table rejected whole is counted in its own diagnostic).
    public var rowsRejected: Int { rowsRead - rowsAccepted }
}
