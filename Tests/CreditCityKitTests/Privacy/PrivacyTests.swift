import Foundation
import PropertyBased
import Testing
@testable import CreditCityKit

/// Privacy (SPEC section 5): masking of names, ID numbers and free text, the scanner that finds what
/// must not be public, and the audit of a built site.
@Suite("Privacy")
struct PrivacyTests {
    typealias T = TestSupport

    func masker(name: SiteConfig.Policy.PersonName = .mask, keep: (Int, Int) = (4, 4)) -> Masker {
        var policy = SiteConfig.Policy()
        policy.personName = name
        policy.idNumberKeep = keep
        return Masker(policy: policy)
    }

    /// Names keep their first character and get one * per other character, unless the office chose `full`.
    @Test("person names", arguments: [("张三", "张*"), ("欧阳娜娜", "欧***"), ("李", "李"), ("", "")])
    func personName(name: String, masked: String) {
        #expect(masker().personName(name) == masked)
        #expect(masker(name: .full).personName(name) == name)
    }

    /// ID numbers keep id_number_keep characters at each end: [4, 4] → 4 + 10 stars + 4, [6, 4] → 6 + 8 + 4.
    @Test("ID numbers", arguments: [
        (4, 4, "4205**********0011"),
        (2, 8, "42********01010011"),
        (6, 4, "420502********0011"),
        (3, 2, "420*************11"),
        (0, 0, "******************"),
    ])
    func idNumber(head: Int, tail: Int, masked: String) {
        #expect(masker(keep: (head, tail)).idNumber("420502198001010011") == masked)
    }

    /// Other lengths keep at most the share of 10 in 18: an old 15-digit number keeps [4, 4] like free text
    /// does, a 9-character passport number only 2 at each end.
    @Test("ID numbers of other lengths")
    func otherLengths() {
        #expect(masker().idNumber("420502800101001") == "4205*******1001")
        #expect(masker().freeText("420502800101001") == "4205*******1001")
        #expect(masker().idNumber("E12345678") == "E1*****78")
        #expect(masker(keep: (6, 4)).idNumber("420502800101001") == "420*********001")
    }

    /// The personal numbers of free text are masked wherever they stand, in every written form.
    @Test("free text: ID and mobile numbers masked", arguments: [
        ("身份证号420502198001010011，", "身份证号4205**********0011，"),
        ("证件 11010519491231002x 已核", "证件 1101**********002x 已核"),
        ("旧证420502800101001号", "旧证4205*******1001号"),
        ("电话13812345678。", "电话138****5678。"),
        ("电话：138-1234-5678", "电话：138-****-5678"),
        ("电话 138 1234 5678 联系", "电话 138 **** 5678 联系"),
        ("Tel: +86 13912345678", "Tel: +86 139****5678"),
        ("Tel:+8613912345678", "Tel:+86139****5678"),
        ("李四（420502198001010011，13812345678）", "李四（4205**********0011，138****5678）"),
        // Glued to letters: still someone's ID number (a hash never holds 17 checksummed digits).
        ("ID420502198001010011Tel", "ID4205**********0011Tel"),
        ("Tel13812345678", "Tel138****5678"),
    ])
    func freeTextMasked(text: String, masked: String) {
        #expect(masker().freeText(text) == masked)
        #expect(SensitiveScanner.scan(Array(masked.utf8)).isEmpty)
    }

    /// Numbers that are not personal numbers stay as they are.
    @Test("free text: other numbers untouched", arguments: [
        "决定书号420502198001010012（校验位错）",
        "统一社会信用代码91420500MA4K00001G",
        "统一社会信用代码 12420500011100000G",
        "编号138123456789",
        "订单ABC13812345678",
        "13812345678abc",
        "金额12345.67万元，2026年11月21日",
    ])
    func freeTextUntouched(text: String) {
        #expect(masker().freeText(text) == text)
    }

    // MARK: - Property

    static let fillers: [String] = ["当事人", "李四", "，", "。", "电话", " ", "（", "）", "Tel:", "证件号码：", "abc", "、", "\n", "-", "备注"]

    /// A generated valid ID number (18 or old 15 digits) or mobile number in one of its written forms.
    static func personalNumber(_ kind: Int, _ seed: Int) -> String {
        let birth = CivilDate(dayNumber: Int(TestSupport.day("1930-01-01").dayNumber) + seed % 29_000)
        let region = String(110_000 + seed % 540_000)
        let sequence = String(format: "%03d", seed % 1000)
        let mobile = "1" + String(3 + seed % 7) + String(format: "%09d", (seed * 7919) % 1_000_000_000)
        switch kind {
        case 0: return TestSupport.idNumber(region: region, birth: birth, sequence: sequence)
        case 1: return region + String(birth.iso.replacingOccurrences(of: "-", with: "").dropFirst(2)) + sequence
        case 2: return mobile
        case 3: return "\(mobile.prefix(3))-\(mobile.dropFirst(3).prefix(4))-\(mobile.suffix(4))"
        case 4: return "\(mobile.prefix(3)) \(mobile.dropFirst(3).prefix(4)) \(mobile.suffix(4))"
        case 5: return "+86 " + mobile
        default: return "+86" + mobile
        }
    }

