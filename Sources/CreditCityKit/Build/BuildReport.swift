/// What a build did: diagnostics, shown and hidden counts per dataset and reason, files written.
/// Printed on stderr and saved as `<state>/last-build.json`.
public struct BuildReport: Sendable {
    public var asOf: CivilDate
    public var diagnostics: [Diagnostic] = []
    /// Shown records per dataset.
    public var shown: [Dataset: Int] = [:]
    /// Hidden records per dataset and reason.
    public var hidden: [Dataset: [Decision.HiddenReason: Int]] = [:]
    public var noticesShown = 0
    public var noticesHidden = 0
    /// Files written with new bytes, carried over unchanged (hard links), and removed.
    public var filesWritten = 0
    public var filesKept = 0
    public var filesRemoved = 0
    /// Content data files read this build, and those whose outcome came from the state database unread.
    public var contentFilesRead = 0
    public var contentFilesReused = 0
    /// What the feeds' change file of this build lists (nil until the feeds are written).
    public var feedChanges: ChangeSet?
    /// Nothing the site is made from changed since the last build (`BuildKey`): nothing was done.
    public var unchanged = false
    public var outcome: Outcome = .succeeded

    public enum Outcome: String, Sendable { case succeeded, failed }
    public var failure: BuildError?

    public init(asOf: CivilDate) { self.asOf = asOf }

    public var rejectedCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }

    /// The human summary printed after the diagnostics.
    public var summary: String {
        var lines: [String] = []
        for d in Dataset.allCases {
            let reasons = (hidden[d] ?? [:]).sorted { $0.key < $1.key }.map { "\($0.key.rawValue) \($0.value)" }
            lines.append("\(d.rawValue): \(shown[d] ?? 0) shown" + (reasons.isEmpty ? "" : ", hidden: " + reasons.joined(separator: ", ")))
        }
        lines.append("notices: \(noticesShown) shown" + (noticesHidden > 0 ? ", \(noticesHidden) hidden (draft or expired)" : ""))
        if let c = feedChanges {
            lines.append("feeds: \(c.added.count) added, \(c.updated.count) updated, \(c.withdrawn.count) withdrawn")
        } else if unchanged {
            lines.append("feeds: as the last build wrote them (content, templates, site.yaml and day unchanged)")
        }
        lines.append("\(rejectedCount) rejected, \(warningCount) warnings; as of \(asOf.iso)")
        return lines.joined(separator: "\n")
    }

    /// The machine form, deterministic for the same content.
    public var json: JSONValue {
        var shownObj: [String: JSONValue] = [:], hiddenObj: [String: JSONValue] = [:]
        for d in Dataset.allCases {
            shownObj[d.rawValue] = .int(shown[d] ?? 0)
            hiddenObj[d.rawValue] = .object(Dictionary(uniqueKeysWithValues: (hidden[d] ?? [:]).map { ($0.key.rawValue, JSONValue.int($0.value)) }))
        }
        let diags: [JSONValue] = diagnostics.map { d in
            var o: [String: JSONValue] = ["severity": .string(d.severity.rawValue), "file": .string(d.file), "message": .string(d.message)]
            o["line"] = d.line.map { .int($0) } ?? .null
            o["field"] = d.field.map { .string($0) } ?? .null
            return .object(o)
        }
        var root: [String: JSONValue] = [
            "schema": .string("creditcity.build-report/1"),
            "asOf": .string(asOf.iso),
            "outcome": .string(outcome.rawValue),
            "rejected": .int(rejectedCount),
            "warnings": .int(warningCount),
            "diagnostics": .array(diags),
            "shown": .object(shownObj),
            "hidden": .object(hiddenObj),
            "notices": .object(["shown": .int(noticesShown), "hidden": .int(noticesHidden)]),
            "files": .object(["written": .int(filesWritten), "kept": .int(filesKept), "removed": .int(filesRemoved)]),
            "content": .object(["read": .int(contentFilesRead), "reused": .int(contentFilesReused)]),
            "unchanged": .bool(unchanged),
        ]
        if let failure { root["failure"] = failure.json }
        if let c = feedChanges {
            root["feedChanges"] = .object(["added": .int(c.added.count), "updated": .int(c.updated.count), "withdrawn": .int(c.withdrawn.count)])
        }
        return .object(root)
    }
}
