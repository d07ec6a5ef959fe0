import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Masking (SPEC section 5): names, ID numbers, free text, a record's every field and the persons it
/// names, notices and site.yaml text.
@Suite("Masker")
struct MaskerTests {
    typealias T = TestSupport

    func masker(name: SiteConfig.Policy.PersonName = .mask, keep: (Int, Int) = (4, 4),
                publicNumbers: [String] = []) -> Masker {
        var policy = SiteConfig.Policy()
        policy.personName = name
        policy.idNumberKeep = keep
        return Masker(policy: policy, publicNumbers: try! PublicNumbers(officeNumbers: publicNumbers))
    }

    /// Names keep their first character and get one * per other character, unless the office chose `full`.
    @Test("person names", arguments: [("张三", "张*"), ("欧阳娜娜", "欧***"), ("李", "李"), ("", "")])
    func personName(name: String, masked: String) {
        #expect(masker().personName(name) == masked)
        #expect(masker(name: .full).personName(name) == name)
    }

    /// ID numbers keep id_number_keep characters at each end: [4, 4] → 4 + 10 stars + 4, [6, 4] → 6 + 8 + 4.
    @Test("ID numbers", arguments: [
        (4, 4, "4205**********0011"), (2, 8, "42********01010011"), (6, 4, "420502********0011"),
        (3, 2, "420*************11"), (0, 0, "******************"),
    ])
    func idNumber(head: Int, tail: Int, masked: String) {
        #expect(masker(keep: (head, tail)).idNumber("420502198001010011") == masked)
    }

    /// Other lengths keep at most the share of 10 in 18, in the ID field and in free text alike.
    @Test("ID numbers of other lengths")
    func otherLengths() {
        #expect(masker().idNumber("420502800101001") == "4205*******1001")
        #expect(masker().freeText("420502800101001") == "4205*******1001")
        #expect(masker().idNumber("E12345678") == "E1*****78")
        #expect(masker(keep: (6, 4)).idNumber("420502800101001") == "420*********001")
        #expect(masker(keep: (6, 4)).freeText("旧证420502800101001") == "旧证420*********001")
    }

    /// Personal numbers are masked character by character in every written form; separators stay.
    @Test("free text: ID and mobile numbers masked", arguments: [
        ("身份证号420502198001010011，", "身份证号4205**********0011，"),
        ("证件 11010519491231002x 已核", "证件 1101**********002x 已核"),
        ("电话：138-1234-5678", "电话：138-****-5678"),
        ("Tel: +86 13912345678", "Tel: +86 139****5678"),
        ("Tel:+8613912345678", "Tel:+86139****5678"),
        ("手机13812345678Email:a@b.cn", "手机138****5678Email:a@b.cn"),
        ("手机１３８１２３４５６７８", "手机１３８****５６７８"),
        ("身份证 420502 19900101 0016", "身份证 4205** ******** 0016"),
        ("手机 138.1234.5678", "手机 138.****.5678"),
        ("1 3 8 1 2 3 4 5 6 7 8", "1 3 8 * * * * 5 6 7 8"),
        ("(138)12345678", "(138)****5678"),
        ("138\u{200B}1234\u{00A0}5678", "138\u{200B}****\u{00A0}5678"),
        ("４２０５０２１９９００１０１００１６", "４２０５**********００１６"),
        ("李四（420502198001010011，13812345678）", "李四（4205**********0011，138****5678）"),
    ])
    func freeTextMasked(text: String, masked: String) {
        #expect(masker().freeText(text) == masked)
        #expect(SensitiveScanner.scan(masked).isEmpty)
    }

    /// The office's own numbers (public_numbers) stay, in any written form; others are masked.
    @Test func publicNumbers() {
        let m = masker(publicNumbers: ["0717-6220000", "+86 139 0717 0000"])
        #expect(m.freeText("值班手机13907170000") == "值班手机13907170000")
        #expect(m.freeText("值班手机139-0717-0000，另13812345678") == "值班手机139-0717-0000，另138****5678")
        #expect(throws: PublicNumbers.Rejection.self) { try PublicNumbers(officeNumbers: ["420502199001010016"]) }
    }

