import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Whole builds of successive content versions: a portal that starts from the first build's dataset
/// files and applies each change file in order ends with exactly the current dataset files.
@Suite("Feed replay")
struct FeedReplayTests {
    /// One site folder with its content, output and state, built version after version.
    struct Site {
        let root: URL
        var content: String { root.appendingPathComponent("Content").path }
        var feeds: String { root.appendingPathComponent("Output/feeds").path }

        func build(_ day: String) async throws -> BuildReport {
            guard case .success(.day(let asOf)) = DateParsing.parse(day) else { throw CocoaError(.formatting) }
            let options = TestSupport.buildOptions(content: content, in: root, asOf: asOf)
            return try await BuildPipeline(options: options).run()
        }

        /// Replaces `old` by `new` in a content file (exactly once), or appends `new` when `old` is nil.
        func edit(_ file: String, replacing old: String? = nil, with new: String) throws {
            let path = content + "/" + file
            var text = try String(contentsOfFile: path, encoding: .utf8)
            if let old {
                #expect(text.components(separatedBy: old).count == 2, "\(old) once in \(file)")
                text = text.replacingOccurrences(of: old, with: new)
            } else {
                if !text.hasSuffix("\n") { text += "\n" }
                text += new
            }
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }

        func json(_ relative: String) throws -> [String: Any] {
            let data = try Data(contentsOf: URL(fileURLWithPath: feeds + "/" + relative))
            return try Self.cast(try JSONSerialization.jsonObject(with: data))
        }

        /// Every record of every dataset file, keyed by dataset and id, as canonical JSON text.
        func records() throws -> [String: [String: String]] {
            var out: [String: [String: String]] = [:]
            let datasets: [String: [String: Any]] = try Self.cast(try json("manifest.json")["datasets"])
            for (name, entry) in datasets {
                out[name] = [:]
                for file in try Self.cast(entry["files"]) as [[String: Any]] {
                    for record in try Self.cast(try json(try Self.cast(file["path"]))["records"]) as [[String: Any]] {
                        out[name]?[try Self.cast(record["id"]) as String] = try Self.canonical(record)
                    }
                }
            }
            return out
        }

        /// `value` as a `T`, or a thrown failure naming what was expected.
        static func cast<T>(_ value: Any?, _ what: String = "\(T.self)") throws -> T {
            guard let v = value as? T else { throw Mismatch(description: "expected \(what), got \(String(describing: value))") }
            return v
        }

        static func canonical(_ object: Any) throws -> String {
            String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    struct Mismatch: Error, CustomStringConvertible { var description: String }

    static func makeSite() throws -> Site {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-feeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestSupport.fixture("small"),
                                         toPath: root.appendingPathComponent("Content").path)
        return Site(root: root)
    }

