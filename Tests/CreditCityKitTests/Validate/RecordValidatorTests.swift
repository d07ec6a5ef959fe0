import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Row validation (SPEC section 2): each message of `Messages` produced by a real row and asserted as a
/// whole `Diagnostic`, normalisation, and header mapping through `ContentLoader`.
@Suite("RecordValidator")
struct RecordValidatorTests {
    typealias T = TestSupport
    static let file = "Content/penalties/2026.csv"
    static let asOf = TestSupport.day("2026-11-22")

    /// Validates `fields` of `kind` as row 7 of `file` on 2026-11-22.
    func validate(_ kind: RecordKind, _ fields: [String: String], policy: SiteConfig.Policy = .init()) -> RecordValidator.Outcome {
        RecordValidator(kind: kind, asOf: Self.asOf, policy: policy).validate(T.rawRow(kind, fields, file: Self.file, line: 7))
    }

    func error(_ field: String, _ message: String) -> Diagnostic {
        Diagnostic(.error, file: Self.file, line: 7, field: field, message)
    }

    static let penaltyCategories = FieldCatalog.penaltyCategoryValues.joined(separator: ", ")
    static let subjectCategories = "法人及非法人组织, 自然人, 个体工商户"

    /// Each bad row is rejected with exactly one diagnostic naming file, line, field and reason.
    @Test("one rejected row, one whole diagnostic", arguments: [
        // A required field left empty.
        (RecordKind.penalty, ["CF_WSH": nil], "CF_WSH", "行政处罚决定书文号 is required"),
        (.licensing, ["XK_NR": nil], "XK_NR", "许可内容 is required"),
        // Identifiers required by subject category.
        (.penalty, ["CF_XDR_SHXYM": nil], "CF_XDR_SHXYM", "统一社会信用代码 is required for 法人及非法人组织"),
        (.penalty, ["CF_XDR_LB": "自然人", "CF_XDR_SHXYM": nil], "CF_XDR_ZJHM", "证件号码 is required for 自然人"),
        // A subject category of no standard.
        (.penalty, ["CF_XDR_LB": "公司"], "CF_XDR_LB", "'公司' is not a 行政相对人类别; expected one of \(subjectCategories)"),
        // A 许可类别 of no standard.
        (.licensing, ["XK_XKLB": "普通许可"], "XK_XKLB", "'普通许可' is not a 许可类别; expected one of 普通, 特许, 认可, 核准, 登记, 其他"),
        // One bad 处罚类别 inside a multi-category cell.
        (.penalty, ["CF_CFLB": "罚款；拘役、警告"], "CF_CFLB", "'拘役' is not a 处罚类别; expected one of \(penaltyCategories)"),
        // Dates: unknown form and a day that does not exist.
        (.penalty, ["CF_JDRQ": "2026.06.01"], "CF_JDRQ",
         "'2026.06.01': not a date in a known form (expected 2026-11-21, 2026/11/21, 2026年11月21日 or 20261121)"),
        (.penalty, ["CF_JDRQ": "2026-02-30"], "CF_JDRQ", "'2026-02-30': no such day: 2026-02-30"),
        // A decision made after the build day.
        (.penalty, ["CF_JDRQ": "2026-11-23"], "CF_JDRQ",
         "处罚决定日期 2026-11-23 is after the build day 2026-11-22; a decision cannot be published before it is made"),
        (.licensing, ["XK_JDRQ": "2026/11/23"], "XK_JDRQ",
         "许可决定日期 2026-11-23 is after the build day 2026-11-22; a decision cannot be published before it is made"),
        // An end before its start.
        (.licensing, ["XK_YXQZI": "2026-02-28"], "XK_YXQZI", "有效期至 2026-02-28 is before 有效期自 2026-03-01"),
        (.penalty, ["CF_GSJZQ": "2026-05-31"], "CF_GSJZQ", "公示截止期 2026-05-31 is before 处罚决定日期 2026-06-01"),
        // A wrong check character, in the subject's and in an authority's code.
        (.penalty, ["CF_XDR_SHXYM": "914205007110500003"], "CF_XDR_SHXYM", "check character is 3, expected Y"),
        (.penalty, ["CF_CFJGDM": "11420500MB00000012"], "CF_CFJGDM", "check character is 2, expected 1"),
        // The 个体工商户 placeholder anywhere else.
        (.penalty, ["CF_XDR_SHXYM": "00000000000000000X"], "CF_XDR_SHXYM",
         "the placeholder 00000000000000000X is only accepted for 个体工商户, not for 法人及非法人组织"),
        (.penalty, ["CF_CFJGDM": "00000000000000000X"], "CF_CFJGDM", "the placeholder 00000000000000000X is not a code of an authority"),
        // A bad 公民身份号码 where the document type is 身份证 (or not given).
        (.penalty, ["CF_XDR_LB": "自然人", "CF_XDR_SHXYM": nil, "CF_XDR_ZJLX": "身份证", "CF_XDR_ZJHM": "420502198001010012"],
         "CF_XDR_ZJHM", "not a valid 公民身份号码: check character is 2, expected 1"),
        (.penalty, ["CF_XDR_LB": "自然人", "CF_XDR_SHXYM": nil, "CF_XDR_ZJHM": "42050219800101001"],
         "CF_XDR_ZJHM", "not a valid 公民身份号码: must be 18 characters, found 17"),
        // A bad amount.
        (.penalty, ["CF_NR_FK": "十万"], "CF_NR_FK",
         "'十万': not an amount in 万元 (expected a number such as 0.5, 12 or 1,200.50, optionally followed by 万元)"),
        (.penalty, ["CF_NR_FK": "-1"], "CF_NR_FK", "'-1': an amount must not be negative"),
        // A status that is no word of the standard, and a numeric one without status_codes.
        (.penalty, ["CF_ZT": "执行中"], "CF_ZT", "'执行中' is not a status; expected 有效, 正常, 无效, 撤销 or 异议"),
        (.licensing, ["XK_ZT": "1"], "XK_ZT",
         "numeric status '1' has no meaning set; add it to site.yaml, e.g. policy: {status_codes: {\"1\": 有效}}"),
    ] as [(RecordKind, [String: String?], String, String)])
    func rejected(kind: RecordKind, changes: [String: String?], field: String, message: String) {
        let base = kind == .penalty ? T.penaltyFields : T.licensingFields
        let outcome = validate(kind, T.fields(base, changes))
        #expect(outcome.record == nil)
        #expect(outcome.diagnostics == [error(field, message)])
    }

