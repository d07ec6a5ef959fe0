import CreditCityTestSupport
import Foundation
@testable import CreditCityKit

/// docs/example-expectations.tsv: what a build of the example city decides on its reference day, one
/// fact a line — every record (shown, or why hidden; severity; first and last day shown), every
/// notice, every diagnostic, and the timeliness report (decisions and late ones per department).
/// ExampleCityTests asserts the build against it, naming each record that moved.
enum ExampleExpectations {
    static let path = TestSupport.repoRoot.appendingPathComponent("docs/example-expectations.tsv").path

    static let header = """
        # What a build of Content/ (the example city 信用示例市) decides --as-of 2026-11-22. ExampleCityTests asserts
        # the build against this file. After a deliberate change of the city (Sources/CreditCityKit/Example/) or of
        # a rule, re-record it with CREDITCITY_RECORD_EXAMPLE=1 swift test --filter ExampleCityTests and review the diff.
        # record	location	文书号	outcome	severity	first day shown	last day shown
        # notice	file	outcome
        # diagnostic	location	severity	message
        # department	数据来源单位	decisions	late
        # late	文书号	数据来源单位	类别	决定日期	上网日期	应上网截止	超期工作日	upload day from

        """

    /// The outcome of one example row: what the build decided, or `replaced`/`rejected` when the row
    /// is not a record of the build.
    struct Outcome {
        var row: ExampleRow
        var location: String
        var decided: ContentDecisions.Decided?
        var outcome: String
        var severity: String { decided?.decision.severity?.rawValue ?? "-" }
        var first: String { decided?.decision.window.map(\.first.iso) ?? "-" }
        var last: String { decided?.decision.window.map { $0.last?.iso ?? "长期" } ?? "-" }
    }

    /// Every record row of the city, in file and row order, with its outcome.
    static func outcomes(_ d: ContentDecisions) throws -> [(file: ExampleFile, outcomes: [Outcome])] {
        try ExampleFile.allCases.filter { $0.kind != nil }.map { file in
            let written = try ExampleFileWriter.write(file)
            return (file, zip(file.rows, written.locations).map { row, location in
                let key = location.description
                if let decided = d.records[key] {
                    return Outcome(row: row, location: key, decided: decided, outcome: decided.decision.hidden?.rawValue ?? "shown")
                }
                let replaced = d.diagnostics.contains { $0.severity == .warning && $0.message.contains(key + " ") }
                return Outcome(row: row, location: key, decided: nil, outcome: replaced ? "replaced" : "rejected")
            })
        }
    }

    /// The whole file as the build decides now.
    static func text(_ d: ContentDecisions, content: String) throws -> String {
        var lines: [String] = []
        for (_, outcomes) in try outcomes(d) {
            for o in outcomes { lines.append(["record", o.location, o.row.number, o.outcome, o.severity, o.first, o.last].joined(separator: "\t")) }
        }
        for notice in ExampleCity.notices {
            lines.append("notice\tnotices/\(notice.file)\t\(d.noticesShown[notice.file] == true ? "shown" : "hidden")")
        }
        for diagnostic in d.diagnostics {
            let at = diagnostic.line.map { "\(diagnostic.file):\($0)" } ?? diagnostic.file
            let message = (diagnostic.field.map { $0 + ": " } ?? "") + diagnostic.message.replacingOccurrences(of: content + "/", with: "")
            lines.append("diagnostic\t\(at)\t\(diagnostic.severity.rawValue)\t\(message)")
        }
        let departments = d.report.departments.sorted { $0.name < $1.name }
        for dept in departments { lines.append("department\t\(dept.name)\t\(dept.accepted)\t\(dept.late.count)") }
        for dept in departments {
            for late in dept.late {
                lines.append(["late", late.documentNumber, dept.name, late.kind.rawValue, late.decided.iso, late.uploaded.iso, late.due.iso,
                              String(late.workingDaysLate), late.source.rawValue].joined(separator: "\t"))
            }
        }
        return header + lines.joined(separator: "\n") + "\n"
    }

    /// One sentence per fact that differs between the recorded file and the build, naming the record.
    static func differences(recorded: String, built: String) -> [String] {
        func facts(_ text: String) -> [(key: String, line: String)] {
            text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                return (columns.prefix(2).joined(separator: " "), String(line))
            }
        }
        let old = facts(recorded), new = facts(built)
        let oldByKey = Dictionary(old.map { ($0.key, $0.line) }, uniquingKeysWith: { a, _ in a })
        let newByKey = Dictionary(new.map { ($0.key, $0.line) }, uniquingKeysWith: { a, _ in a })
        func shown(_ line: String) -> String { line.split(separator: "\t").dropFirst(2).joined(separator: " ") }
        var out: [String] = []
        for (key, line) in old {
            guard let now = newByKey[key] else { out.append("\(key): recorded «\(shown(line))», the build no longer has it"); continue }
            if now != line { out.append("\(key): recorded «\(shown(line))», the build decides «\(shown(now))»") }
        }
        for (key, line) in new where oldByKey[key] == nil { out.append("\(key): not recorded, the build has «\(shown(line))»") }
        return out
    }
}
