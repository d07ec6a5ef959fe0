import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The 2016 template (SPEC section 2, "Legacy template"): which headers make a file legacy, how each
/// column and code becomes a V2.0 value, what is filled in, and that the record is the V2.0 record.
@Suite("2016 legacy template")
struct LegacyTemplateTests {
    typealias T = TestSupport
    static let asOf = T.day("2026-11-22")
    static let authority = "测试市市场监督管理局"
    static let authorityCode = "11420500MB00000011"

    /// The header of the issue, as platforms export it.
    static let issueHeader = "行政处罚决定书文号,处罚名称,处罚类别1,处罚类别2,处罚事由,处罚依据,行政相对人名称,行政相对人代码_1(统一社会信用代码),行政相对人代码_2(组织机构代码),行政相对人代码_3(工商登记码),行政相对人代码_4(税务登记号),行政相对人代码_5(居民身份证号),法定代表人姓名,处罚结果,处罚决定日期,处罚机关,当前状态,地方编码,数据更新时间戳,备注"
        .split(separator: ",").map(String.init)

    /// A legacy penalty row by column name.
    static func legacyCells(_ changes: [String: String] = [:]) -> [String] {
        var row: [String: String] = [
            "行政处罚决定书文号": "测市监罚〔2026〕11号", "处罚名称": "违反产品质量法", "处罚类别1": "1", "处罚事由": "销售不合格建材",
            "处罚依据": "《中华人民共和国产品质量法》第四十九条", "行政相对人名称": "测试市恒通建材有限公司",
            "行政相对人代码_1(统一社会信用代码)": "91420500MA4K00001G", "法定代表人姓名": "王五", "处罚结果": "罚款十万元",
            "处罚决定日期": "2026/06/01", "处罚机关": authority, "当前状态": "0", "地方编码": "420500", "数据更新时间戳": "20260603093000",
        ]
        for (k, v) in changes { row[k] = v }
        return issueHeader.map { row[$0] ?? "" }
    }

    func mapping(_ header: [String], aliases: [String: String] = [:]) -> (ColumnMapping, ColumnMapping.Failure?) {
        ColumnMapping.map(header, folder: .penalties, aliases: aliases)
    }

    /// Converts and validates one legacy row as the loader and validator do.
    func validate(_ changes: [String: String] = [:], authorities: [String: String] = [authority: authorityCode]) -> RecordValidator.Outcome {
        let (m, failure) = mapping(Self.issueHeader)
        #expect(failure == nil)
        let (values, problems) = m.values(of: Self.legacyCells(changes))
        let file = "Content/penalties/2019.csv"
        let raw = RawRow(location: SourceLocation(file: file, line: 2), values: values, template: m.template,
                         problems: problems.map { Diagnostic(.error, file: file, line: 2, field: $0.field, $0.message) })
        return RecordValidator(kind: .penalty, asOf: Self.asOf, policy: .init(), authorities: authorities).validate(raw)
    }

    /// The issue's header is read as the 2016 template, every column known, nothing ignored or missing.
    @Test func issueHeaderIsLegacy() {
        let (m, failure) = mapping(Self.issueHeader)
        #expect(failure == nil)
        #expect(m.template == .legacy2016)
        #expect(m.unknownHeaders.isEmpty)
        #expect(m.columns.allSatisfy { if case .legacy = $0.target { true } else { false } })
    }

    /// Legacy-only codes or names make a header legacy; names the two templates share (处罚机关) do not,
    /// and a V2.0 header with an extra 地方编码 column stays V2.0 (the column is unknown there).
    @Test("what makes a header legacy", arguments: [
        (["CF_WSH", "CF_CFMC"], ColumnMapping.Template.legacy2016),
        (["CF_WSH", "cf_cflb1"], .legacy2016),
        (["CF_WSH", "CF_XZJG"], .legacy2016),
        (["行政处罚决定书文号", "处罚类别2"], .legacy2016),
        (["行政处罚决定书文号", "处罚机关", "处罚依据"], .standard),
        (["CF_WSH", "CF_CFJG", "地方编码", "DFBM"], .standard),
    ])
    func template(header: [String], expected: ColumnMapping.Template) {
        #expect(mapping(header).0.template == expected)
    }

