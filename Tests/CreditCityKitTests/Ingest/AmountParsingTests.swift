import Foundation
import Testing
@testable import CreditCityKit

/// 万元 amounts read exactly as Decimal, with thousands commas and the unit tolerated.
@Suite("AmountParsing")
struct AmountParsingTests {
    /// Plain decimals, thousands commas and a trailing 万元/万 give the exact decimal value.
    @Test("accepted amounts", arguments: [
        ("0.5", "0.5"), ("12", "12"), ("1,200.50", "1200.5"), ("0.35万元", "0.35"), ("3 万", "3"),
        (" 1,000,000 ", "1000000"), ("+2", "2"), ("0", "0"), ("0.0001", "0.0001"),
    ])
    func accepted(raw: String, expected: String) throws {
        let value = try #require(Decimal(string: expected))
        #expect(AmountParsing.wanYuan(raw) == .success(value))
    }

    /// 0.35 万元 is exactly 3500 元, which Double arithmetic would get wrong.
    @Test("exact against yuan thresholds")
    func exact() throws {
        let value = try AmountParsing.wanYuan("0.35").get()
        #expect(value * 10_000 == 3_500)
        #expect(value * 10_000 < 3_501)
    }

    /// Negative amounts are refused with their own message.
    @Test("negative")
    func negative() {
        #expect(AmountParsing.wanYuan("-0.5") == .failure(.negative("-0.5")))
        #expect(AmountParseError.negative("-0.5").description == "an amount must not be negative")
        #expect(AmountParseError.notANumber("x").description
            == "not an amount in 万元 (expected a number such as 0.5, 12 or 1,200.50, optionally followed by 万元)")
    }

    /// Non-numeric text, bad grouping and stray signs are "not an amount".
    @Test("not a number", arguments: ["abc", "1,20", "12,", ".5", "5.", "1.2.3", "1e3", "五万", "--1", "-x", "12元", "1234567890123456789"])
    func notANumber(raw: String) {
        #expect(AmountParsing.wanYuan(raw) == .failure(.notANumber(raw)))
    }

    /// An empty cell is its own case, so the caller can treat it as "no amount".
    @Test("empty")
    func empty() {
        #expect(AmountParsing.wanYuan("  ") == .failure(.empty))
    }

    /// The rules compare amounts in 分: 万元 × 1,000,000 and 元 × 100, exactly; digits past the 分 round
    /// half away from zero, and an absurd size saturates instead of overflowing.
    @Test("amounts in 分", arguments: [
        ("0.35", 350_000 as Int64), ("0.5", 500_000), ("1,200.50", 1_200_500_000), ("0.0000004", 0), ("0.0000005", 1),
        ("0.00000149", 1), ("999999999999999999", Int64.max),
    ])
    func fen(raw: String, expected: Int64) {
        #expect(AmountParsing.fen(wanYuan: raw) == .success(expected))
    }

    /// site.yaml's minor_fine_yuan is in 元.
    @Test("元 in 分")
    func yuan() {
        #expect(AmountParsing.fen(yuan: "5000") == .success(500_000))
        #expect(AmountParsing.fen(yuan: "0.015") == .success(2))
    }
}
