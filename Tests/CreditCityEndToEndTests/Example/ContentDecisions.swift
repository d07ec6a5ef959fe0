import Foundation
@testable import CreditCityKit

/// What a build decides for a content folder on a day, record by record: the build's own content stage
/// and publication rules (nothing rendered), the notices shown, the diagnostics, and the timeliness
/// report. Paths are relative to the content folder (`penalties/2026.csv:17`).
struct ContentDecisions {
    struct Decided {
        var record: Record
        var decision: Decision
    }

    /// By location, `penalties/x.csv:12` or `penalties/x.xlsx[10月]:3`.
    var records: [String: Decided] = [:]
    /// By file name under notices/.
    var noticesShown: [String: Bool] = [:]
    var diagnostics: [Diagnostic] = []
    var report: TimelinessReport
    var policy: SiteConfig.Policy

    static func of(content: String, asOf: CivilDate) throws -> ContentDecisions {
        let config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: "site.yaml")
        var stage = ContentStage(contentDir: content, asOf: asOf, policy: config.policy, database: nil, limits: config.limits, progress: { _ in },
                                 authorities: config.authorities, columns: config.columns)
        stage.keepRecords = true
        let loaded = try stage.run()
        let state = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-decisions-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: state) }
        var builder = TimelinessReportBuilder(asOf: asOf)
        builder.contentDir = content
        builder.stateDir = state
        var out = ContentDecisions(report: try builder.run(), policy: config.policy)
        let rules = PublicationRules(asOf: asOf, policy: config.policy)
        // Decided as DecisionStage decides: from the index entry, with the events the index attached.
        let byLocation = Dictionary(loaded.records.map { ($0.location.description, $0) }, uniquingKeysWith: { $1 })
        for (i, entry) in loaded.index.entries.enumerated() {
            let at = loaded.index.location(of: entry).description
            // Every entry has its record whole (keepRecords); one missing shows as an absent row in the comparison.
            guard let record = byLocation[at] else { continue }
            let decision = rules.decide(entry.facts, kind: entry.kind, dataset: entry.dataset, subject: entry.subject,
                                        events: loaded.index.events[i] ?? [])
            out.records[relative(at, to: content)] = Decided(record: record, decision: decision)
        }
        for notice in loaded.notices {
            out.noticesShown[(notice.location.file as NSString).lastPathComponent] = notice.isShown(asOf: asOf)
        }
        out.diagnostics = loaded.diagnostics.map { d in
            var d = d
            d.file = relative(d.file, to: content)
            return d
        }
        return out
    }

    /// `path` without the content folder in front.
    static func relative(_ path: String, to content: String) -> String {
        path.hasPrefix(content + "/") ? String(path.dropFirst(content.count + 1)) : path
    }
}
