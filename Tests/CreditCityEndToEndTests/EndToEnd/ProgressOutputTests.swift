import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// What a build prints while it runs: stages with counts from the pipeline; on a terminal a progress
/// line, in a pipe nothing; `--quiet` only errors, `--verbose` each stage's time and count.
@Suite("Progress and verbosity", .serialized)
struct ProgressOutputTests {
    typealias T = TestSupport

    /// Progress events as the pipeline sends them, from any thread.
    final class Collector: @unchecked Sendable {
        private let lock = NSLock()
        private var events: [BuildProgress] = []
        func add(_ p: BuildProgress) { lock.withLock { events.append(p) } }
        var all: [BuildProgress] { lock.withLock { events } }
    }

    /// The pipeline reports its stages in order, with counts: records read, files written or kept.
    @Test func pipelineReportsStagesAndCounts() async throws {
        try await T.withTemporaryFolder { dir in
            let collector = Collector()
            var o = T.buildOptions(content: T.fixture("small"), in: dir)
            o.onProgress = { collector.add($0) }
            let report = try await BuildPipeline(options: o).run()
            let events = collector.all
            var stages: [String] = []
            for e in events where stages.last != e.stage { stages.append(e.stage) }
            #expect(stages == ["reading content", "applying the publication rules", "rendering pages", "writing feeds",
                               "writing feeds: licensing", "writing feeds: penalties", "writing feeds: redlist",
                               "writing feeds: blacklist", "writing feeds: the change file", "publishing"])
            #expect(events.last { $0.stage == "reading content" }?.done == 7)
            #expect(events.first { $0.stage == "applying the publication rules" }?.total == 7)
            // Every page is counted, rendered or kept: the stage ends at its total.
            let pages = events.filter { $0.stage == "rendering pages" }
            #expect(pages.allSatisfy { $0.unit == "pages" && $0.total != nil })
            #expect(pages.map(\.done).max() == pages.first?.total)
            #expect(report.filesWritten > 0)
        }
    }

    func build(_ extra: [String], content: String, in dir: URL) throws -> TestProcess.Outcome {
        try TestProcess.creditcity(["build", "--content", content, "--templates", T.templatesDir,
                                                                        "--output", dir.appendingPathComponent("Output").path,
                                                                        "--state", dir.appendingPathComponent("state").path,
                                                                        "--as-of", "2026-11-22"] + extra, timeout: 600)
    }

    /// `--quiet`: nothing at all for a good build with warnings, only the error lines for rejected rows.
    @Test func quietPrintsOnlyErrors() async throws {
        try await T.withTemporaryFolder { dir in
            let example = try build(["--quiet"], content: T.repoRoot.appendingPathComponent("Content").path, in: dir)
            #expect(example.status == 0)
            #expect(example.stderr.isEmpty, "\(example.stderr)")
            let bad = try build(["--quiet"], content: T.fixture("bad-code"), in: dir.appendingPathComponent("b"))
            #expect(bad.status == 0)
            let lines = bad.stderr.split(separator: "\n")
            #expect(!lines.isEmpty && lines.allSatisfy { $0.contains(": error: ") }, "\(bad.stderr)")
            #expect(try build(["--quiet", "--verbose"], content: T.fixture("small"), in: dir.appendingPathComponent("c")).status == 2)
        }
    }

    /// `--verbose`: one line per stage with its time and count, and the total; in a pipe no progress line.
    @Test func verbosePrintsStages() async throws {
        try await T.withTemporaryFolder { dir in
            let run = try build(["--verbose"], content: T.fixture("small"), in: dir)
            #expect(run.status == 0)
            #expect(run.stderr.range(of: #"(?m)^  reading content: [0-9.]+ s, 7 records"#, options: .regularExpression) != nil, "\(run.stderr)")
            #expect(run.stderr.range(of: #"(?m)^  rendering pages: [0-9.]+ s, [0-9,]+ pages"#, options: .regularExpression) != nil)
            #expect(run.stderr.range(of: #"(?m)^  total [0-9.]+ s$"#, options: .regularExpression) != nil)
            #expect(run.stderr.contains("build succeeded"))
            #expect(!run.stderr.contains("\u{1B}[K"))
            let plain = try build([], content: T.fixture("small"), in: dir.appendingPathComponent("p"))
            #expect(!plain.stderr.contains("\u{1B}[K") && !plain.stderr.contains("rendering pages"))
        }
    }

    /// On a terminal (util-linux `script` gives the build a pseudo-terminal) the progress line is drawn
    /// and cleared before the report.
    @Test(.enabled(if: TestProcess.find("script") != nil, "util-linux script is not installed"))
    func terminalShowsProgress() async throws {
        try await T.withTemporaryFolder { dir in
            let exe = TestSupport.creditcity
            let command = [exe, "build", "--content", T.fixture("small"), "--templates", T.templatesDir,
                           "--output", dir.appendingPathComponent("Output").path, "--state", dir.appendingPathComponent("state").path,
                           "--as-of", "2026-11-22"].map { "'\($0)'" }.joined(separator: " ")
            let run = try TestProcess.run(try #require(TestProcess.find("script")), ["-qec", command, "/dev/null"], timeout: 600)
            #expect(run.status == 0, "\(run.stdout)")
            #expect(run.stdout.contains("\r\u{1B}[K[") && run.stdout.contains("reading content"), "\(run.stdout.debugDescription)")
            // The last stage's line is cleared, and the report starts on a clean line.
            #expect(run.stdout.contains("publishing…\r\u{1B}[Klicensing:"), "\(run.stdout.debugDescription)")
            #expect(run.stdout.contains("build succeeded"))
        }
    }
}