    /// The persons a record names are masked wherever their names appear in it, also spaced out.
    @Test func personNamesInText() {
        let names = PersonNames(["王小明", "李四、张三丰"])
        #expect(names.masked(in: "经查，当事人王小明于…，王 小明、王\u{3000}小\u{3000}明") == "经查，当事人王**于…，王 **、王\u{3000}*\u{3000}*")
        #expect(names.masked(in: "李四与张三丰") == "李*与张**")
        #expect(names.masked(in: "王小、小明") == "王小、小明")
        #expect(masker().freeText("当事人王小明13812345678", names: names) == "当事人王**138****5678")
        #expect(masker(name: .full).freeText("当事人王小明", names: names) == "当事人王小明")
    }

    /// The legal representative's ID and its type never reach a published record; a personal number
    /// in any field (name, 备注, authority, 文号) comes out masked; an organisation's 法定代表人 is public.
    @Test("published records hold no personal numbers")
    func publishedRecord() throws {
        let record = try T.record(.penalty, T.fields(T.penaltyFields, [
            "CF_XDR_MC": "测试市420502198001010011建材公司", "CF_FRDB": "王五", "CF_FR_ZJLX": "身份证",
            "CF_FR_ZJHM": "420502199003150039", "BZ": "联系人身份证420502199003150039，电话13812345678",
            "CF_CFJG": "测试市市场监督管理局（138 1234 5678）", "CF_WSH": "测市监罚〔2026〕1号 13912345678",
        ]))
        let decision = PublicationRules(asOf: T.day("2026-07-01"), policy: .init()).decide(record)
        let published = PublishedRecord(record: record, decision: decision, masker: masker())
        #expect(!published.fields.contains { $0.code.hasSuffix("_FR_ZJHM") || $0.code.hasSuffix("_FR_ZJLX") })
        #expect(published.subjectName == "测试市4205**********0011建材公司")
        #expect(published.value("BZ") == "联系人身份证4205**********0039，电话138****5678")
        #expect(published.value("CF_FRDB") == "王五")
        #expect(published.authority == "测试市市场监督管理局（138 **** 5678）")
        #expect(published.value("CF_WSH") == "测市监罚〔2026〕1号 139****5678")
        let everything = published.fields.map(\.value).joined(separator: "\n") + published.subjectName + published.summary
        #expect(SensitiveScanner.scan(everything).isEmpty)
        #expect(!everything.contains("199003150039"))
    }

    /// A natural person's name is masked in every field of the record; a 个体工商户's operator too.
    @Test func personsNamedInTheirRecords() throws {
        let decision = PublicationRules(asOf: T.day("2026-07-01"), policy: .init())
        let person = try T.record(.penalty, T.fields(T.personPenaltyFields, [
            "CF_XDR_MC": "王小明", "CF_SY": "经查，当事人王小明于2026年3月1日无证经营", "BZ": "王 小明已缴纳罚款",
        ]))
        let shown = PublishedRecord(record: person, decision: decision.decide(person), masker: masker())
        #expect(shown.value("CF_XDR_ZJHM") == "4205**********0011")
        #expect(shown.subjectName == "王**")
        #expect(shown.value("CF_SY") == "经查，当事人王**于2026年3月1日无证经营")
        #expect(shown.value("BZ") == "王 **已缴纳罚款")
        #expect(shown.subjectCode == nil)

        let shop = try T.record(.penalty, T.fields(T.penaltyFields, [
            "CF_XDR_MC": "测试市西陵区王小明烧烤店", "CF_XDR_LB": "个体工商户", "CF_XDR_SHXYM": "92420500MA4K00002" + String(CreditCode.checkCharacter(for: "92420500MA4K00002") ?? "?"),
            "CF_FRDB": "王小明", "CF_SY": "经查，经营者王小明销售过期食品",
        ]))
        let shopShown = PublishedRecord(record: shop, decision: decision.decide(shop), masker: masker())
        #expect(shopShown.value("CF_FRDB") == "王**")
        #expect(shopShown.value("CF_SY") == "经查，经营者王**销售过期食品")
        #expect(shopShown.subjectName == "测试市西陵区王**烧烤店")

        let company = try T.record(.penalty, T.fields(T.penaltyFields, ["CF_FRDB": "王小明", "CF_SY": "法定代表人王小明"]))
        let companyShown = PublishedRecord(record: company, decision: decision.decide(company), masker: masker())
        #expect(companyShown.value("CF_FRDB") == "王小明")
        #expect(companyShown.value("CF_SY") == "法定代表人王小明")
    }

