import Foundation

/// What `creditcity check --explain FILE` reports about one content file: how it was read (template,
/// encoding, each sheet), how every column was mapped and which were ignored, and its first rejected
/// rows with their reasons — what a webmaster needs to fix an export.
public struct ContentExplanation: Sendable {
    /// The file as the user named it.
    public var file: String
    public var folder: DataFolder
    /// How the file's name says it is stored; nil when the name is of no readable type.
    public var format: ContentFile.Format?
    public var tables: [TableReading]
    /// Every diagnostic of the file, in the order a build reports them.
    public var diagnostics: [Diagnostic]
    /// Data rows read, and rows that validation accepted.
    public var rowsRead = 0
    public var rowsAccepted = 0

    /// Reads and validates `path` as a build would, with the site's `config` (aliases and authorities),
    /// as of `asOf`. The dataset is the name of the folder the file is in.
    public static func explain(_ path: String, config: SiteConfig, asOf: CivilDate) throws -> ContentExplanation {
        let name = ((path as NSString).deletingLastPathComponent as NSString).lastPathComponent
        guard let folder = DataFolder(rawValue: name) else {
            throw BuildError(.content, path: path, "cannot tell the dataset: the file must be in a folder named "
                + DataFolder.allCases.map(\.name).joined(separator: ", ") + " (as in Content/)")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw BuildError(.content, path: path, "no such file")
        }
        var log = DiagnosticLog()
        var explanation = ContentExplanation(file: path, folder: folder, format: nil, tables: [], diagnostics: [])
        guard let file = ContentFile.named(path, displayPath: path, folder: folder, log: &log) else {
            explanation.diagnostics = log.diagnostics
            return explanation
        }
        explanation.format = file.format
        // Validated a batch at a time as the file streams in, as a build does.
        var checked = DiagnosticLog()
        var batch: [RawRow] = []
        let kind = folder.recordKind
        var missing = kind.map(MissingAuthorities.init(kind:))
        let validator = kind.map { RecordValidator(kind: $0, asOf: asOf, policy: config.policy, authorities: config.authorities) }
        func check() {
            explanation.rowsRead += batch.count
            if let validator {
                for (row, outcome) in zip(batch, batch.concurrentMap(validator.validate)) {
                    checked.add(contentsOf: outcome.diagnostics)
                    missing?.note(outcome, at: row.location)
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
        let tables = try ContentLoader.read(file, aliases: config.columns[folder] ?? [:], limits: config.limits, log: &log) { row in
            batch.append(row)
            if batch.count == ContentStage.batchSize { check() }
        }
        check()
        explanation.tables = tables
        log.add(contentsOf: checked.diagnostics)
        log.add(contentsOf: missing?.diagnostics ?? [])
        explanation.diagnostics = log.diagnostics
        return explanation
    }

    /// Rows rejected by validation (a table rejected whole is counted in its own diagnostic).
    public var rowsRejected: Int { rowsRead - rowsAccepted }
}