    /// A red-list entry needs 有效期至; a black-list entry does not.
    @Test("有效期至 is required for 红名单 only")
    func redListEnd() {
        let red = validate(.listEntry, T.fields(T.redListFields, ["MD_YXQZ": nil]))
        #expect(red.diagnostics == [error("MD_YXQZ", "有效期至 is required for 红名单")])
        let black = validate(.listEntry, T.fields(T.blackListFields, ["MD_YXQZ": nil]))
        #expect(black.diagnostics == [])
        #expect(black.record != nil)
    }

    /// Every problem of a row is reported, not only the first.
    @Test("all problems of a row are reported")
    func severalProblems() {
        let outcome = validate(.penalty, T.fields(T.penaltyFields, ["CF_WSH": nil, "CF_NR_FK": "abc"]))
        #expect(outcome.diagnostics.map(\.field) == ["CF_WSH", "CF_NR_FK"])
    }

    /// The placeholder stands for "no code" for a 个体工商户, which needs no identifier at all.
    @Test("placeholder accepted for 个体工商户")
    func placeholderForIndividualBusiness() throws {
        let outcome = validate(.penalty, T.fields(T.penaltyFields, ["CF_XDR_LB": "个体工商户", "CF_XDR_SHXYM": "00000000000000000x"]))
        #expect(outcome.diagnostics == [])
        let record = try #require(outcome.record)
        #expect(record["CF_XDR_SHXYM"] == "00000000000000000X")
        #expect(record.subject == .individualBusiness)
    }

