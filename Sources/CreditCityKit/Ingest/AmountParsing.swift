import Foundation

/// Why an amount cell (万元) could not be read.
public enum AmountParseError: Error, Equatable, Sendable, CustomStringConvertible {
    case empty
    case negative(String)
    case notANumber(String)

    public var description: String {
        // The text itself is left out: callers quote the cell value before the reason.
        switch self {
        case .empty: "no amount given"
        case .negative: "an amount must not be negative"
        case .notANumber:
            "not an amount in 万元 (expected a number such as 0.5, 12 or 1,200.50, optionally followed by 万元)"
        }
    }
}

/// Reads money amounts given in 万元 (ten thousand yuan), as the 罚款金额 fields are.
///
/// The result is a `Decimal`, not a `Double`: the rules compare amounts against yuan thresholds
/// (0.5 万元 against 5000 元), and `0.35 * 10000` in binary floating point is 3499.9999999999995,
/// which would turn a non-minor fine into a minor one. Decimal keeps the written digits exactly.
public enum AmountParsing {
    /// At most this many digits: more than a 万元 amount ever needs, and within `UInt64`.
    private static let maxDigits = 18

    /// Parses `0.5`, `12`, `1,200.50` (thousands commas), with an optional trailing `万元` or `万`.
    public static func wanYuan(_ raw: String) -> Result<Decimal, AmountParseError> {
        parse(raw).map { Decimal(sign: .plus, exponent: -$0.scale, significand: Decimal($0.significand)) }
    }

    /// The same amount in 分 (1 万元 = 1,000,000 分), what the rules compare: whole numbers, no
    /// binary fractions. Digits past the 分 round half away from zero; absurd sizes saturate.
    public static func fen(wanYuan raw: String) -> Result<Int64, AmountParseError> {
        parse(raw).map { fen($0.significand, scale: $0.scale, unitExponent: 6) }
    }

    /// An amount in 元 (site.yaml's minor_fine_yuan) in 分.
    public static func fen(yuan raw: String) -> Result<Int64, AmountParseError> {
        parse(raw).map { fen($0.significand, scale: $0.scale, unitExponent: 2) }
    }

    /// `significand × 10^(unitExponent − scale)` as a whole number of 分.
    static func fen(_ significand: UInt64, scale: Int, unitExponent: Int) -> Int64 {
        var value = significand
        var shift = unitExponent - scale
        while shift > 0 {
            let (next, overflow) = value.multipliedReportingOverflow(by: 10)
            guard !overflow, next <= UInt64(Int64.max) else { return Int64.max }
            value = next
            shift -= 1
        }
        if shift < 0 {
            var divisor: UInt64 = 1
            while shift < 0, divisor <= UInt64.max / 10 { divisor *= 10; shift += 1 }
            let (quotient, remainder) = value.quotientAndRemainder(dividingBy: divisor)
            value = quotient + (remainder >= divisor - remainder ? 1 : 0)
        }
        return Int64(min(value, UInt64(Int64.max)))
    }

    /// The digits of an amount as (significand, decimal places), after the unit and sign checks.
    static func parse(_ raw: String) -> Result<(significand: UInt64, scale: Int), AmountParseError> {
        let text = DateParsing.trimmed(raw)
        guard !text.isEmpty else { return .failure(.empty) }
        var bytes = Array(text.utf8)[...]
        for unit in ["万元", "万"] where bytes.reversed().starts(with: Array(unit.utf8).reversed()) {
            bytes = bytes.dropLast(unit.utf8.count)
            while bytes.last == UInt8(ascii: " ") { bytes.removeLast() }
            break
        }
        if bytes.first == UInt8(ascii: "-") {
            return digits(of: bytes.dropFirst()) == nil ? .failure(.notANumber(text)) : .failure(.negative(text))
        }
        if bytes.first == UInt8(ascii: "+") { bytes.removeFirst() }
        guard let (significand, scale) = digits(of: bytes) else { return .failure(.notANumber(text)) }
        return .success((significand, scale))
    }

    /// The digits of `1,200.50` as (120050, 2); nil unless the text is a plain decimal with correct
    /// thousands grouping (a misplaced comma is more likely a typo than a separator).
    private static func digits(of bytes: ArraySlice<UInt8>) -> (UInt64, Int)? {
        let point = bytes.firstIndex(of: UInt8(ascii: ".")) ?? bytes.endIndex
        let integerPart = bytes[..<point]
        let fractionPart = point < bytes.endIndex ? bytes[(point + 1)...] : []
        guard !integerPart.isEmpty, point == bytes.endIndex || !fractionPart.isEmpty else { return nil }
        let groups = integerPart.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false)
        if groups.count > 1 {
            guard let first = groups.first, (1...3).contains(first.count),
                  groups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        var value: UInt64 = 0
        var count = 0
        for byte in groups.joined() + fractionPart {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            count += 1
            guard count <= maxDigits else { return nil }
            value = value * 10 + UInt64(byte - UInt8(ascii: "0"))
        }
        return (value, fractionPart.count)
    }
}
