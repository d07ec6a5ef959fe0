import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `Parallel`, the one way the build uses both cores, and the stages that use it with enough rows to
/// take several chunks at once: results in index order, the first error wins, counters add up. Run
/// under the thread sanitizer by `make tsan`, these are where a data race would show.
@Suite("Parallel")
struct ParallelTests {
    typealias T = TestSupport

    struct Planted: Error, Equatable { var index: Int }

    /// Many chunks on every core: the results come back in index order, whatever the scheduling.
    @Test func mapKeepsIndexOrder() {
        let squares = Parallel.map(10_000, chunk: 64) { $0 * $0 }
        #expect(squares == (0..<10_000).map { $0 * $0 })
        let throwing = try? Parallel.map(10_000, chunk: 64) { (i: Int) throws -> Int in i + 1 }
        #expect(throwing == Array(1...10_000))
        let texts: [String] = Array(0..<5_000).concurrentMap(chunk: 100) { String($0) }
        #expect(texts == (0..<5_000).map { String($0) })
    }

    /// An error thrown in one chunk is rethrown, and the chunks after it stop early.
    @Test func firstErrorIsRethrown() {
        let ran = Counter()
        #expect(throws: Planted(index: 3_000)) {
            try Parallel.forEach(10_000, chunk: 100) { i in
                ran.add(1)
                if i == 3_000 { throw Planted(index: i) }
            }
        }
        #expect(ran.value < 10_000)
    }

    /// Items counted from every thread reach the total exactly once, and the last report is the total.
    @Test func progressCounterAddsUp() throws {
        let reports = Counter()
        let counter = ProgressCounter("rendering", total: 20_000, unit: "pages", step: 500) { p in
            if p.done == 20_000 { reports.add(1) }
        }
        try Parallel.forEach(20_000, chunk: 250) { _ in counter.add(1) }
        #expect(reports.value == 1)
    }

    /// 6,000 penalties validated in parallel batches and 6,000 records decided in parallel: every row is
    /// accepted, in file order, and every record is shown (the shared validator and rules hold no state).
    @Test func contentAndDecisionStagesOnBothCores() async throws {
        try await T.withTemporaryFolder { dir in
            let catalog = RecordKind.penalty.catalog
            var csv = catalog.fields.map(\.code).joined(separator: ",") + "\n"
            for i in 1...6_000 {
                let fields = T.fields(T.penaltyFields, ["CF_WSH": "测市监罚〔2026〕\(i)号"])
                csv += catalog.fields.map { fields[$0.code] ?? "" }.joined(separator: ",") + "\n"
            }
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("penalties"), withIntermediateDirectories: true)
            try csv.write(to: dir.appendingPathComponent("penalties/2026.csv"), atomically: true, encoding: .utf8)
            let asOf = T.day("2026-11-22")
            let loaded = try ContentStage(contentDir: dir.path, asOf: asOf, policy: .init(), database: nil, progress: { _ in }).run()
            #expect(loaded.diagnostics == [])
            let lines: [UInt32] = loaded.index.entries.map(\.line)
            let expected: [UInt32] = (2...6_001).map { UInt32($0) }
            #expect(lines == expected)
            var history = try FeedHistory(stateDir: dir.appendingPathComponent("state").path, asOf: asOf)
            let decided = DecisionStage(asOf: asOf, policy: .init()).run(loaded.index, notices: [], history: &history)
            #expect(decided.shownCount[.penalties] == 6_000)
        }
    }
}

/// A count several threads add to.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func add(_ n: Int) { lock.withLock { count += n } }
    var value: Int { lock.withLock { count } }
}
