import CreditCityTestSupport
import PropertyBased
import Testing
@testable import CreditCityKit

/// The publication rules of SPEC section 4, on the boundary days of every window.
@Suite("PublicationRules")
struct PublicationRulesTests {
    typealias T = TestSupport

    func decide(_ record: Record, asOf: String, events: [CreditEvent] = [], policy: SiteConfig.Policy = .init()) -> Decision {
        PublicationRules(asOf: T.day(asOf), policy: policy).decide(record, events: events)
    }

    func event(_ kind: CreditEvent.Kind, _ date: String, line: Int = 2) -> CreditEvent {
        CreditEvent(location: SourceLocation(file: "Content/events/2026.csv", line: line), dataset: .penalties,
                    documentNumber: "测市监罚〔2026〕1号", authority: nil, subject: nil, kind: kind, date: T.day(date), note: nil)
    }

    func penalty(_ changes: [String: String?] = [:]) throws -> Record {
        try T.record(.penalty, T.fields(T.penaltyFields, changes))
    }

    // MARK: - Penalty windows

    /// (decision, 失信严重程度, 公示截止期, as-of day, hidden reason or nil when shown, expected last day shown).
    static let penaltyBoundaries: [(String, String, String?, String, Decision.HiddenReason?, String)] = [
        // 一般, no 公示截止期: the maximum, 1 year − 1 day; nothing before the decision day.
        ("2025-03-15", "一般", nil, "2025-03-14", .notYet, "2026-03-14"),
        ("2025-03-15", "一般", nil, "2025-03-15", nil, "2026-03-14"),
        ("2025-03-15", "一般", nil, "2026-03-13", nil, "2026-03-14"),
        ("2025-03-15", "一般", nil, "2026-03-14", nil, "2026-03-14"),
        ("2025-03-15", "一般", nil, "2026-03-15", .expired, "2026-03-14"),
        // 一般, 公示截止期 below the 3-month minimum: raised to it.
        ("2025-03-15", "一般", "2025-04-01", "2025-06-13", nil, "2025-06-14"),
        ("2025-03-15", "一般", "2025-04-01", "2025-06-14", nil, "2025-06-14"),
        ("2025-03-15", "一般", "2025-04-01", "2025-06-15", .expired, "2025-06-14"),
        // 一般, 公示截止期 inside the window: kept.
        ("2025-03-15", "一般", "2025-09-30", "2025-09-29", nil, "2025-09-30"),
        ("2025-03-15", "一般", "2025-09-30", "2025-09-30", nil, "2025-09-30"),
        ("2025-03-15", "一般", "2025-09-30", "2025-10-01", .expired, "2025-09-30"),
        // 一般, 公示截止期 beyond the maximum: cut to it.
        ("2025-03-15", "一般", "2027-01-01", "2026-03-14", nil, "2026-03-14"),
        ("2025-03-15", "一般", "2027-01-01", "2026-03-15", .expired, "2026-03-14"),
        // Month ends: 2025-01-31 + 3 months is 2025-04-30, so the last day is 2025-04-29.
        ("2025-01-31", "一般", "2025-02-01", "2025-04-29", nil, "2025-04-29"),
        ("2025-01-31", "一般", "2025-02-01", "2025-04-30", .expired, "2025-04-29"),
        // 严重, no 公示截止期: 3 years − 1 day.
        ("2025-03-15", "严重", nil, "2025-03-14", .notYet, "2028-03-14"),
        ("2025-03-15", "严重", nil, "2025-03-15", nil, "2028-03-14"),
        ("2025-03-15", "严重", nil, "2028-03-13", nil, "2028-03-14"),
        ("2025-03-15", "严重", nil, "2028-03-14", nil, "2028-03-14"),
        ("2025-03-15", "严重", nil, "2028-03-15", .expired, "2028-03-14"),
        // 严重, 公示截止期 below the 1-year minimum, inside, beyond the maximum.
        ("2025-03-15", "严重", "2025-05-01", "2026-03-13", nil, "2026-03-14"),
        ("2025-03-15", "严重", "2025-05-01", "2026-03-14", nil, "2026-03-14"),
        ("2025-03-15", "严重", "2025-05-01", "2026-03-15", .expired, "2026-03-14"),
        ("2025-03-15", "严重", "2027-02-02", "2027-02-02", nil, "2027-02-02"),
        ("2025-03-15", "严重", "2027-02-02", "2027-02-03", .expired, "2027-02-02"),
        ("2025-03-15", "严重", "2030-01-01", "2028-03-14", nil, "2028-03-14"),
        ("2025-03-15", "严重", "2030-01-01", "2028-03-15", .expired, "2028-03-14"),
    ]