    /// Full-width brackets, spaces and the bare 代码_n prefix name the same column.
    @Test("header spellings", arguments: ["行政相对人代码_1（统一社会信用代码）", "行政相对人代码_1 (统一社会信用代码)", "行政相对人代码_1", "CF_XDR_SHXYM"])
    func spellings(header: String) throws {
        let (m, _) = mapping(["处罚名称", header])
        guard case .legacy(let l) = m.columns[1].target else { Issue.record("\(header) not mapped"); return }
        #expect(LegacyTemplate.penalties.fields[l].code == "CF_XDR_SHXYM")
    }

    /// Category codes 0–6 and words of either template, merged from 处罚类别1 and 2 without repeats.
    @Test("处罚类别 codes", arguments: [
        ("0", "", "警告"), ("1", "", "罚款"), ("2", "", "没收违法所得；没收非法财物"), ("3", "", "责令停产停业"),
        ("4", "", "吊销许可证件"), ("5", "", "行政拘留"), ("6", "", "其他"), ("1", "2", "罚款；没收违法所得；没收非法财物"),
        ("0", "1", "警告；罚款"), ("罚款", "1", "罚款"), ("暂扣或者吊销许可证、暂扣或者吊销执照", "", "吊销许可证件"),
        ("通报批评", "", "通报批评"), ("0、1", "", "警告；罚款"),
    ])
    func categories(first: String, second: String, expected: String) throws {
        let record = try #require(validate(["处罚类别1": first, "处罚类别2": second]).record)
        #expect(record["CF_CFLB"] == expected)
    }

