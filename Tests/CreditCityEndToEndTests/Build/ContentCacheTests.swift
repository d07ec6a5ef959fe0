import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The content cache in the state database (issue 12, item 1): a rebuild reads only the data files
/// that changed, and reports exactly what a build that read everything reports.
@Suite("Content cache")
struct ContentCacheTests {
    typealias T = TestSupport

    /// A copy of Fixtures/bad-code (one rejected row) plus the small site's other folders.
    static func content(in dir: URL) throws -> String {
        let content = try T.copyFixture("small", into: dir)
        let penalties = content + "/penalties/bad-code.csv"
        try FileManager.default.copyItem(atPath: T.fixture("bad-code") + "/penalties/2026.csv", toPath: penalties)
        return content
    }

    func build(_ o: BuildOptions) async throws -> BuildReport { try await BuildPipeline(options: o).run() }

    /// The report of a build with an empty state folder: every file read.
    func fresh(_ o: BuildOptions, in dir: URL) async throws -> BuildReport {
        var clean = o
        clean.stateDir = dir.appendingPathComponent("fresh-\(UUID().uuidString)").path
        clean.outputDir = dir.appendingPathComponent("fresh-out-\(UUID().uuidString)").path
        return try await build(clean)
    }

    @Test("unchanged, touched, edited, and revalidated files")
    func cache() async throws {
        try await T.withTemporaryFolder { dir in
            var o = T.buildOptions(content: try Self.content(in: dir), in: dir)
            let first = try await build(o)
            #expect(first.contentFilesRead == 4 && first.contentFilesReused == 0)
            #expect(first.rejectedCount == 1)

            // Nothing changed: nothing read, the same report.
            let second = try await build(o)
            #expect(second.contentFilesRead == 0 && second.contentFilesReused == 4)
            #expect(second.diagnostics == first.diagnostics)
            #expect(second.shown == first.shown && second.hidden == first.hidden)

            // Touched (new times, same bytes): read to hash it, but reused.
            let csv = o.contentDir + "/penalties/2026.csv"
            try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000)], ofItemAtPath: csv)
            let touched = try await build(o)
            #expect(touched.contentFilesRead == 0 && touched.contentFilesReused == 4)

            // Edited: that file is read again, and the report is what a build from nothing gives.
            let text = try String(contentsOfFile: csv, encoding: .utf8)
            try text.replacingOccurrences(of: "罚款十万元", with: "罚款十万元，已缴纳").write(toFile: csv, atomically: true, encoding: .utf8)
            let edited = try await build(o)
            #expect(edited.contentFilesRead == 1 && edited.contentFilesReused == 3)
            let reference = try await fresh(o, in: dir)
            #expect(edited.diagnostics == reference.diagnostics)
            #expect(edited.shown == reference.shown && edited.hidden == reference.hidden)

            // A build day before a file's latest decision: its rows are validated again for that day.
            o.asOf = T.day("2026-05-15")
            let earlier = try await build(o)
            #expect(earlier.contentFilesRead > 0)
            let earlierReference = try await fresh(o, in: dir)
            #expect(earlier.diagnostics == earlierReference.diagnostics)

            // Another status_codes map changes how 当前状态 is read: every record file again.
            o.asOf = T.day("2026-11-22")
            let yaml = o.contentDir + "/site.yaml"
            let site = try String(contentsOfFile: yaml, encoding: .utf8)
            try site.replacingOccurrences(of: "\"2\": 无效", with: "\"2\": 撤销").write(toFile: yaml, atomically: true, encoding: .utf8)
            let policy = try await build(o)
            #expect(policy.contentFilesRead == 4)
        }
    }

    /// Workbooks (diagnostics at `file.xlsx[sheet]:row`), the 2016 template and a missing authority: the
    /// second build reads nothing and reports every line as the first did.
    @Test("workbooks and the 2016 template from the cache")
    func workbooks() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            for name in ["no-header-openpyxl.xlsx", "damaged-sheet.xlsx"] {
                try FileManager.default.copyItem(atPath: T.fixture("workbooks/\(name)"), toPath: "\(content)/penalties/\(name)")
            }
            let o = T.buildOptions(content: content, in: dir)
            let first = try await build(o)
            #expect(first.diagnostics.contains { $0.file.hasSuffix("]") })
            let second = try await build(o)
            #expect(second.contentFilesRead == 0 && second.contentFilesReused == first.contentFilesRead)
            #expect(second.diagnostics == first.diagnostics)
            #expect(second.shown == first.shown && second.hidden == first.hidden)
        }
    }
}