    /// A penalty is shown from its decision day to the end of its window, the window kept within the
    /// minimum and maximum of its severity.
    @Test("penalty display windows", arguments: penaltyBoundaries)
    func penaltyWindow(decided: String, severity: String, end: String?, asOf: String, reason: Decision.HiddenReason?, last: String) throws {
        let record = try penalty(["CF_JDRQ": decided, "CF_SXYZCD": severity, "CF_GSJZQ": end])
        let decision = decide(record, asOf: asOf)
        #expect(decision.hidden == reason)
        #expect(decision.window == DisplayWindow(first: T.day(decided), last: T.day(last)))
        #expect(decision.severity == Severity(rawValue: severity))
    }

    /// (subject category, 处罚类别, 罚款 万元, 没收 万元, 失信严重程度, expected severity).
    static let severities: [(String, String, String?, String?, String?, Severity)] = [
        ("法人及非法人组织", "警告", nil, nil, nil, .minor),
        ("法人及非法人组织", "通报批评", nil, nil, nil, .minor),
        ("自然人", "警告、通报批评", nil, nil, nil, .minor),
        // Fines below minor_fine_yuan: 5000 元 for persons and 个体工商户, 50000 元 for organisations.
        ("自然人", "罚款", "0.49", nil, nil, .minor),
        ("自然人", "罚款", "0.5", nil, nil, .general),
        ("法人及非法人组织", "罚款", "4.99", nil, nil, .minor),
        ("法人及非法人组织", "罚款", "5", nil, nil, .general),
        ("法人及非法人组织", "警告；罚款", "4.99", nil, nil, .minor),
        ("个体工商户", "罚款", "0.49", nil, nil, .minor),
        ("个体工商户", "罚款", "4.99", nil, nil, .general),
        // Money confiscated as well: not minor, however small the fine.
        ("法人及非法人组织", "罚款；没收违法所得", "0.1", "0.2", nil, .general),
        ("法人及非法人组织", "罚款；没收违法所得", "0.1", nil, nil, .general),
        ("法人及非法人组织", "罚款", "0.1", "0.2", nil, .general),
        ("法人及非法人组织", "罚款", nil, nil, nil, .general),
        ("法人及非法人组织", "暂扣许可证件", nil, nil, nil, .general),
        // Severe categories, alone and with lighter ones: the heaviest wins.
        ("法人及非法人组织", "吊销许可证件", nil, nil, nil, .serious),
        ("法人及非法人组织", "责令关闭", nil, nil, nil, .serious),
        ("法人及非法人组织", "责令停产停业", nil, nil, nil, .serious),
        ("自然人", "限制从业", nil, nil, nil, .serious),
        ("法人及非法人组织", "限制开展生产经营活动", nil, nil, nil, .serious),
        ("法人及非法人组织", "警告；吊销许可证件", nil, nil, nil, .serious),
        ("法人及非法人组织", "罚款；没收违法所得；责令停产停业", "0.1", "0.1", nil, .serious),
        // An explicit 失信严重程度 is taken as given.
        ("法人及非法人组织", "吊销许可证件", nil, nil, "轻微", .minor),
        ("法人及非法人组织", "警告", nil, nil, "严重", .serious),
        ("法人及非法人组织", "警告", nil, nil, "一般", .general),
    ]

