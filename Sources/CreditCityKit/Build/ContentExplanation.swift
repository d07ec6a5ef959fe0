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
        var rows: [RawRow] = []
        explanation.tables = try ContentLoader.read(file, aliases: config.columns[kind] ?? [:], log: &log) { rows.append($0) }
        explanation.rowsRead = rows.count
        if kind == .event {
            let validator = EventValidator()
            for row in rows {
                let (event, problems) = validator.validate(row)
                log.add(contentsOf: problems)
                if event != nil { explanation.rowsAccepted += 1 }
            }
        } else {
            let validator = RecordValidator(kind: kind, asOf: asOf, policy: config.policy, authorities: config.authorities)
            var missing = MissingAuthorities(kind: kind)
            for (row, outcome) in zip(rows, rows.concurrentMap(validator.validate)) {
                log.add(contentsOf: outcome.diagnostics)
                missing.note(outcome, at: row.location)
                if outcome.record != nil { explanation.rowsAccepted += 1 }
            }
            log.add(contentsOf: missing.diagnostics)
        }
        explanation.diagnostics = log.diagnostics
        return explanation
    }

    /// Rows rejected by validation (a table rejected whole is counted in its own diagnostic).
    public var rowsRejected: Int { rowsRead - rowsAccepted }
}