    /// Organisations' public identifiers stay as they are, even where their digits read as a personal
    /// number; the check before rendering hands them to the audit as allowed.
    @Test func publicIdentifiers() throws {
        let code = "N14205001234X5678"
        let full = code + String(CreditCode.checkCharacter(for: code) ?? "?")
        let registration = try #require((0...9).map { "42050660012345\($0)" }.first(where: PublicIdentifier.isRegistrationNumber))
        #expect((0...9).map { "42050660012345\($0)" }.filter(PublicIdentifier.isRegistrationNumber).count == 1)
        #expect(PublicIdentifier.isRegistrationNumber("110108000000016"), "a published example of GB/T 17710")
        #expect(!SensitiveScanner.scan(registration).isEmpty, "its digits 7–12 read as a birth day")
        let record = try T.record(.penalty, T.fields(T.penaltyFields, ["CF_XDR_SHXYM": full, "CF_XDR_GSZC": registration]))
        let published = PublishedRecord(record: record, decision: PublicationRules(asOf: T.day("2026-07-01"), policy: .init()).decide(record),
                                         masker: masker())
        #expect(published.value("CF_XDR_SHXYM") == full)
        #expect(published.value("CF_XDR_GSZC") == registration)
        let outcome = PublishedTextCheck(publicNumbers: PublicNumbers()).check(published, at: record.location)
        #expect(outcome.diagnostics == [])
        #expect(outcome.publicIdentifiers.sorted() == [registration, full].sorted())
        // A natural person's 工商注册号 field is no organisation's: masked like any text.
        let person = try T.record(.penalty, T.fields(T.personPenaltyFields, ["CF_XDR_GSZC": registration]))
        let shown = PublishedRecord(record: person, decision: PublicationRules(asOf: T.day("2026-07-01"), policy: .init()).decide(person),
                                    masker: masker())
        #expect(shown.value("CF_XDR_GSZC") == "4205*******" + registration.suffix(4))
    }

    /// Notices: title, 文号 and issuer masked as text; the body masked in the parsed document, so the
    /// mask's * stay text, in the HTML and in the Markdown written back (escaped), raw HTML gone.
    @Test func notices() {
        let notice = Notice(title: "关于13812345678的通报", date: T.day("2026-11-01"), category: "通知公告",
                            docNumber: "示信用办〔2026〕13812号 13912345678", issuer: "信用办 139 1234 5678", slug: "n",
                            expires: nil, draft: false, body: "电话 138**1234**5678。\n", location: SourceLocation(file: "n.md", line: 1))
        let shown = NoticeMasking(masker: masker()).published(notice)
        #expect(shown.title == "关于138****5678的通报")
        #expect(shown.docNumber == "示信用办〔2026〕13812号 139****5678")
        #expect(shown.issuer == "信用办 139 **** 5678")
        #expect(shown.bodyHTML == "<p>电话 138<strong>****</strong>5678。</p>\n")
        #expect(shown.body == "电话 138**\\*\\*\\*\\***5678。\n")
    }

    /// site.yaml text is masked like content, with a warning naming the key; public_numbers stay.
    @Test func siteText() throws {
        var config = SiteConfig(name: "信用测试市", regionCode: "420500", baseURL: "https://x.example/", office: "信用办（13812345678）")
        config.contact.phone = "13907170000"
        config.publicNumbers = try PublicNumbers(officeNumbers: ["139-0717-0000"])
        let (shown, warnings) = SiteTextMasking.masked(config, displayPath: "Content/site.yaml")
        #expect(shown.office == "信用办（138****5678）")
        #expect(shown.contact.phone == "13907170000")
        #expect(warnings.map(\.description) == [
            "Content/site.yaml: warning: office: mobile number masked on the site as 信用办（138****5678）; if it is the office's own number, list it under public_numbers",
        ])
    }
}
