import Foundation

/// A date field's meaning: a calendar day, or "no end" (`2099-12-31` or `长期`, SPEC section 2).
public enum DateValue: Hashable, Sendable {
    case day(CivilDate)
    case noEnd
}

/// Why a date field could not be read; the two cases need different fixes from the webmaster.
public enum DateParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The text is in none of the accepted forms (holds the trimmed text).
    case unknownForm(String)
    /// The form is right but the day does not exist (holds it as `YYYY-MM-DD`, e.g. `2026-02-30`).
    case noSuchDay(String)

    public var description: String {
        switch self {
        // The text itself is left out: callers quote the cell value before the reason.
        case .unknownForm:
            "not a date in a known form (expected 2026-11-21, 2026/11/21, 2026年11月21日 or 20261121)"
        case .noSuchDay(let day):
            "no such day: \(day)"
        }
    }
}

/// Reads the date forms SPEC section 2 accepts, on UTF-8 bytes (it runs for every date cell of every row).
public enum DateParsing {
    /// The "no end" sentinel that exports use instead of an empty 有效期至.
    private static let farFuture = (year: 2099, month: 12, day: 31)

    /// Parses `2026-11-21`, `2026/11/21`, `2026/1/5`, `2026-1-5`, `2026年11月21日`, `20261121`, with an
    /// optional trailing time (` 00:00:00`, `T00:00:00`) that spreadsheet exports add and that is ignored.
    public static func parse(_ raw: String) -> Result<DateValue, DateParseError> {
        let text = trimmed(raw)
        if text == "长期" { return .success(.noEnd) }
        var bytes = Array(text.utf8)[...]
        guard let parts = dateParts(&bytes), isTimeOrEmpty(bytes) else { return .failure(.unknownForm(text)) }
        if parts == farFuture { return .success(.noEnd) }
        guard let day = CivilDate(year: parts.year, month: parts.month, day: parts.day) else {
            return .failure(.noSuchDay(isoText(parts)))
        }
        return .success(.day(day))
    }

    /// `raw` without surrounding white space (full-width included); skips Foundation's trimming, which
    /// dominates the cost of a parse, when both ends are visible ASCII, as they nearly always are.
    static func trimmed(_ raw: String) -> String {
        let utf8 = raw.utf8
        if let first = utf8.first, let last = utf8.last, (0x21..<0x7F).contains(first), (0x21..<0x7F).contains(last) {
            return raw
        }
        return raw.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Year, month and day of a date form at the start of `bytes`, which is left holding what follows.
    private static func dateParts(_ bytes: inout ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard let year = number(&bytes, minDigits: 4, maxDigits: 4) else { return nil }
        if bytes.isEmpty || !isDigit(bytes[bytes.startIndex]) {
            return separatedParts(year: year, &bytes)
        }
        // Compact form: exactly eight digits.
        guard let month = number(&bytes, minDigits: 2, maxDigits: 2),
              let day = number(&bytes, minDigits: 2, maxDigits: 2),
              bytes.first.map({ !isDigit($0) }) ?? true else { return nil }
        return (year, month, day)
    }

    /// `-` or `/` (the same one twice), or 年 月 日, between 1–2 digit month and day.
    private static func separatedParts(year: Int, _ bytes: inout ArraySlice<UInt8>) -> (year: Int, month: Int, day: Int)? {
        let nian = Array("年".utf8), yue = Array("月".utf8), ri = Array("日".utf8)
        if let separator = bytes.first, separator == UInt8(ascii: "-") || separator == UInt8(ascii: "/") {
            bytes.removeFirst()
            guard let month = number(&bytes, minDigits: 1, maxDigits: 2), bytes.first == separator else { return nil }
            bytes.removeFirst()
            guard let day = number(&bytes, minDigits: 1, maxDigits: 2) else { return nil }
            return (year, month, day)
        }
        guard consume(nian, from: &bytes),
              let month = number(&bytes, minDigits: 1, maxDigits: 2), consume(yue, from: &bytes),
              let day = number(&bytes, minDigits: 1, maxDigits: 2), consume(ri, from: &bytes) else { return nil }
        return (year, month, day)
    }

    /// Whether what follows the date is nothing, or a time of day after a space or `T`.
    private static func isTimeOrEmpty(_ bytes: ArraySlice<UInt8>) -> Bool {
        var rest = bytes
        guard let first = rest.first else { return true }
        guard first == UInt8(ascii: " ") || first == UInt8(ascii: "T") else { return false }
        while rest.first == UInt8(ascii: " ") { rest.removeFirst() }
        if first == UInt8(ascii: "T") { rest.removeFirst() }
        // H:MM, HH:MM:SS or HH:MM:SS.fff — enough for what Excel and database exports write.
        guard number(&rest, minDigits: 1, maxDigits: 2) != nil, rest.popFirst() == UInt8(ascii: ":"),
              number(&rest, minDigits: 2, maxDigits: 2) != nil else { return false }
        if rest.first == UInt8(ascii: ":") {
            rest.removeFirst()
            guard number(&rest, minDigits: 2, maxDigits: 2) != nil else { return false }
            if rest.first == UInt8(ascii: ".") {
                rest.removeFirst()
                guard number(&rest, minDigits: 1, maxDigits: 9) != nil else { return false }
            }
        }
        return rest.isEmpty
    }

    /// Reads `minDigits…maxDigits` ASCII digits; nil (and `bytes` untouched) when there are fewer.
    private static func number(_ bytes: inout ArraySlice<UInt8>, minDigits: Int, maxDigits: Int) -> Int? {
        var value = 0
        var count = 0
        var index = bytes.startIndex
        while count < maxDigits, index < bytes.endIndex, isDigit(bytes[index]) {
            value = value * 10 + Int(bytes[index] - UInt8(ascii: "0"))
            count += 1
            index += 1
        }
        guard count >= minDigits else { return nil }
        bytes = bytes[index...]
        return value
    }

    private static func consume(_ expected: [UInt8], from bytes: inout ArraySlice<UInt8>) -> Bool {
        guard bytes.starts(with: expected) else { return false }
        bytes = bytes.dropFirst(expected.count)
        return true
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// `YYYY-MM-DD` for a day that may not exist, so the error shows what was read.
    private static func isoText(_ parts: (year: Int, month: Int, day: Int)) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(parts.year, 4))-\(pad(parts.month, 2))-\(pad(parts.day, 2))"
    }
}