    /// 失信严重程度 is derived as SPEC section 4 says, and 轻微 penalties are never shown.
    @Test("severity and 轻微", arguments: severities)
    func severity(category: String, kinds: String, fine: String?, confiscated: String?, given: String?, expected: Severity) throws {
        let base = category == "自然人" ? T.personPenaltyFields : T.penaltyFields
        let record = try T.record(.penalty, T.fields(base, ["CF_XDR_LB": category, "CF_CFLB": kinds, "CF_NR_FK": fine,
                                                            "CF_NR_WFFF": confiscated, "CF_SXYZCD": given]))
        #expect(PenaltySeverity.of(record, policy: .init()) == expected)
        let decision = decide(record, asOf: "2026-07-01")
        #expect(decision.severity == expected)
        #expect(decision.hidden == (expected == .minor ? .minorSeverity : nil))
    }

    /// The thresholds come from policy.minor_fine_yuan.
    @Test("minor_fine_yuan is the office's")
    func fineThresholdFromPolicy() throws {
        var policy = SiteConfig.Policy()
        policy.minorFineFenOrganisation = 20_000_000
        let record = try penalty(["CF_NR_FK": "19.99"])
        #expect(PenaltySeverity.of(record, policy: policy) == .minor)
        #expect(PenaltySeverity.of(record, policy: .init()) == .general)
    }

    // MARK: - Events

    /// A 信用修复 before the minimum ends display at the minimum; after it, on the day before the repair.
    /// A repair dated after the as-of day has not happened yet.
    @Test("信用修复", arguments: [
        ("2025-05-01", "2025-06-14", nil as Decision.HiddenReason?, "2025-06-14"),
        ("2025-05-01", "2025-06-15", .repaired, "2025-06-14"),
        ("2025-09-01", "2025-08-31", nil, "2026-03-14"),
        ("2025-09-01", "2025-09-01", .repaired, "2025-08-31"),
        ("2025-09-01", "2025-09-02", .repaired, "2025-08-31"),
        ("2026-03-20", "2026-03-14", nil, "2026-03-14"),
        ("2026-03-20", "2026-03-20", .expired, "2026-03-14"),
    ])
    func repair(repairDay: String, asOf: String, reason: Decision.HiddenReason?, last: String) throws {
        let record = try penalty(["CF_JDRQ": "2025-03-15"])
        let decision = decide(record, asOf: asOf, events: [event(.repair, repairDay)])
        #expect(decision.hidden == reason)
        #expect(decision.window?.last == T.day(last))
    }

    /// 异议 hides from its date, 异议办结 shows again, a second 异议 hides again; 撤销 is for good.
    @Test("异议, 异议办结 and 撤销", arguments: [
        ("2025-04-30", nil as Decision.HiddenReason?),
        ("2025-05-01", .objection),
        ("2025-05-31", .objection),
        ("2025-06-01", nil),
        ("2025-06-30", nil),
        ("2025-07-01", .objection),
        ("2025-07-31", .objection),
        ("2025-08-01", .revoked),
        ("2028-01-01", .revoked),
    ])
    func objections(asOf: String, reason: Decision.HiddenReason?) throws {
        let record = try penalty(["CF_JDRQ": "2025-03-15"])
        // Given out of order on purpose: events apply in date order.
        let events = [event(.objection, "2025-07-01", line: 4), event(.objectionClosed, "2025-06-01", line: 3),
                      event(.objection, "2025-05-01", line: 2), event(.revocation, "2025-08-01", line: 5)]
        #expect(decide(record, asOf: asOf, events: events).hidden == reason)
    }

    // MARK: - Status, scope and persons

