/// The part of a successful build's report that an unchanged rebuild reports again: the diagnostics,
/// what was shown and hidden, and how many files Output/ holds. Kept in the state database.
struct RememberedBuild: Codable, Equatable {
    var diagnostics: [Diagnostic]
    var shown: [String: Int]
    var hidden: [String: [String: Int]]
    var noticesShown: Int
    var noticesHidden: Int
    var files: Int
    var contentFiles: Int

    init(_ report: BuildReport) {
        diagnostics = report.diagnostics
        shown = Dictionary(uniqueKeysWithValues: report.shown.map { ($0.key.rawValue, $0.value) })
        hidden = Dictionary(uniqueKeysWithValues: report.hidden.map { d, reasons in
            (d.rawValue, Dictionary(uniqueKeysWithValues: reasons.map { ($0.key.rawValue, $0.value) }))
        })
        noticesShown = report.noticesShown
        noticesHidden = report.noticesHidden
        files = report.filesWritten + report.filesKept
        contentFiles = report.contentFilesRead + report.contentFilesReused
    }

    /// The report of a build that found nothing changed: the same findings, every file kept.
    func report(asOf: CivilDate) -> BuildReport {
        var r = BuildReport(asOf: asOf)
        r.diagnostics = diagnostics
        for (d, n) in shown { if let dataset = Dataset(rawValue: d) { r.shown[dataset] = n } }
        for (d, reasons) in hidden {
            guard let dataset = Dataset(rawValue: d) else { continue }
            for (reason, n) in reasons { if let why = Decision.HiddenReason(rawValue: reason) { r.hidden[dataset, default: [:]][why] = n } }
        }
        r.noticesShown = noticesShown
        r.noticesHidden = noticesHidden
        r.filesKept = files
        r.contentFilesReused = contentFiles
        r.unchanged = true
        return r
    }
}
