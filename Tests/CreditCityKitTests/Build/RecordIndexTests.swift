import CreditCityTestSupport
import Testing
@testable import CreditCityKit

/// Record identity and event matching (SPEC section 3 and section 2, events/).
@Suite("RecordIndex")
struct RecordIndexTests {
    typealias T = TestSupport

    func event(_ type: String, _ number: String, authority: String? = nil, subject: String? = nil,
               kind: CreditEvent.Kind = .objection, line: Int = 2) -> CreditEvent {
        CreditEvent(location: SourceLocation(file: "Content/events/2026.csv", line: line), dataset: try! #require(Dataset(eventRecordType: type)),
                    documentNumber: number, authority: authority, subject: subject, kind: kind,
                    date: T.day("2026-10-01"), note: nil)
    }

    /// A later row with the same key replaces the earlier one in place; the warning names the earlier file:line.
    @Test("duplicates: the later row wins")
    func duplicates() throws {
        var store = RecordIndex()
        let first = try T.record(.penalty, T.penaltyFields, file: "Content/penalties/2025.csv", line: 4)
        let other = try T.record(.penalty, T.fields(T.penaltyFields, ["CF_WSH": "测市监罚〔2026〕9号"]), file: "Content/penalties/2025.csv", line: 5)
        let later = try T.record(.penalty, T.fields(T.penaltyFields, ["CF_NR": "罚款二十万元", "CF_NR_FK": "20"]),
                                 file: "Content/penalties/2026.csv", line: 9)
        #expect(store.add(first) == nil)
        #expect(store.add(other) == nil)
        #expect(store.add(later) == Diagnostic(.warning, file: "Content/penalties/2026.csv", line: 9,
            "replaces the record with the same key at Content/penalties/2025.csv:4 (the later row wins)"))
        #expect(store.entries.count == 2)
        #expect(store.entries[0].contentHash == RecordIndex.contentHash(later))
        #expect(store.location(of: store.entries[0]) == SourceLocation(file: "Content/penalties/2026.csv", line: 9))
    }

    /// The same 文书号 from another authority, or in another dataset, is a different record.
    @Test("keys include the authority and the kind")
    func distinctKeys() throws {
        var store = RecordIndex()
        #expect(store.add(try T.record(.penalty, T.penaltyFields)) == nil)
        #expect(store.add(try T.record(.penalty, T.fields(T.penaltyFields, ["CF_CFJGDM": "11420500MB00000024"]))) == nil)
        #expect(store.add(try T.record(.licensing, T.fields(T.licensingFields, ["XK_WSH": "测市监罚〔2026〕1号"]))) == nil)
        #expect(store.entries.count == 3)
    }

    /// An event whose 文书号 names one record is attached to it.
    @Test("an event matching one record is attached")
    func matchesOne() throws {
        var store = RecordIndex()
        store.add(try T.record(.penalty, T.penaltyFields))
        store.add(try T.record(.licensing, T.licensingFields))
        let e = event("行政许可", "测市监许〔2026〕1号")
        #expect(store.attach([e]) == [])
        #expect(store.events[1] == [e])
        #expect(store.events[0] == nil)
    }

    /// An event that matches no record is rejected with its file and line.
    @Test("an event matching none is rejected")
    func matchesNone() throws {
        var store = RecordIndex()
        store.add(try T.record(.penalty, T.penaltyFields))
        let problems = store.attach([
            event("行政处罚", "测市监罚〔2026〕99号", line: 3),
            // Right 文书号, wrong dataset.
            event("行政许可", "测市监罚〔2026〕1号", line: 4),
            event("行政处罚", "测市监罚〔2026〕1号", authority: "别的局", line: 5),
        ])
        #expect(problems == [
            Diagnostic(.error, file: "Content/events/2026.csv", line: 3, field: "SJ_WSH", "no 行政处罚 record has 文书号 测市监罚〔2026〕99号"),
            Diagnostic(.error, file: "Content/events/2026.csv", line: 4, field: "SJ_WSH", "no 行政许可 record has 文书号 测市监罚〔2026〕1号"),
            Diagnostic(.error, file: "Content/events/2026.csv", line: 5, field: "SJ_WSH",
                       "no 行政处罚 record has 文书号 测市监罚〔2026〕1号 and 机关 别的局"),
        ])
        #expect(store.events.isEmpty)
    }

    /// Two penalties of one 文书号 by different authorities: rejected until SJ_JG (name or code) says which.
    @Test("several matches need SJ_JG, by name or by code")
    func severalPenalties() throws {
        var store = RecordIndex()
        store.add(try T.record(.penalty, T.penaltyFields))
        store.add(try T.record(.penalty, T.fields(T.penaltyFields, ["CF_CFJG": "测试市生态环境局", "CF_CFJGDM": "11420500MB00000024"])))
        let ambiguous = event("行政处罚", "测市监罚〔2026〕1号", line: 7)
        #expect(store.attach([ambiguous]) == [Diagnostic(.error, file: "Content/events/2026.csv", line: 7, field: "SJ_WSH",
                                                       "matches 2 records; add SJ_JG 机关 (name or credit code) to say which")])
        #expect(store.events.isEmpty)

        let byName = event("行政处罚", "测市监罚〔2026〕1号", authority: "测试市生态环境局")
        let byCode = event("行政处罚", "测市监罚〔2026〕1号", authority: "11420500mb00000011", kind: .repair)
        #expect(store.attach([byName, byCode]) == [])
        #expect(store.events[1] == [byName])
        #expect(store.events[0] == [byCode])
    }

    /// List entries sharing one 认定文号 need SJ_XDR (credit code or name) to say which.
    @Test("several list entries need SJ_XDR")
    func severalListEntries() throws {
        var store = RecordIndex()
        store.add(try T.record(.listEntry, T.blackListFields))
        store.add(try T.record(.listEntry, T.fields(T.blackListFields, ["MD_XDR_MC": "测试市绿源环保科技有限公司",
                                                                        "MD_XDR_SHXYM": "91420500MA4K00003N"])))
        #expect(store.entries.count == 2)
        #expect(store.attach([event("黑名单", "（2026）测执12号", line: 6)]) == [
            Diagnostic(.error, file: "Content/events/2026.csv", line: 6, field: "SJ_WSH",
                       "matches 2 records; add SJ_XDR 主体 (credit code or name) to say which"),
        ])
        let byCode = event("黑名单", "（2026）测执12号", subject: "91420500ma4k00003n")
        let byName = event("黑名单", "（2026）测执12号", subject: "测试市恒通建材有限公司", kind: .repair)
        #expect(store.attach([byCode, byName]) == [])
        #expect(store.events[1] == [byCode])
        #expect(store.events[0] == [byName])
        // The red list is another 记录类型: nothing there has this 认定文号.
        #expect(store.attach([event("红名单", "（2026）测执12号", subject: "测试市恒通建材有限公司")]).count == 1)
    }
}