    /// 当前状态 无效, 撤销 and 异议 hide; 有效, 正常 and an absent CF_ZT show.
    @Test("当前状态", arguments: [
        ("无效" as String?, Decision.HiddenReason.status as Decision.HiddenReason?),
        ("撤销", .status), ("异议", .status), ("正常", nil), ("有效", nil), (nil, nil),
    ])
    func status(value: String?, reason: Decision.HiddenReason?) throws {
        #expect(decide(try penalty(["CF_ZT": value]), asOf: "2026-07-01").hidden == reason)
        if let value {
            let licence = try T.record(.licensing, T.fields(T.licensingFields, ["XK_ZT": value]))
            #expect(decide(licence, asOf: "2026-07-01").hidden == reason)
        }
    }

    /// 信息使用范围 empty, 0 or 公示 is public; anything else is internal use.
    @Test("信息使用范围", arguments: [
        (nil as String?, nil as Decision.HiddenReason?), ("0", nil), ("公示", nil),
        ("1", .internalUse), ("内部使用", .internalUse), ("不公示", .internalUse),
    ])
    func scope(value: String?, reason: Decision.HiddenReason?) throws {
        #expect(decide(try penalty(["SYFW": value]), asOf: "2026-07-01").hidden == reason)
        let licence = try T.record(.licensing, T.fields(T.licensingFields, ["SYFW": value]))
        #expect(decide(licence, asOf: "2026-07-01").hidden == reason)
    }

    /// A person who is 17 on the decision day is never shown; one whose 18th birthday it is, is.
    @Test("natural persons under 18 on the decision day", arguments: [
        ("2026-05-31", Decision.HiddenReason.minorPerson as Decision.HiddenReason?),
        ("2026-06-01", nil),
    ])
    func minorPerson(decided: String, reason: Decision.HiddenReason?) throws {
        let id = T.idNumber(birth: T.day("2008-06-01"))
        let record = try T.record(.penalty, T.fields(T.personPenaltyFields, ["CF_XDR_ZJHM": id, "CF_JDRQ": decided]))
        #expect(decide(record, asOf: "2026-07-01").hidden == reason)
        // An organisation is never a minor, whatever number a field holds.
        #expect(decide(try penalty(["CF_JDRQ": decided]), asOf: "2026-07-01").hidden == nil)
    }

    // MARK: - Licensing

    /// Shown from the decision day while 有效期至 has not passed; 长期 has no end; licensing_max_years caps.
    @Test("licensing windows", arguments: [
        ("2031-02-28", nil as Int?, "2026-02-28", Decision.HiddenReason.notYet as Decision.HiddenReason?, "2031-02-28" as String?),
        ("2031-02-28", nil, "2026-03-01", nil, "2031-02-28"),
        ("2031-02-28", nil, "2031-02-28", nil, "2031-02-28"),
        ("2031-02-28", nil, "2031-03-01", .expired, "2031-02-28"),
        ("长期", nil, "2090-01-01", nil, nil),
        ("长期", 2, "2028-02-29", nil, "2028-02-29"),
        ("长期", 2, "2028-03-01", .expired, "2028-02-29"),
        ("2031-02-28", 10, "2031-02-28", nil, "2031-02-28"),
        ("2031-02-28", 10, "2031-03-01", .expired, "2031-02-28"),
    ])
    func licensing(end: String, maxYears: Int?, asOf: String, reason: Decision.HiddenReason?, last: String?) throws {
        var policy = SiteConfig.Policy()
        policy.licensingMaxYears = maxYears
        let record = try T.record(.licensing, T.fields(T.licensingFields, ["XK_YXQZI": end]))
        let decision = decide(record, asOf: asOf, policy: policy)
        #expect(decision.hidden == reason)
        #expect(decision.window == DisplayWindow(first: T.day("2026-03-01"), last: last.map(T.day)))
    }

    // MARK: - Lists

