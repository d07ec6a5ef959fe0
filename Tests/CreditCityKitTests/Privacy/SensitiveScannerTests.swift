import CreditCityTestSupport
import Testing
@testable import CreditCityKit

/// The one detector (docs/privacy.md): every written form of the issue's table and the groupings
/// people use are found with the right digits; numbers that are not personal stay unfound.
@Suite("Personal number detector")
struct SensitiveScannerTests {
    /// What the detector reads in `text`: kind and the number's ASCII digits.
    func found(_ text: String) -> [String] {
        SensitiveScanner.scan(text).map { "\($0.kind == .mobile ? "mobile" : "id") \($0.number)" }
    }

    static let mobile = "mobile 13812345678"
    static let id = "id 420502199001010016"

    /// Each row of the issue's table, and the forms beside them.
    @Test("written forms", arguments: [
        ("手机13812345678Email:a@b.cn", mobile),
        ("手机１３８１２３４５６７８", mobile),
        ("身份证 420502 19900101 0016", id),
        ("手机 138.1234.5678", mobile),
        ("138  1234  5678", mobile),
        ("1 3 8 1 2 3 4 5 6 7 8", mobile),
        ("(138)12345678", mobile),
        ("（138）1234－5678", mobile),
        ("138\u{200B}1234\u{00A0}5678", mobile),
        ("138\u{3000}1234\u{3000}5678", mobile),
        ("138\u{2060}12345678\u{FEFF}", mobile),
        ("1381\u{00AD}2345678", mobile),
        ("420502-19900101-0016", id),
        ("４２０５０２１９９００１０１００１６", id),
        ("420502 1990 0101 0016", id),
        ("4205 0219 9001 0100 16", id),
        ("4 2 0 5 0 2 1 9 9 0 0 1 0 1 0 0 1 6", id),
        ("138—1234—5678", mobile),
        ("138–1234–5678", mobile),
        ("138_1234_5678", mobile),
        ("138/1234/5678", mobile),
        ("1381 2345 678", mobile),
        ("1 3812345678", mobile),
        ("+86 138 1234 5678", mobile),
        ("+8613812345678", mobile),
        ("86-138-1234-5678", mobile),
        ("008613812345678", mobile),
        ("+86138-1234-5678", mobile),
        ("Tel13812345678", mobile),
        ("13812345678abc", mobile),
        ("订单ABC13812345678", mobile),
        ("¹³⁸¹²³⁴⁵⁶⁷⁸", mobile),
        ("𝟏𝟑𝟖𝟏𝟐𝟑𝟒𝟓𝟔𝟕𝟖", mobile),
        ("①③⑧①②③④⑤⑥⑦⑧", mobile),
        ("电话：138\n1234\n5678", mobile),
        ("ID420502199001010016Tel", id),
    ])
    func writtenForms(text: String, expected: String) {
        #expect(found(text) == [expected])
    }

    /// Check characters X in any width, glued to the digits or after the last group.
    @Test("check character X", arguments: ["11010519491231002X", "11010519491231002x", "110105 19491231 002X",
                                            "１１０１０５１９４９１２３１００２Ｘ", "身份证11010519491231002X号", "11010519491231002XTel",
                                            "1 1 0 1 0 5 1 9 4 9 1 2 3 1 0 0 2 X", "110105 19491231 002 x号", "11010519491231002-Ｘ。"])
    func checkX(text: String) {
        #expect(found(text) == ["id 11010519491231002X"])
    }

    /// An old 15-digit number: a real birth day, no check digit.
    @Test func oldIDNumbers() {
        #expect(found("旧证420502800101001号") == ["id 420502800101001"])
        #expect(found("旧证 420502 800101 001") == ["id 420502800101001"])
        #expect(found("420500000012345") == [], "month 00 is no birth day: a 工商注册号")
        #expect(found("914205050627376B6D") == [], "no check digit: 15 digits glued to a letter are a code")
        #expect(found("ID420502800101001") == [])
        #expect(found("910502800101001") == [], "91 is no province")
    }

    /// Numbers that are not personal stay unfound: the public record must not be damaged.
    @Test("not personal numbers", arguments: [
        "决定书号420502199001010012（校验位错）",
        "鄂宜市监罚〔2026〕13812号",
        "许可编号 JY14205020012345",
        "统一社会信用代码91420500MA4K00001G",
        "统一社会信用代码 12420500011100000G",
        "编号138123456789",
        "金额12345.67万元，2026年11月21日",
        "金额 1381234.5678 万元",
        "138.12345678",
        "2026-11-21 至 2027-11-20",
        "12345678901",
        "固话 0717-6220000",
        "page 1 2 3 4 5 6 7 8 9 10 11 12 13",
        "… 136 137 138 139 140 … 20000",
        "一三八一二三四五六七八",
        "13-81-23-45-678",
        "1381-2-345678",
        "4205021990010100161",
        "138，1234，5678",
        "13:81:23:45:67:8",
    ])
    func notPersonal(text: String) {
        #expect(found(text) == [], "\(text)")
    }

    /// Birth years before 1900 are no living person's: such a number is not read as an ID number.
    @Test func birthYears() {
        #expect(found(TestSupport.idNumber(birth: TestSupport.day("1899-12-31"))) == [])
        #expect(found(TestSupport.idNumber(birth: TestSupport.day("1900-01-01"))).count == 1)
    }

    /// Two numbers in one text, and one beside other digit groups: each is found once.
    @Test func severalNumbers() {
        #expect(found("李四（420502199001010016，13812345678）") == [Self.id, Self.mobile])
        #expect(found("0717-6221234 13812345678") == [Self.mobile])
        #expect(found("443000 138 1234 5678 转 8") == [Self.mobile])
        #expect(found("11010519491231002 Xiao") == ["id 11010519491231002X"], "a letter after the check X does not protect it")
        #expect(found("Tax 13812345678") == [Self.mobile])
    }

    /// The byte ranges name each digit character, whatever its width, so masking replaces whole characters.
    @Test func digitRanges() throws {
        let f = try #require(SensitiveScanner.scan("x１３８-1234-5678").first)
        #expect(f.digitRanges.count == 11)
        #expect(f.digitRanges[0] == 1..<4)
        #expect(f.digitRanges[3] == 11..<12)
    }
}
