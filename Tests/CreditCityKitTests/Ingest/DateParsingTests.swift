import Testing
@testable import CreditCityKit

/// The date forms of SPEC section 2, the "no end" values, and the two kinds of error.
@Suite("DateParsing")
struct DateParsingTests {
    /// Every accepted form, with surrounding whitespace and a trailing time part tolerated.
    @Test("accepted forms", arguments: [
        "2026-11-21", "2026/11/21", "2026年11月21日", "20261121", "  2026-11-21\t", "2026-11-21 00:00:00",
        "2026/11/21 0:00", "2026-11-21T00:00:00", "2026年11月21日 08:30:00", "20261121 00:00:00",
        "2026-11-21 00:00:00.000", "\u{3000}2026-11-21\u{3000}",
    ])
    func acceptedForms(raw: String) throws {
        let day = try #require(CivilDate(year: 2026, month: 11, day: 21))
        #expect(DateParsing.parse(raw) == .success(.day(day)))
    }

    /// Single-digit months and days in the separated forms.
    @Test("single-digit month and day", arguments: ["2026/1/5", "2026-1-5", "2026年1月5日", "2026-01-5", "2026/1/05"])
    func singleDigits(raw: String) throws {
        let day = try #require(CivilDate(year: 2026, month: 1, day: 5))
        #expect(DateParsing.parse(raw) == .success(.day(day)))
    }

    /// 2099-12-31 in any form, and 长期, mean no end.
    @Test("no end", arguments: ["2099-12-31", "2099/12/31", "2099年12月31日", "20991231", "长期", " 长期 ", "2099-12-31 00:00:00"])
    func noEnd(raw: String) {
        #expect(DateParsing.parse(raw) == .success(.noEnd))
    }

    /// Leap days: 2028-02-29 exists, 2026-02-29 does not.
    @Test("leap days")
    func leapDays() throws {
        let leap = try #require(CivilDate(year: 2028, month: 2, day: 29))
        #expect(DateParsing.parse("2028-02-29") == .success(.day(leap)))
        #expect(DateParsing.parse("2026-02-29") == .failure(.noSuchDay("2026-02-29")))
    }

    /// A known form with an impossible day is "no such day", shown as YYYY-MM-DD.
    @Test("no such day", arguments: [
        ("2026年13月1日", "2026-13-01"), ("2026-02-30", "2026-02-30"), ("20260431", "2026-04-31"),
        ("2026/0/1", "2026-00-01"), ("2026-1-0", "2026-01-00"), ("0000-01-01", "0000-01-01"),
    ])
    func noSuchDay(raw: String, shown: String) {
        #expect(DateParsing.parse(raw) == .failure(.noSuchDay(shown)))
        #expect(DateParseError.noSuchDay(shown).description == "no such day: \(shown)")
    }

    /// Anything else is "not a date in a known form".
    @Test("unknown forms", arguments: [
        "", "2026.11.21", "21/11/2026", "2026-11/21", "2026111", "202611210", "26-11-21", "2026-11-21x",
        "2026-11-21 00", "2026年11月21", "长期有效", "2026-011-21", "2026-11-21T", "明天",
    ])
    func unknownForms(raw: String) {
        let trimmed = raw
        #expect(DateParsing.parse(raw) == .failure(.unknownForm(trimmed)))
    }

    /// The unknown-form message lists the accepted forms (the caller quotes the value).
    @Test("unknown form message")
    func unknownFormMessage() {
        #expect(DateParseError.unknownForm("2026.11.21").description
            == "not a date in a known form (expected 2026-11-21, 2026/11/21, 2026年11月21日 or 20261121)")
    }
}