    /// (list, 有效期至, 移出日期, list_max_years, as-of, hidden reason, last day shown).
    static let listBoundaries: [(String, String, String?, Int?, String, Decision.HiddenReason?, String?)] = [
        // 认定日期 in the future: not yet.
        ("黑名单", "长期", nil, 3, "2026-04-30", .notYet, "2029-04-30"),
        ("黑名单", "长期", nil, 3, "2026-05-01", nil, "2029-04-30"),
        // list_max_years caps a black-list entry from its 认定日期; null means no cap.
        ("黑名单", "长期", nil, 3, "2029-04-30", nil, "2029-04-30"),
        ("黑名单", "长期", nil, 3, "2029-05-01", .expired, "2029-04-30"),
        ("黑名单", "长期", nil, nil, "2040-01-01", nil, nil),
        ("黑名单", "2027-12-31", nil, 3, "2027-12-31", nil, "2027-12-31"),
        ("黑名单", "2027-12-31", nil, 3, "2028-01-01", .expired, "2027-12-31"),
        // 移出日期: shown up to the day before, not on the removal day.
        ("黑名单", "长期", "2026-09-10", 3, "2026-09-09", nil, "2026-09-09"),
        ("黑名单", "长期", "2026-09-10", 3, "2026-09-10", .expired, "2026-09-09"),
        // 红名单: 有效期至, whichever of it and 移出日期 is first; no list_max_years cap.
        ("红名单", "2027-03-31", nil, 3, "2027-03-31", nil, "2027-03-31"),
        ("红名单", "2027-03-31", nil, 3, "2027-04-01", .expired, "2027-03-31"),
        ("红名单", "2027-03-31", "2026-12-01", 3, "2026-12-01", .expired, "2026-11-30"),
        ("红名单", "2035-12-31", nil, 3, "2033-01-01", nil, "2035-12-31"),
    ]

    /// List entries are shown from 认定日期 until 移出日期 or 有效期至, black-list entries capped.
    @Test("list windows", arguments: listBoundaries)
    func lists(list: String, end: String, removed: String?, maxYears: Int?, asOf: String,
               reason: Decision.HiddenReason?, last: String?) throws {
        var policy = SiteConfig.Policy()
        policy.listMaxYears = maxYears
        let base = list == "红名单" ? T.redListFields : T.blackListFields
        let record = try T.record(.listEntry, T.fields(base, ["MD_RDRQ": "2026-05-01", "MD_YXQZ": end, "MD_YCRQ": removed]))
        let decision = decide(record, asOf: asOf, policy: policy)
        #expect(decision.hidden == reason)
        #expect(decision.window == DisplayWindow(first: T.day("2026-05-01"), last: last.map(T.day)))
    }

    /// An entry removed on its listing day is never shown.
    @Test("removed on the day it was listed")
    func removedAtOnce() throws {
        let record = try T.record(.listEntry, T.fields(T.blackListFields, ["MD_YCRQ": "2026-05-01"]))
        #expect(decide(record, asOf: "2026-05-01").hidden == .expired)
    }

    /// Unapproved entries are never shown, whatever their dates.
    @Test("unapproved entries")
    func unapproved() throws {
        let record = try T.record(.listEntry, T.fields(T.blackListFields, ["MD_SHZT": "待审核"]))
        #expect(!record.facts.approved)
        #expect(decide(record, asOf: "2026-06-01").hidden == .unapproved)
    }

    // MARK: - Every reason

