import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The feeds of Fixtures/small, byte for byte, against Fixtures/golden/feeds/: the manifest, every
/// dataset file, the statistics, the schemas, and the change files of two days, the second after a
/// penalty was added, one changed and a red-list entry expired.
///
/// After a deliberate change of the feeds, re-record with
/// `CREDITCITY_RECORD_GOLDEN=1 swift test --filter FeedGoldenTests` and review the diff of the goldens.
@Suite("Golden feeds")
struct FeedGoldenTests {
    typealias T = TestSupport
    static let goldenDir = T.fixturesDir.appendingPathComponent("golden/feeds").path

    /// Fixtures/small on the next day: 测市监罚〔2026〕1号's 处罚内容 corrected, 测市监罚〔2026〕4号 added,
    /// and the red-list entry's 有效期至 moved to the first day, so it is withdrawn as expired.
    static func nextDay(in dir: URL) throws -> String {
        let content = try T.copyFixture("small", into: dir)
        let penalties = content + "/penalties/2026.csv"
        var csv = try String(contentsOfFile: penalties, encoding: .utf8)
        csv = csv.replacingOccurrences(of: "罚款十万元", with: "罚款十万元，已缴纳")
        csv += "测试市第四建材有限公司,法人及非法人组织,91420500MA4K00003N,,,,,测市监罚〔2026〕4号,违反产品质量法,销售不合格建材,"
            + "《产品质量法》第四十九条,罚款,罚款十万元,10,2026-09-01,测试市市场监督管理局,11420500MB00000011,测试市市场监督管理局,11420500MB00000011\n"
        try csv.write(toFile: penalties, atomically: true, encoding: .utf8)
        let lists = content + "/lists/2026.csv"
        let text = try String(contentsOfFile: lists, encoding: .utf8)
        try text.replacingOccurrences(of: "2026-04-01,2027-03-31", with: "2026-04-01,2026-11-21").write(toFile: lists, atomically: true, encoding: .utf8)
        return content
    }

    @Test("Fixtures/small feeds over two days match the goldens")
    func feeds() async throws {
        try await T.withTemporaryFolder { dir in
            let first = T.buildOptions(content: T.fixture("small"), in: dir, asOf: T.day("2026-11-21"))
            _ = try await BuildPipeline(options: first).run()
            var second = T.buildOptions(content: try Self.nextDay(in: dir), in: dir, asOf: T.day("2026-11-22"))
            second.outputDir = first.outputDir
            let report = try await BuildPipeline(options: second).run()
            #expect(report.diagnostics == [])
            let feeds = T.files(under: second.outputDir + "/feeds")
            #expect(feeds["changes/2026-11-22.json"] != nil)
            try Golden.check(feeds, against: Self.goldenDir)
        }
    }
}
