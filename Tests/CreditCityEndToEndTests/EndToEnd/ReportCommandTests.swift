import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity report` as the office runs it: on the example city it finds exactly the late decisions
/// recorded in docs/example-expectations.tsv (first checked against an independent calendar); the
/// CSV and HTML go to `<state>/reports/` and nothing to Output/; exit 0, 1 only for unreadable input,
/// 2 for a bad option. A build notes first-seen days in the same state database.
@Suite("report command", .serialized)
struct ReportCommandTests {
    typealias T = TestSupport
    static let content = T.repoRoot.appendingPathComponent("Content").path

    /// A late decision as docs/example-expectations.tsv records it.
    struct Late {
        var number, department, kind, decided, uploaded, due, days, source: String
    }

    /// The late decisions of docs/example-expectations.tsv (`late` lines).
    static func expectedLate() throws -> [Late] {
        let text = try String(contentsOf: T.repoRoot.appendingPathComponent("docs/example-expectations.tsv"), encoding: .utf8)
        return text.split(separator: "\n").filter { $0.hasPrefix("late\t") }.map { line in
            let c = line.split(separator: "\t", omittingEmptySubsequences: false).dropFirst().map(String.init)
            return Late(number: c[0], department: c[1], kind: c[2], decided: c[3], uploaded: c[4], due: c[5], days: c[6], source: c[7])
        }
    }

    func run(_ arguments: [String]) throws -> TestProcess.Outcome {
        try TestProcess.creditcity(arguments, timeout: 600)
    }

    @Test func exampleCityMatchesTheRecordedExpectations() async throws {
        try await T.withTemporaryFolder { dir in
            let state = dir.appendingPathComponent("state").path
            let expected = try Self.expectedLate()
            #expect(expected.count >= 5)
            let table = try run(["report", "--content", Self.content, "--state", state, "--as-of", "2026-11-22"])
            #expect(table.status == 0, "\(table.stderr)")
            for late in expected {
                // In the department's block: 文书号, 类别, decided, uploaded, due, days late, where the upload day is from.
                let pattern = "\(late.number)\\s+\(late.kind)\\s+\(late.decided)\\s+\(late.uploaded)\\s+\(late.due)\\s+\(late.days)\\s+\(late.source)"
                #expect(table.stdout.range(of: pattern, options: .regularExpression) != nil, "\(late)")
            }
            let lateRows = table.stdout.split(separator: "\n").filter { $0.contains("数据更新时间") || $0.contains("首次构建") }
            #expect(lateRows.count == expected.count)
            #expect(table.stdout.contains("合计"))

            for format in ["csv", "html"] {
                let r = try run(["report", "--content", Self.content, "--state", state, "--as-of", "2026-11-22", "--format", format])
                #expect(r.status == 0 && r.stdout.isEmpty, "\(r.stderr)")
                let file = state + "/reports/timeliness-2026-01-01-to-2026-11-22.\(format)"
                #expect(r.stderr.contains("wrote \(file)"))
                let data = try Data(contentsOf: URL(fileURLWithPath: file))
                let text = String(decoding: data, as: UTF8.self)
                for late in expected { #expect(text.contains(late.number), "\(format): \(late.number)") }
            }
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output").path))
        }
    }

    /// --from and --to choose the decisions counted; reversed or malformed days are usage errors (2);
    /// a content folder without site.yaml cannot be read (1).
    @Test func periodsAndExitStatuses() async throws {
        try await T.withTemporaryFolder { dir in
            let state = dir.appendingPathComponent("state").path
            let october = try run(["report", "--content", Self.content, "--state", state, "--as-of", "2026-11-22",
                                   "--from", "2026-10-01", "--to", "2026-10-31"])
            #expect(october.status == 0)
            #expect(october.stdout.contains("2026-10-01 至 2026-10-31"))
            let expected = try Self.expectedLate().filter { $0.decided.hasPrefix("2026-10") }
            let lateRows = october.stdout.split(separator: "\n").filter { $0.contains("数据更新时间") || $0.contains("首次构建") }
            #expect(lateRows.count == expected.count)
            #expect(try run(["report", "--content", Self.content, "--state", state, "--from", "2026-11-30", "--to", "2026-11-01"]).status == 2)
            #expect(try run(["report", "--content", Self.content, "--state", state, "--from", "yesterday"]).status == 2)
            let missing = try run(["report", "--content", dir.appendingPathComponent("nothing").path, "--state", state])
            #expect(missing.status == 1)
            #expect(missing.stderr.contains("site.yaml"))
        }
    }

    /// `build` notes the first-seen day of every decision: a report with no SJC anywhere then uses the
    /// build's day, not its own.
    @Test func buildNotesFirstSeenDays() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("small", into: dir)
            let state = dir.appendingPathComponent("state").path
            let build = try run(["build", "--content", content, "--templates", T.templatesDir, "--output", dir.appendingPathComponent("Output").path,
                                 "--state", state, "--as-of", "2026-08-05"])
            #expect(build.status == 0, "\(build.stderr)")
            #expect(FileManager.default.fileExists(atPath: state + "/state.sqlite"))
            // 测市监罚〔2026〕2号 was decided 2026-07-01 (due 07-10): seen by the build on 08-05, 18 working days
            // late; by the report's own day (12-01) it would be far more.
            let report = try run(["report", "--content", content, "--state", state, "--as-of", "2026-12-01"])
            #expect(report.status == 0)
            #expect(report.stdout.range(of: #"测市监罚〔2026〕2号\s+行政处罚\s+2026-07-01\s+2026-08-05\s+2026-07-10\s+18\s+首次构建"#,
                                        options: .regularExpression) != nil, "\(report.stdout)")
        }
    }
}