    /// Five content versions over four days (edits, a new record, a 撤销, a same-day rebuild that drops
    /// the new record again, an as-of day past an expiry): replaying the kept change files on the
    /// first build's records gives the last build's records, ids and contents alike.
    @Test("replaying change files reproduces the current snapshot")
    func replay() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site.root) }

        _ = try await site.build("2026-11-01")
        let first = try site.records()
        #expect(first["licensing"]?.count == 1 && first["penalties"]?.count == 2 && first["redlist"]?.count == 1)

        // Day 2: an edited penalty and a new one.
        try site.edit("penalties/2026.csv", replacing: "罚款十万元", with: "罚款十万元，没收违法所得")
        try site.edit("penalties/2026.csv", with: "测试市鑫达物流有限公司,法人及非法人组织,91420500MA4K00004R,,,,,测市监罚〔2026〕9号,超限运输,超限运输,《公路法》第七十六条,罚款,罚款五万元,5,2026-10-20,测试市市场监督管理局,11420500MB00000011,测试市市场监督管理局,11420500MB00000011\n")
        let day2 = try await site.build("2026-11-02")
        #expect(day2.feedChanges?.added.count == 1 && day2.feedChanges?.updated.count == 1)

        // Day 3: the food licence is revoked.
        try site.edit("events/2026.csv", with: "行政许可,测市监许〔2026〕1号,测试市市场监督管理局,撤销,2026-11-03,许可被依法撤销\n")
        let revokedID = try #require(first["licensing"]?.keys.first)
        _ = try await site.build("2026-11-03")
        // Same day again: a black-list subject is renamed and the day-2 penalty is gone from the content.
        try site.edit("penalties/2026.csv", replacing: "测试市鑫达物流有限公司", with: "测试市鑫达物流有限公司（已删除）")
        let penaltiesText = try String(contentsOfFile: site.content + "/penalties/2026.csv", encoding: .utf8)
        try penaltiesText.split(separator: "\n").filter { !$0.contains("（已删除）") }.joined(separator: "\n")
            .appending("\n").write(toFile: site.content + "/penalties/2026.csv", atomically: true, encoding: .utf8)
        try site.edit("lists/2026.csv", replacing: "测试市恒通建材有限公司,法人及非法人组织,91420500MA4K00001G,测试市中级人民法院",
                      with: "测试市恒通建材有限责任公司,法人及非法人组织,91420500MA4K00001G,测试市中级人民法院")
        let day3 = try await site.build("2026-11-03")
        let day3File = try site.json("changes/2026-11-03.json")
        #expect(day3File["since"] as? String == "2026-11-02")
        let withdrawn3 = try Site.cast(day3File["withdrawn"]) as [[String: String]]
        #expect(withdrawn3.contains { $0["id"] == revokedID && $0["dataset"] == "licensing" && $0["reason"] == "revoked" })
        #expect(withdrawn3.contains { $0["dataset"] == "penalties" && $0["reason"] == "removed" })
        #expect(day3.feedChanges?.withdrawn.count == 2)
        #expect(day3.feedChanges?.updated.map(\.dataset) == [.blacklist])
        #expect(try site.records()["licensing"]?[revokedID] == nil)

        // Day 4, months later: the red-list entry (有效期至 2027-03-31) has expired.
        let day4 = try await site.build("2027-04-01")
        let withdrawn4 = try Site.cast(try site.json("changes/2027-04-01.json")["withdrawn"]) as [[String: String]]
        #expect(withdrawn4.map { $0["reason"] } == ["expired"])
        #expect(withdrawn4.first?["dataset"] == "redlist")
        #expect(day4.feedChanges?.added.isEmpty == true)

        // The portal: the first build's records, then every later change file in index order.
        let index = try Site.cast(try site.json("changes/index.json")["files"]) as [[String: Any]]
        #expect(index.compactMap { $0["asOf"] as? String } == ["2026-11-01", "2026-11-02", "2026-11-03", "2027-04-01"])
        var portal = first
        for entry in index.dropFirst() {
            let file = try site.json(try Site.cast(entry["path"]))
            for key in ["added", "updated"] {
                for change in try Site.cast(file[key]) as [[String: Any]] {
                    let dataset: String = try Site.cast(change["dataset"]), id: String = try Site.cast(change["id"])
                    if key == "added" { #expect(portal[dataset]?[id] == nil) } else { #expect(portal[dataset]?[id] != nil) }
                    portal[dataset, default: [:]][id] = try Site.canonical(try Site.cast(change["record"]) as [String: Any])
                }
            }
            for change in try Site.cast(file["withdrawn"]) as [[String: String]] {
                let dataset: String = try Site.cast(change["dataset"]), id: String = try Site.cast(change["id"])
                #expect(portal[dataset]?.removeValue(forKey: id) != nil)
            }
        }
        let current = try site.records()
        #expect(portal == current)
        #expect(current["licensing"]?[revokedID] == nil)
    }

    /// A rebuild of the same content on the same day rewrites that day's change file identically: it
    /// still runs from the earlier day's snapshot, not from the first build of the day.
    @Test("same-day rebuild runs from the earlier day")
    func sameDay() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await site.build("2026-11-01")
        try site.edit("penalties/2026.csv", replacing: "罚款十万元", with: "罚款十万元整")
        _ = try await site.build("2026-11-02")
        let once = try Data(contentsOf: URL(fileURLWithPath: site.feeds + "/changes/2026-11-02.json"))
        // Nothing changed at all: the build stops on its whole-build key and writes nothing.
        let unchanged = try await site.build("2026-11-02")
        #expect(unchanged.unchanged && unchanged.filesWritten == 0 && unchanged.contentFilesRead == 0)
        // The file touched (same bytes, new times): the build runs through, from the earlier day's snapshot.
        let penalties = site.content + "/penalties/2026.csv"
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: penalties)
        let again = try await site.build("2026-11-02")
        #expect(!again.unchanged)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.feeds + "/changes/2026-11-02.json")) == once)
        #expect(again.feedChanges?.updated.count == 1)
        #expect(try site.json("changes/2026-11-01.json")["since"] is NSNull)
    }
    /// The first build's change file holds every record (half a gigabyte at a million): the next day's
    /// build finds it in Output/ by its key and neither reads nor copies the state folder's.
    @Test("an earlier day's change file is kept from Output/ unread")
    func earlierChangeFileKeptUnread() async throws {
        let site = try Self.makeSite()
        defer { try? FileManager.default.removeItem(at: site.root) }
        _ = try await site.build("2026-11-01")
        let first = try Data(contentsOf: URL(fileURLWithPath: site.feeds + "/changes/2026-11-01.json"))
        // Other bytes in the state folder's copy: a build that read it would publish them.
        let kept = site.root.appendingPathComponent("state/feeds/changes/2026-11-01.json").path
        #expect(try Data(contentsOf: URL(fileURLWithPath: kept)) == first)
        try FileManager.default.removeItem(atPath: kept)
        try Data("{}".utf8).write(to: URL(fileURLWithPath: kept))
        try site.edit("penalties/2026.csv", replacing: "罚款十万元", with: "罚款十万元整")
        let next = try await site.build("2026-11-02")
        #expect(next.feedChanges?.updated.count == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: site.feeds + "/changes/2026-11-01.json")) == first)
        let index = try site.json("changes/index.json")
        let files: [[String: Any]] = try Site.cast(index["files"])
        #expect(files.compactMap { $0["asOf"] as? String } == ["2026-11-01", "2026-11-02"])
    }
}
