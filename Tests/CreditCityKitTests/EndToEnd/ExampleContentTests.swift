import Foundation
import Testing
@testable import CreditCityKit

/// The example city of `make site` (Content/) on the reference day: it validates cleanly, exercises
/// every hidden reason, and a one-penalty change rewrites only the files that show that penalty.
@Suite("Example content", .serialized)
struct ExampleContentTests {
    static let content = TestSupport.repoRoot.appendingPathComponent("Content").path

    func options(_ content: String, _ dir: URL) -> BuildOptions {
        TestSupport.buildOptions(content: content, in: dir)
    }

    /// No rejection, and every reason a record can be hidden for occurs at least once in the report.
    @Test func everyHiddenReasonOccurs() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            var o = options(Self.content, dir)
            o.writeOutput = false
            let report = try await BuildPipeline(options: o).run()
            #expect(report.rejectedCount == 0, "\(report.diagnostics.filter { $0.severity == .error })")
            let seen = Set(report.hidden.values.flatMap { $0.filter { $0.value > 0 }.keys })
            #expect(seen == Set(Decision.HiddenReason.allCases), "missing: \(Set(Decision.HiddenReason.allCases).subtracting(seen))")
        }
    }

    /// After one penalty's 处罚内容 changes, the files with new bytes are its record page, the penalty
    /// feed file, the manifest and the day's change files; the report counts exactly those.
    @Test func onePenaltyChangeWritesOnlyWhatShowsIt() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let copy = dir.appendingPathComponent("Content").path
            try FileManager.default.copyItem(atPath: Self.content, toPath: copy)
            let first = try await BuildPipeline(options: options(copy, dir)).run()
            #expect(first.filesKept == 0)
            let output = dir.appendingPathComponent("Output").path
            let before = TestSupport.inodes(under: output)

            let csv = copy + "/penalties/2026-q3-q4.csv"
            let text = try String(contentsOfFile: csv, encoding: .utf8)
            let original = "罚款人民币"
            try #require(text.contains(original))
            let range = try #require(text.range(of: original))
            try text.replacingCharacters(in: range, with: "罚款（已缴纳）人民币").write(toFile: csv, atomically: true, encoding: .utf8)

            let second = try await BuildPipeline(options: options(copy, dir)).run()
            let after = TestSupport.inodes(under: output)
            let rewritten = after.keys.filter { before[$0] != after[$0] }.sorted()
            let expected: (String) -> Bool = { path in
                path == "feeds/manifest.json" || path == "feeds/penalties/0001.json" || path.hasPrefix("feeds/changes/")
                    || (path.hasPrefix("penalties/cf-") && path.hasSuffix("/index.html"))
            }
            #expect(rewritten.allSatisfy(expected), "unexpected rewrites: \(rewritten.filter { !expected($0) })")
            #expect(rewritten.filter { $0.hasPrefix("penalties/cf-") }.count == 1)
            #expect(second.filesWritten == rewritten.count)
            #expect(second.filesRemoved == 0)
            #expect(second.filesKept == after.count - rewritten.count)
        }
    }
}