    /// Valid ID numbers and mobiles embedded in random Chinese and ASCII text: the masker's output holds
    /// nothing the scanner would find.
    @Test("masked free text is clean")
    func maskedTextIsClean() async {
        let piece = zip(Gen.int(in: 0...6), Gen.int(in: 0...Int(Int32.max)), Gen.int(in: 0...(Self.fillers.count - 1)))
        await propertyCheck(count: 300, input: piece.array(of: 1...6)) { pieces in
            let text = pieces.map { Self.fillers[$0.2] + Self.personalNumber($0.0, $0.1) }.joined() + "。"
            let masked = masker().freeText(text)
            #expect(SensitiveScanner.scan(Array(masked.utf8)).isEmpty, "\(text) → \(masked)")
        }
    }

    // MARK: - PublishedRecord

    /// The legal representative's ID and its type never reach a published record; an ID number in a
    /// company name or in 备注 comes out masked, as does the person's own number.
    @Test("published records hold no personal numbers")
    func publishedRecord() throws {
        let record = try T.record(.penalty, T.fields(T.penaltyFields, [
            "CF_XDR_MC": "测试市420502198001010011建材公司", "CF_FRDB": "王五", "CF_FR_ZJLX": "身份证",
            "CF_FR_ZJHM": "420502199003150039", "BZ": "联系人身份证420502199003150039，电话13812345678",
        ]))
        let decision = PublicationRules(asOf: T.day("2026-07-01"), policy: .init()).decide(record)
        let published = PublishedRecord(record: record, decision: decision, masker: masker())
        #expect(!published.fields.contains { $0.code.hasSuffix("_FR_ZJHM") || $0.code.hasSuffix("_FR_ZJLX") })
        #expect(published.subjectName == "测试市4205**********0011建材公司")
        #expect(published.value("CF_XDR_MC") == "测试市4205**********0011建材公司")
        #expect(published.value("BZ") == "联系人身份证4205**********0039，电话138****5678")
        #expect(published.value("CF_FRDB") == "王五")
        let everything = published.fields.map(\.value).joined(separator: "\n") + published.subjectName + published.summary
        #expect(SensitiveScanner.scan(Array(everything.utf8)).isEmpty)
        #expect(!everything.contains("199003150039"))

        let person = try T.record(.penalty, T.personPenaltyFields)
        let shown = PublishedRecord(record: person, decision: decision, masker: masker())
        #expect(shown.value("CF_XDR_ZJHM") == "4205**********0011")
        #expect(shown.value("CF_XDR_MC") == "李*")
        #expect(shown.subjectName == "李*")
        #expect(shown.subjectCode == nil)
    }

    // MARK: - Audit

    /// Builds Fixtures/small into `dir`/Output and returns its path.
    static func buildSmall(into dir: URL) async throws -> String {
        let options = TestSupport.buildOptions(content: T.fixture("small"), in: dir)
        _ = try await BuildPipeline(options: options).run()
        return options.outputDir
    }

    /// Inserts `text` into `file` of `root` after the first occurrence of `marker`; returns the byte offset.
    static func plant(_ text: String, in file: String, of root: String, after marker: String) throws -> Int {
        let path = root + "/" + file
        var bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let m = Array(marker.utf8)
        let at = try #require((0...(bytes.count - m.count)).first { Array(bytes[$0..<($0 + m.count)]) == m }) + m.count
        bytes.insert(contentsOf: Array(text.utf8), at: at)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return at
    }

    /// A valid ID planted in a built site, plain, as HTML character references or as JSON `\u` escapes,
    /// is found with its file and byte offset.
    @Test("audit finds planted ID numbers")
    func audit() async throws {
        try await T.withTemporaryFolder { dir in
            let root = try await Self.buildSmall(into: dir)
            #expect(try PrivacyAudit.scan(root: root) == [])

            let id = "11010519491231002X"
            let plain = try Self.plant("<p>\(id)</p>", in: "index.html", of: root, after: "<body>") + 3
            let decimal = id.utf8.map { "&#\($0);" }.joined()
            let entity = try Self.plant("<p>\(decimal)</p>", in: "notices/index.html", of: root, after: "<body>") + 3
            let escaped = id.utf8.map { "\\u" + String(format: "%04x", $0) }.joined()
            let json = try Self.plant("\"note\":\"\(escaped)\",", in: "feeds/manifest.json", of: root, after: "{") + 8
            let mobile = try Self.plant(" 13912345678 ", in: "notices/index.html", of: root, after: "</p>") + 1

            let findings = try PrivacyAudit.scan(root: root)
            #expect(findings == [
                PrivacyAudit.Finding(file: "feeds/manifest.json", offset: json, kind: .idNumber),
                PrivacyAudit.Finding(file: "index.html", offset: plain, kind: .idNumber),
                PrivacyAudit.Finding(file: "notices/index.html", offset: entity, kind: .idNumber),
                PrivacyAudit.Finding(file: "notices/index.html", offset: entity + decimal.utf8.count + 4 + 1, kind: .mobile),
            ])
            _ = mobile
        }
    }
}