    /// A code outside 0–6 or an unknown word rejects the row once, against the 2016 column, with no
    /// second "处罚类别 is required".
    @Test func badCategory() {
        let seven = validate(["处罚类别1": "7"])
        #expect(seven.record == nil)
        #expect(seven.diagnostics == [Diagnostic(.error, file: "Content/penalties/2019.csv", line: 2, field: "CF_CFLB1",
            "'7' is not a 处罚类别 code of the 2016 template; expected 0 警告, 1 罚款, 2 没收违法所得、没收非法财物, 3 责令停产停业, "
                + "4 暂扣或者吊销许可证、暂扣或者吊销执照, 5 行政拘留, 6 其他")])
        let word = validate(["处罚类别2": "罚金"])
        #expect(word.diagnostics.map(\.field) == ["CF_CFLB2"])
        #expect(word.diagnostics.first?.message.hasPrefix("'罚金' is not a 处罚类别; expected a code 0–6 or one of 警告") == true)
    }

    /// 当前状态: 0 or empty 正常 (shown), 1 撤销, 2 异议, 3 其他 (无效: not shown); 5 is no code.
    @Test("当前状态 codes", arguments: [("0", "正常"), ("", "正常"), ("1", "撤销"), ("2", "异议"), ("3", "无效"), ("其他", "无效")])
    func status(code: String, expected: String) throws {
        let record = try #require(validate(["当前状态": code]).record)
        #expect(record["CF_ZT"] == expected)
    }

    @Test func badStatus() {
        let outcome = validate(["当前状态": "5"])
        #expect(outcome.diagnostics.map(\.field) == ["CF_ZT"])
        #expect(outcome.diagnostics.first?.message == "'5' is not a 当前状态 of the 2016 template; expected 0 正常, 1 撤销, 2 异议 or 3 其他")
    }

    /// 数据更新时间戳 in the forms platforms wrote; what the date fields accept stays as it was.
    @Test("数据更新时间戳", arguments: [
        ("20160801102030", "2016-08-01 10:20:30"), ("20160801102030123", "2016-08-01 10:20:30"),
        ("1470018030", "2016-08-01 10:20:30"), ("1470018030000", "2016-08-01 10:20:30"),
        ("2016-08-01 10:20:30.0", "2016-08-01 10:20:30.0"), ("2016/8/1", "2016/8/1"), ("20160801", "20160801"),
    ])
    func timestamps(cell: String, expected: String) {
        #expect(LegacyCodes.timestamp(cell) == expected)
    }

    /// The row of the issue becomes the V2.0 record the acceptance names.
    @Test func issueRow() throws {
        let outcome = validate()
        #expect(outcome.diagnostics == [])
        let record = try #require(outcome.record)
        #expect(record["CF_CFLB"] == "罚款")
        #expect(record["CF_WFXW"] == "违反产品质量法")
        #expect(record["CF_NR"] == "罚款十万元")
        #expect(record["CF_SY"] == "销售不合格建材")
        #expect(record["CF_FRDB"] == "王五")
        #expect(record["CF_JDRQ"] == "2026-06-01")
        #expect(record["CF_CFJGDM"] == Self.authorityCode)
        #expect(record["CF_SJLY"] == Self.authority)
        #expect(record["CF_SJLYDM"] == Self.authorityCode)
        #expect(record["CF_XDR_LB"] == "法人及非法人组织")
        #expect(record["SJC"] == "2026-06-03 09:30:00")
    }

    /// 行政相对人类别 as the SPEC fills it in.
    @Test("subject category", arguments: [
        ("测试市西陵区李记小吃店", "", "", "", SubjectCategory.individualBusiness),
        ("测试市个体户张三", "", "", "", .individualBusiness),
        ("测试市某某经营部", "", "420502198001010011", "", .individualBusiness),
        ("测试市某某经营部", "91420500MA4K00001G", "", "", .organisation),
        ("测试市某某有限公司", "92420500MA4K00009K", "", "", .individualBusiness),
        ("李四", "", "420502198001010011", "", .person),
        ("李四", "", "420502198001010011", "12345678-9", .organisation),
        ("测试市某某有限公司", "00000000000000000X", "", "", .organisation),
    ])
    func subjectCategory(name: String, code: String, id: String, organisationCode: String, expected: SubjectCategory) throws {
        let fill = try #require(LegacyFillIns(kind: .penalty, authorities: [:]))
        var values = [String?](repeating: nil, count: FieldCatalog.penalties.fields.count)
        values[FieldCatalog.penalties.index(of: "CF_XDR_MC")] = name
        if !code.isEmpty { values[FieldCatalog.penalties.index(of: "CF_XDR_SHXYM")] = code }
        if !id.isEmpty { values[FieldCatalog.penalties.index(of: "CF_XDR_ZJHM")] = id }
        if !organisationCode.isEmpty { values[FieldCatalog.penalties.index(of: "CF_XDR_ZZJG")] = organisationCode }
        #expect(fill.subjectCategory(values) == expected)
    }

    /// Only a 居民身份证号: a natural person, with 证件类型 身份证; a number that fails its check rejects the row.
    @Test func residentID() throws {
        let person = ["行政相对人名称": "李四", "行政相对人代码_1(统一社会信用代码)": "", "行政相对人代码_5(居民身份证号)": "420502198001010011"]
        let record = try #require(validate(person).record)
        #expect(record.subject == .person)
        #expect(record["CF_XDR_ZJLX"] == "身份证")
        #expect(record["CF_XDR_ZJHM"] == "420502198001010011")

        var bad = person
        bad["行政相对人代码_5(居民身份证号)"] = "420502198001010012"
        let outcome = validate(bad)
        #expect(outcome.record == nil)
        #expect(outcome.diagnostics == [Diagnostic(.error, file: "Content/penalties/2019.csv", line: 2, field: "CF_XDR_ZJHM",
                                                   "not a valid 公民身份号码: check character is 2, expected 1")])
    }

    /// An authority missing from site.yaml: the row is rejected without per-row code errors; the caller
    /// names the authority once per file.
    @Test func missingAuthority() {
        let outcome = validate(authorities: [:])
        #expect(outcome.record == nil)
        #expect(outcome.diagnostics == [])
        #expect(outcome.missingAuthority == Self.authority)

        var missing = MissingAuthorities(kind: .penalty)
        for line in [2, 5, 9] { missing.note(outcome, at: SourceLocation(file: "Content/penalties/2019.csv", line: line)) }
        #expect(missing.diagnostics == [Diagnostic(.error, file: "Content/penalties/2019.csv", line: 2, field: "CF_CFJG",
            "处罚机关 '测试市市场监督管理局' is not in site.yaml authorities, so its 统一社会信用代码 is unknown: 3 rows of this file "
                + "rejected, the first here; add it to site.yaml as authorities: {测试市市场监督管理局: <its 统一社会信用代码>}")])
    }

    /// A legacy record and the same decision exported in V2.0 are one record: same key, same public id.
    @Test func sameRecordAsV2() throws {
        let legacy = try #require(validate().record)
        let v2 = try T.record(.penalty, T.fields(T.penaltyFields, ["CF_WSH": "测市监罚〔2026〕11号"]))
        #expect(legacy.key == v2.key)
        #expect(RecordIdentity.id(for: legacy) == RecordIdentity.id(for: v2))
    }

    /// Missing 2016 columns are named by their 2016 code and name; the fields the template fills in
    /// (类别, the authority's code, 数据来源单位) are not asked for.
    @Test func missingLegacyColumns() {
        let header = Self.issueHeader.filter { $0 != "处罚名称" && $0 != "处罚结果" }
        let (m, failure) = mapping(header)
        #expect(m.template == .legacy2016)
        #expect(failure == .missing([.init(code: "CF_CFMC", name: "处罚名称"), .init(code: "CF_JG", name: "处罚结果")]))
    }

    /// A V2.0 column beside a 2016 column for the same field is a conflict; 处罚类别1 and 2 are not.
    @Test func conflicts() {
        let (_, failure) = mapping(Self.issueHeader + ["CF_CFLB"])
        #expect(failure == .duplicate(3, 21, code: "CF_CFLB", name: "处罚类别"))
    }

    /// Licensing: 许可决定日期 is also 有效期自; 审批类别 outside the five words is 其他; 当前状态 defaults to 正常.
    @Test func licensing() throws {
        let header = ["行政许可决定书文号", "项目名称", "审批类别", "许可内容", "行政相对人名称", "行政相对人代码_1(统一社会信用代码)",
                      "法定代表人姓名", "许可决定日期", "许可截止期", "许可机关", "当前状态"]
        let (m, failure) = ColumnMapping.map(header, folder: .licensing, aliases: [:])
        #expect(failure == nil)
        #expect(m.template == .legacy2016)
        func record(_ category: String) throws -> Record? {
            let cells = ["测市监许〔2019〕5号", "食品经营许可", category, "预包装食品销售", "测试市恒通建材有限公司", "91420500MA4K00001G",
                         "王五", "2019/03/01", "2024/02/28", Self.authority, ""]
            let (values, problems) = m.values(of: cells)
            #expect(problems.isEmpty)
            let raw = RawRow(location: SourceLocation(file: "x", line: 2), values: values, template: m.template)
            let outcome = RecordValidator(kind: .licensing, asOf: Self.asOf, policy: .init(), authorities: [Self.authority: Self.authorityCode]).validate(raw)
            #expect(outcome.diagnostics == [])
            return outcome.record
        }
        let r = try #require(try record("普通许可"))
        #expect(r["XK_XKWS"] == "食品经营许可")
        #expect(r["XK_XKLB"] == "普通")
        #expect(r["XK_JDRQ"] == "2019-03-01")
        #expect(r["XK_YXQZ"] == "2019-03-01")
        #expect(r["XK_YXQZI"] == "2024-02-28")
        #expect(r["XK_ZT"] == "正常")
        #expect(r["XK_XKJGDM"] == Self.authorityCode)
        #expect(r["XK_LYDW"] == Self.authority)
        #expect(try record("行政审批")?["XK_XKLB"] == "其他")
    }
}