    /// Passports and other documents have no checksum of the standard: their numbers are taken as given.
    @Test("non-身份证 documents are not checksum-checked", arguments: ["护照", "港澳居民来往内地通行证", "台湾居民来往大陆通行证"])
    func otherDocuments(type: String) throws {
        let outcome = validate(.penalty, T.fields(T.personPenaltyFields, ["CF_XDR_ZJLX": type, "CF_XDR_ZJHM": "E12345678"]))
        #expect(outcome.diagnostics == [])
        #expect(try #require(outcome.record)["CF_XDR_ZJHM"] == "E12345678")
    }

    /// A numeric status is mapped through policy.status_codes.
    @Test("numeric status with status_codes", arguments: [("1", "有效"), ("2", "无效")])
    func mappedStatus(code: String, meaning: String) throws {
        var policy = SiteConfig.Policy()
        policy.statusCodes = ["1": "有效", "2": "无效"]
        let outcome = validate(.licensing, T.fields(T.licensingFields, ["XK_ZT": code]), policy: policy)
        #expect(outcome.diagnostics == [])
        #expect(try #require(outcome.record)["XK_ZT"] == meaning)
    }

    /// Dates become ISO 8601 (or 长期), categories are joined with ；, subject aliases become the standard's
    /// words, codes and ID numbers are upper-cased, amounts become plain decimals.
    @Test("normalisation")
    func normalisation() throws {
        let penalty = try #require(validate(.penalty, T.fields(T.penaltyFields, [
            "CF_JDRQ": "2026/6/1", "CF_GSJZQ": "2027年5月31日", "CF_YXQ": "20270601", "CF_CFLB": " 罚款、没收违法所得;警告，通报批评 ",
            "CF_XDR_LB": "法人及其他组织", "CF_XDR_SHXYM": "91420500ma4k00001g", "CF_NR_FK": "1,200.50万元",
        ])).record)
        #expect(penalty["CF_JDRQ"] == "2026-06-01")
        #expect(penalty["CF_GSJZQ"] == "2027-05-31")
        #expect(penalty["CF_YXQ"] == "2027-06-01")
        #expect(penalty["CF_CFLB"] == "罚款；没收违法所得；警告；通报批评")
        #expect(penalty["CF_XDR_LB"] == "法人及非法人组织")
        #expect(penalty["CF_XDR_SHXYM"] == "91420500MA4K00001G")
        #expect(penalty["CF_NR_FK"] == "1200.5")

        let licence = try #require(validate(.licensing, T.fields(T.licensingFields, ["XK_YXQZI": "长期"])).record)
        #expect(licence["XK_YXQZI"] == "长期")
        #expect(licence.facts.validUntil == nil)
        let farFuture = try #require(validate(.licensing, T.fields(T.licensingFields, ["XK_YXQZI": "2099-12-31"])).record)
        #expect(farFuture["XK_YXQZI"] == "长期")

        let person = try #require(validate(.penalty, T.fields(T.personPenaltyFields, [
            "CF_XDR_LB": "个人", "CF_XDR_ZJHM": "11010519491231002x",
        ])).record)
        #expect(person.subject == .person)
        #expect(person["CF_XDR_LB"] == "自然人")
        #expect(person["CF_XDR_ZJHM"] == "11010519491231002X")
        let shop = try #require(validate(.penalty, T.fields(T.penaltyFields, ["CF_XDR_LB": "个体户"])).record)
        #expect(shop.subject == .individualBusiness)
        #expect(shop["CF_XDR_LB"] == "个体工商户")
    }

    // MARK: - Header mapping through ContentLoader

    /// Writes `text` as a content file of `kind` and reads it; returns the rows and the log.
    func load(_ text: String, kind: RecordKind = .penalty, name: String = "2026.csv") throws -> (rows: [RawRow], log: [Diagnostic]) {
        let dir = try T.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        let format: ContentFile.Format = name.hasSuffix(".csv") ? .csv : .json
        let file = ContentFile(path: path, displayPath: "Content/\(kind.folder.name)/\(name)", folder: kind.folder, format: format)
        var log = DiagnosticLog()
        var rows: [RawRow] = []
        try ContentLoader.read(file, log: &log) { rows.append($0) }
        return (rows, log.diagnostics)
    }

    /// A CSV line of the penalty base row in the order of `codes`.
    func csvLine(_ codes: [String], _ fields: [String: String] = TestSupport.penaltyFields) -> String {
        codes.map { fields[$0] ?? "" }.joined(separator: ",")
    }

    static let penaltyCodes = TestSupport.penaltyFields.keys.sorted()

    /// Chinese header names map to the field codes, and the rows validate.
    @Test("Chinese headers map to codes")
    func chineseHeaders() throws {
        let names = Self.penaltyCodes.map { FieldCatalog.penalties.spec($0).name }
        let (rows, log) = try load(names.joined(separator: ",") + "\n" + csvLine(Self.penaltyCodes) + "\n")
        #expect(log == [])
        let row = try #require(rows.first)
        #expect(row.location == SourceLocation(file: "Content/penalties/2026.csv", line: 2))
        let record = try #require(RecordValidator(kind: .penalty, asOf: Self.asOf, policy: .init()).validate(row).record)
        #expect(record["CF_WSH"] == "测市监罚〔2026〕1号")
        #expect(record["CF_CFJGDM"] == "11420500MB00000011")
    }

    /// Field codes are matched in any case, with surrounding spaces.
    @Test("codes in lower case")
    func lowerCaseCodes() throws {
        let header = Self.penaltyCodes.map { " " + $0.lowercased() }.joined(separator: ",")
        let (rows, log) = try load(header + "\n" + csvLine(Self.penaltyCodes) + "\n")
        #expect(log == [])
        #expect(rows.count == 1)
        #expect(RecordValidator(kind: .penalty, asOf: Self.asOf, policy: .init()).validate(rows[0]).diagnostics == [])
    }

    /// Unknown columns are ignored with one warning per file, however many rows there are.
    @Test("unknown columns: one warning per file")
    func unknownColumns() throws {
        let header = (Self.penaltyCodes + ["EXTRA", "备用字段"]).joined(separator: ",")
        let row = csvLine(Self.penaltyCodes) + ",x,y"
        let (rows, log) = try load([header, row, row, row].joined(separator: "\n") + "\n")
        #expect(rows.count == 3)
        #expect(log == [Diagnostic(.warning, file: "Content/penalties/2026.csv", line: 1, "unknown columns ignored: EXTRA, 备用字段")])
    }

    /// A missing required column rejects the whole file with one error naming the columns and the row count.
    @Test("missing required columns reject the file")
    func missingColumns() throws {
        let codes = Self.penaltyCodes.filter { $0 != "CF_YJ" && $0 != "CF_WSH" }
        let (rows, log) = try load([codes.joined(separator: ","), csvLine(codes), csvLine(codes)].joined(separator: "\n") + "\n")
        #expect(rows.isEmpty)
        #expect(log == [Diagnostic(.error, file: "Content/penalties/2026.csv", line: 1, field: "CF_WSH",
                                   "file rejected (2 rows): missing required columns: CF_WSH 行政处罚决定书文号, CF_YJ 处罚依据")])
    }

    /// Two columns holding the same field (by code and by Chinese name) reject the file.
    @Test("duplicate columns reject the file")
    func duplicateColumns() throws {
        let codes = Self.penaltyCodes + ["行政处罚决定书文号"]
        let position = Self.penaltyCodes.firstIndex(of: "CF_WSH")! + 1
        let line = csvLine(Self.penaltyCodes) + ",other"
        let (rows, log) = try load([codes.joined(separator: ","), line].joined(separator: "\n") + "\n")
        #expect(rows.isEmpty)
        #expect(log == [Diagnostic(.error, file: "Content/penalties/2026.csv", line: 1, field: "CF_WSH",
                                   "file rejected (1 rows): columns \(position) and \(codes.count) both hold CF_WSH 行政处罚决定书文号")])
    }

    /// In JSON, a required key absent from every record is a missing column: the file is rejected once.
    @Test("JSON: a required key absent from every record rejects the file")
    func jsonMissingKey() throws {
        func object(_ f: [String: String]) -> String {
            let data = try! JSONSerialization.data(withJSONObject: f, options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self)
        }
        let without = T.fields(T.penaltyFields, ["CF_YJ": nil])
        let (rows, log) = try load("[" + object(without) + ",\n" + object(without) + "]\n", name: "2026.json")
        #expect(rows.isEmpty)
        #expect(log == [Diagnostic(.error, file: "Content/penalties/2026.json", line: nil, field: "CF_YJ",
                                   "file rejected (2 rows): missing required column: CF_YJ 处罚依据")])

        // Absent from one record only: that record alone is rejected, by the validator.
        let (someRows, someLog) = try load("[" + object(T.penaltyFields) + ",\n" + object(without) + "]\n", name: "2026.json")
        #expect(someLog == [])
        let outcomes = someRows.map { RecordValidator(kind: .penalty, asOf: Self.asOf, policy: .init()).validate($0) }
        #expect(outcomes.map { $0.record != nil } == [true, false])
        #expect(outcomes[1].diagnostics == [Diagnostic(.error, file: "Content/penalties/2026.json", line: 2, field: "CF_YJ", "处罚依据 is required")])
    }

    /// Without an 审核状态 column every entry is approved; with it only 已审核 / 审核通过 / 通过 are.
    @Test("审核状态 decides approval")
    func approval() throws {
        let codes = T.blackListFields.keys.sorted()
        let validator = RecordValidator(kind: .listEntry, asOf: Self.asOf, policy: .init())
        func line(_ f: [String: String], _ state: String? = nil) -> String {
            codes.map { f[$0] ?? "" }.joined(separator: ",") + (state.map { "," + $0 } ?? "")
        }
        let entries = (1...6).map { T.fields(T.blackListFields, ["MD_RDWH": "（2026）测执\($0)号"]) }

        let (plain, plainLog) = try load(([codes.joined(separator: ",")] + entries.map { line($0) }).joined(separator: "\n") + "\n",
                                         kind: .listEntry)
        #expect(plainLog == [])
        #expect(plain.compactMap { validator.validate($0).record?.facts.approved } == Array(repeating: true, count: 6))

        let states = ["已审核", "审核通过", "通过", "待审核", "", "未通过"]
        let body = ([codes.joined(separator: ",") + ",审核状态"] + zip(entries, states).map { line($0, $1) }).joined(separator: "\n")
        let (rows, log) = try load(body + "\n", kind: .listEntry)
        #expect(log == [])
        #expect(rows.compactMap { validator.validate($0).record?.facts.approved } == [true, true, true, false, false, false])

        // JSON: a key some records carry is a column; a record without it has an empty cell (not approved).
        let json = """
        [{"MD_LB":"黑名单","MD_MC":"失信被执行人","MD_XDR_MC":"甲公司","MD_XDR_LB":"法人及非法人组织","MD_XDR_SHXYM":"91420500MA4K00001G","MD_RDBM":"法院","MD_RDWH":"1号","MD_RDRQ":"2026-05-01","MD_SHZT":"通过"},
         {"MD_LB":"黑名单","MD_MC":"失信被执行人","MD_XDR_MC":"甲公司","MD_XDR_LB":"法人及非法人组织","MD_XDR_SHXYM":"91420500MA4K00001G","MD_RDBM":"法院","MD_RDWH":"2号","MD_RDRQ":"2026-05-01"}]
        """
        let (jsonRows, jsonLog) = try load(json, kind: .listEntry, name: "2026.json")
        #expect(jsonLog == [])
        #expect(jsonRows.compactMap { validator.validate($0).record?.facts.approved } == [true, false])
    }
}