    /// One record per hidden reason.
    static func reasonScenarios() throws -> [(Decision.HiddenReason, Decision)] {
        let t = PublicationRulesTests()
        let p = try t.penalty(["CF_JDRQ": "2025-03-15"])
        let minorID = T.idNumber(birth: T.day("2010-01-01"))
        return [
            (.notYet, t.decide(p, asOf: "2025-03-14")),
            (.expired, t.decide(p, asOf: "2026-03-15")),
            (.minorSeverity, t.decide(try t.penalty(["CF_CFLB": "警告"]), asOf: "2026-07-01")),
            (.repaired, t.decide(p, asOf: "2025-10-01", events: [t.event(.repair, "2025-09-01")])),
            (.objection, t.decide(p, asOf: "2025-10-01", events: [t.event(.objection, "2025-09-01")])),
            (.revoked, t.decide(p, asOf: "2025-10-01", events: [t.event(.revocation, "2025-09-01")])),
            (.unapproved, t.decide(try T.record(.listEntry, T.fields(T.blackListFields, ["MD_SHZT": ""])), asOf: "2026-06-01")),
            (.internalUse, t.decide(try t.penalty(["SYFW": "内部"]), asOf: "2026-07-01")),
            (.minorPerson, t.decide(try T.record(.penalty, T.fields(T.personPenaltyFields, ["CF_XDR_ZJHM": minorID])), asOf: "2026-07-01")),
            (.status, t.decide(try t.penalty(["CF_ZT": "无效"]), asOf: "2026-07-01")),
        ]
    }

    /// Every `Decision.HiddenReason` case is produced by some record, and by the one expected.
    @Test("every hidden reason occurs")
    func everyReason() throws {
        let scenarios = try Self.reasonScenarios()
        for (expected, decision) in scenarios { #expect(decision.hidden == expected) }
        let seen = Set(scenarios.compactMap(\.1.hidden))
        #expect(seen == Set(Decision.HiddenReason.allCases))
    }

    // MARK: - Properties

    static let start = TestSupport.day("2012-01-01")

    /// Whatever the decision day, severity, 公示截止期 and events, a penalty is never shown before its
    /// decision day nor after decision + 3 years − 1 day (严重) or + 1 year − 1 day (一般).
    @Test("penalties stay inside their maximum window")
    func penaltyWindowProperty() async {
        // Severity cases: explicit 一般 / 严重, derived 一般 (罚款 10 万元) and derived 严重 (吊销许可证件).
        let cases: [(String?, String, Bool)] = [("一般", "罚款", false), ("严重", "罚款", true), (nil, "罚款", false), (nil, "罚款；吊销许可证件", true)]
        await propertyCheck(count: 300, input: Gen.int(in: 0...5000), Gen.int(in: 0...3), Gen.int(in: -1...1500),
                            zip(Gen.int(in: -400...1500), Gen.int(in: 0...(4 * 1800 - 1)).array(of: 0...5))) { decidedOffset, which, endOffset, rest in
            let (asOfOffset, encodedEvents) = rest
            let decided = Self.start.adding(days: decidedOffset)
            let (given, kinds, serious) = cases[which]
            let record = try T.record(.penalty, T.fields(T.penaltyFields, [
                "CF_JDRQ": decided.iso, "CF_SXYZCD": given, "CF_CFLB": kinds,
                "CF_GSJZQ": endOffset < 0 ? nil : decided.adding(days: endOffset).iso,
            ]))
            let events = encodedEvents.enumerated().map { i, v in
                CreditEvent(location: SourceLocation(file: "e.csv", line: i + 2), dataset: .penalties, documentNumber: "x",
                            authority: nil, subject: nil, kind: CreditEvent.Kind.allCases[v % 4],
                            date: decided.adding(days: v / 4 - 200), note: nil)
            }
            let asOf = decided.adding(days: asOfOffset)
            let decision = PublicationRules(asOf: asOf, policy: .init()).decide(record, events: events)
            let maxLast = decided.adding(years: serious ? 3 : 1).adding(days: -1)
            // A revocation hides before severity is looked at; every other decision carries it.
            if decision.hidden != .revoked { #expect(decision.severity == (serious ? .serious : .general)) }
            if let window = decision.window {
                #expect(window.first == decided)
                #expect(window.last.map { $0 <= maxLast } == true)
            }
            if decision.isShown {
                #expect(asOf >= decided)
                #expect(asOf <= maxLast)
            }
        }
    }
}
