import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Record ids are assigned over every record at load, shown or not (SPEC section 3): two entries that
/// share a public identity keep their `-2` suffix when the other one is hidden, and the hidden one is
/// withdrawn under its own id with its own reason.
@Suite("Stable ids of twins")
struct StableIDTests {
    typealias T = TestSupport

    /// Two ID numbers that differ but share the four characters kept at each end, so the masked form
    /// (and with it the public identity) is the same.
    static func twinNumbers() throws -> (String, String) {
        let first = T.idNumber(birth: T.day("1980-01-01"), sequence: "001")
        var day = T.day("1980-01-02")
        while T.idNumber(birth: day, sequence: "001").suffix(4) != first.suffix(4) { day = day.adding(days: 1) }
        let second = T.idNumber(birth: day, sequence: "001")
        try #require(first != second && first.prefix(4) == second.prefix(4))
        return (first, second)
    }

    /// The small site plus two black-list entries of two people whose masked identities are equal;
    /// `removeFirst` ends the first one's listing on 2026-11-20.
    static func content(in dir: URL, removeFirst: Bool) throws -> String {
        let content = dir.appendingPathComponent(removeFirst ? "content-b" : "content-a").path
        try FileManager.default.copyItem(atPath: T.fixture("small"), toPath: content)
        let (a, b) = try twinNumbers()
        let csv = """
            MD_LB,MD_MC,MD_XDR_MC,MD_XDR_LB,MD_XDR_ZJLX,MD_XDR_ZJHM,MD_RDBM,MD_RDWH,MD_RDRQ,MD_YXQZ,MD_YCRQ
            黑名单,失信被执行人,王小明,自然人,身份证,\(a),测试市中级人民法院,（2026）测执30号,2026-03-01,长期,\(removeFirst ? "2026-11-20" : "")
            黑名单,失信被执行人,王小明,自然人,身份证,\(b),测试市中级人民法院,（2026）测执30号,2026-03-01,长期,

            """
        try csv.write(toFile: content + "/lists/twins.csv", atomically: true, encoding: .utf8)
        return content
    }

    func blacklistIDs(_ output: String) throws -> [String] {
        let data = try #require(FileManager.default.contents(atPath: output + "/feeds/blacklist/0001.json"))
        let feed = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        return try #require(feed["records"] as? [[String: Any]]).compactMap { $0["id"] as? String }
    }

    @Test("a hidden twin keeps its id, and the other keeps its own")
    func twinBecomesHidden() async throws {
        try await T.withTemporaryFolder { dir in
            var options = T.buildOptions(content: try Self.content(in: dir, removeFirst: false), in: dir)
            _ = try await BuildPipeline(options: options).run()
            let before = try blacklistIDs(options.outputDir)
            let twins = before.filter { $0.hasSuffix("-2") }
            try #require(twins.count == 1, "expected one -2 id among \(before)")
            let second = try #require(twins.first), first = String(second.dropLast(2))
            #expect(before.contains(first))

            // The next day the first listing has ended: only the second is shown, still as -2.
            options.contentDir = try Self.content(in: dir, removeFirst: true)
            options.asOf = T.day("2026-11-23")
            let report = try await BuildPipeline(options: options).run()
            let after = try blacklistIDs(options.outputDir)
            #expect(after.contains(second))
            #expect(!after.contains(first))
            #expect(FileManager.default.fileExists(atPath: options.outputDir + "/blacklist/\(second)/index.html"))
            #expect(!FileManager.default.fileExists(atPath: options.outputDir + "/blacklist/\(first)/index.html"))
            let withdrawn = try #require(report.feedChanges).withdrawn
            #expect(withdrawn == [ChangeSet.Withdrawal(.blacklist, first, .expired)])
            #expect(report.feedChanges?.updated.contains { $0.id == second } == false)
        }
    }
}
