import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The timeliness report from content and the state folder: upload days from SJC or from the first
/// build that saw a record, deadlines in working days (site.yaml holidays included), rejected rows per
/// department and reason, the period, and a ledger that never stores a record's key.
@Suite("Timeliness report", .serialized)
struct TimelinessReportTests {
    typealias T = TestSupport
    static let market = "测试市市场监督管理局", transport = "测试市交通运输局", urban = "测试市城市管理执法委员会"

    /// A penalty of `T.penaltyFields` with its own 文书号, decision day, source department and SJC.
    static func penalty(_ number: Int, decided: String, source: String = market, sjc: String? = nil,
                        _ changes: [String: String?] = [:]) -> [String: String] {
        var f = T.fields(T.penaltyFields, ["CF_WSH": "测市监罚〔2026〕\(number)号", "CF_JDRQ": decided, "CF_SJLY": source, "SJC": sjc])
        for (k, v) in changes { f[k] = v }
        return f
    }

    /// CSV text with the given columns, in order.
    static func csv(_ columns: [String], _ rows: [[String: String]]) -> String {
        let quote: (String) -> String = { $0.contains(",") || $0.contains("\"") ? "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : $0 }
        return ([columns.joined(separator: ",")] + rows.map { r in columns.map { quote(r[$0] ?? "") }.joined(separator: ",") })
            .joined(separator: "\n") + "\n"
    }

    static let penaltyColumns = ["CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR",
                                 "CF_NR_FK", "CF_JDRQ", "CF_CFJG", "CF_CFJGDM", "CF_SJLY", "CF_SJLYDM", "SJC"]

    /// The content: decisions of November 2026 from three departments, with and without SJC.
    static func content(in dir: URL, holidays: String = "", withLater: Bool = true) throws -> String {
        let content = dir.appendingPathComponent("Content").path
        let w = FileTreeWriter(root: content)
        try w.write("site.yaml", text: "name: 信用测试市\nregion_code: \"420500\"\nbase_url: https://credit.test.example/\noffice: 测试市信用办\n" + holidays)
        var penalties = [
            penalty(3, decided: "2026-11-02", source: transport),                       // no SJC: first seen by the 11-05 build
            penalty(5, decided: "2026-11-03", source: transport, sjc: "soon"),          // unreadable SJC: first seen 11-05
            penalty(9, decided: "2025-06-01", ["CF_XDR_SHXYM": "91420500MA4K00001X"]),  // rejected, before the period
        ]
        if withLater {
            penalties += [
                penalty(1, decided: "2026-11-20", sjc: "2026-12-01 10:00:00"),           // the 7th working day: on time
                penalty(2, decided: "2026-11-20", sjc: "2026/12/02"),                   // one working day late
                penalty(4, decided: "2026-11-02", source: transport),                   // no SJC, first seen by the report (12-10)
                penalty(6, decided: "2026-11-20", ["CF_XDR_SHXYM": "91420500MA4K00001X"]), // rejected: check character
                penalty(7, decided: "2026-11-21", source: urban, ["CF_SY": nil]),        // rejected: 违法事实 missing
                penalty(8, decided: "2026-11-22", source: "", ["CF_CFJG": nil]),         // rejected, no department at all
            ]
        }
        try w.write("penalties/2026.csv", text: csv(penaltyColumns, penalties))
        try w.write("penalties/old.csv", text: "CF_WSH,CF_JDRQ\n测市监罚〔2026〕99号,2026-11-10\n") // a whole file rejected
        let licence = T.fields(T.licensingFields, ["XK_JDRQ": "2026-11-16", "XK_YXQZ": "2026-11-16", "SJC": "20261127093000"])
        let columns = ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKBH", "XK_NR", "XK_JDRQ",
                       "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "SJC"]
        try w.write("licensing/2026.csv", text: csv(columns, [licence]))
        return content
    }

    static func report(_ content: String, _ dir: URL, asOf: String = "2026-12-10") throws -> TimelinessReport {
        var builder = TimelinessReportBuilder(asOf: T.day(asOf))
        builder.contentDir = content
        builder.stateDir = dir.appendingPathComponent("state").path
        builder.from = T.day("2026-11-01")
        builder.to = T.day("2026-11-30")
        return try builder.run()
    }

    /// A build on 11-05 notes the decisions it sees; the report on 12-10 counts each department.
    @Test func countsPerDepartment() async throws {
        try await T.withTemporaryFolder { dir in
            // The first build sees only what existed on 11-05.
            let early = try Self.content(in: dir, withLater: false)
            var o = T.buildOptions(content: early, in: dir, asOf: T.day("2026-11-05"))
            o.writeOutput = false
            _ = try await BuildPipeline(options: o).run()
            let content = try Self.content(in: dir.appendingPathComponent("later"))
            let r = try Self.report(content, dir)

            #expect(r.from == T.day("2026-11-01") && r.to == T.day("2026-11-30"))
            #expect(r.departments.map(\.name) == [Self.market, Self.transport, Self.urban, TimelinessReportBuilder.unnamed])
            let market = try #require(r.departments.first { $0.name == Self.market })
            #expect(market.penalties == 2 && market.licensing == 1)
            #expect(market.rejected == ["统一社会信用代码校验位错误": 1])
            #expect(market.late.map(\.documentNumber) == ["测市监许〔2026〕1号", "测市监罚〔2026〕2号"])
            let licence = try #require(market.late.first)
            #expect(licence.kind == .licensing && licence.decided == T.day("2026-11-16") && licence.uploaded == T.day("2026-11-27"))
            #expect(licence.due == T.day("2026-11-25") && licence.workingDaysLate == 2 && licence.source == .sjc)
            #expect(market.late[1].due == T.day("2026-12-01") && market.late[1].workingDaysLate == 1)

            let transport = try #require(r.departments.first { $0.name == Self.transport })
            #expect(transport.accepted == 3 && transport.rejectedCount == 0)
            // 3 and 5 were first seen on 11-05 (on time); 4 only by the report, on 12-10: 21 working days late.
            #expect(transport.late.map(\.documentNumber) == ["测市监罚〔2026〕4号"])
            #expect(transport.late.first?.source == .firstSeen && transport.late.first?.uploaded == T.day("2026-12-10"))
            #expect(transport.late.first?.due == T.day("2026-11-11") && transport.late.first?.workingDaysLate == 21)
            #expect(r.unreadableUploadTimes == 1)

            #expect(r.departments.first { $0.name == Self.urban }?.rejected == ["违法事实缺失": 1])
            #expect(r.departments.last?.rejectedCount == 1)
            // The whole-file rejection cannot be tied to a department; it is listed on its own.
            #expect(r.unattributed.count == 1 && r.unattributed.first?.file.hasSuffix("penalties/old.csv") == true)
            #expect(r.totalAccepted == 6 && r.totalRejected == 3 && r.totalLate == 3)
        }
    }

    /// A day off in site.yaml moves the deadline: decided 11-20 with 11-30 off, the 7th working day is
    /// 12-02, so the upload of 12-02 is on time.
    @Test func siteHolidaysMoveTheDeadline() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir, holidays: "holidays:\n  - {date: 2026-11-30, off: true}\n")
            let r = try Self.report(content, dir)
            let market = try #require(r.departments.first { $0.name == Self.market })
            #expect(market.late.map(\.documentNumber) == ["测市监许〔2026〕1号"])
        }
    }

    /// The ledger keeps the earliest day a record was seen, and stores hashes only: neither a 文书号 nor
    /// an authority's code is in the database file.
    @Test func ledgerKeepsTheEarliestDayAndNoKeys() async throws {
        try await T.withTemporaryFolder { dir in
            let state = dir.appendingPathComponent("state").path
            let db = try StateDatabase(stateDir: state)
            // The ledger has its migration (other features add their own).
            #expect(try db.appliedMigrations().contains("firstSeen"))
            let record = try T.record(.penalty, T.penaltyFields)
            let hash = RecordKeyHash(record)
            try db.noteSeen([record], on: T.day("2026-11-10"))
            try db.noteSeen([record], on: T.day("2026-11-20"))
            #expect(try db.firstSeen([hash]) == [hash: T.day("2026-11-10")])
            try db.noteSeen([record], on: T.day("2026-11-03"))
            // Reopened: the schema is not applied twice and the day is still there.
            let again = try StateDatabase(stateDir: state)
            #expect(try again.firstSeen([hash]) == [hash: T.day("2026-11-03")])
            let bytes = try Data(contentsOf: URL(fileURLWithPath: state + "/state.sqlite"))
            for secret in ["测市监罚", "11420500MB00000011", record.key] {
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) is in state.sqlite")
            }
            // List entries (and events) are not ledgered: only 双公示 decisions have an upload deadline.
            let entry = try T.record(.listEntry, T.blackListFields)
            try db.noteSeen([entry], on: T.day("2026-11-03"))
            #expect(try db.firstSeen([RecordKeyHash(entry)]).isEmpty)
        }
    }

    /// Content that cannot be read is an error (the command exits 1); the state folder is created.
    @Test func unreadableContentThrows() async throws {
        try await T.withTemporaryFolder { dir in
            var builder = TimelinessReportBuilder(asOf: T.day("2026-11-22"))
            builder.contentDir = dir.appendingPathComponent("missing").path
            builder.stateDir = dir.appendingPathComponent("state").path
            #expect(throws: (any Error).self) { try builder.run() }
        }
    }

    /// The reasons, from the validator's own diagnostics.
    @Test func rejectionReasons() {
        func reason(_ fields: [String: String?]) -> String? {
            let outcome = RecordValidator(kind: .penalty, asOf: T.day("2026-11-22"), policy: .init())
                .validate(T.rawRow(.penalty, T.fields(T.penaltyFields, fields)))
            return outcome.diagnostics.first.map { RejectionReason.of($0, kind: .penalty) }
        }
        #expect(reason(["CF_XDR_SHXYM": "91420500MA4K00001X"]) == "统一社会信用代码校验位错误")
        #expect(reason(["CF_XDR_SHXYM": "91420500MA4K0001"]) == "统一社会信用代码格式错误")
        #expect(reason(["CF_SY": nil]) == "违法事实缺失")
        #expect(reason(["CF_JDRQ": "2026-02-30"]) == "处罚决定日期不是实际存在的日期")
        #expect(reason(["CF_JDRQ": "next week"]) == "处罚决定日期格式无法识别")
        #expect(reason(["CF_JDRQ": "2026-12-01"]) == "处罚决定日期晚于统计日")
        #expect(reason(["CF_CFLB": "罚金"]) == "处罚类别不在标准取值范围内")
        #expect(reason(["CF_NR_FK": "十万"]) == "罚款金额（万元）金额无法识别")
        #expect(reason(["CF_GSJZQ": "2026-01-01"]) == "公示截止期早于起始日期")
        #expect(reason(["CF_ZT": "7"]) == "当前状态状态值无法识别")
    }
}
