/// The result of checking a 公民身份号码: the birth date it encodes, or a sentence saying what is wrong.
public enum IDNumberCheck: Equatable, Sendable {
    case valid(birth: CivilDate)
    case invalid(String)
}

/// 公民身份号码 (GB 11643), checked as SPEC section 2 "Identifier checks" describes.
///
/// `check` explains a rejected record; `isValid18` and `isValid15` are the allocation-free tests the
/// privacy scrubber and the audit run over every digit run of the output.
public enum IDNumber {
    /// 2^(18-i) mod 11 for positions 1…17.
    static let weights: [Int] = (1...17).map { position in
        (0..<(18 - position)).reduce(1) { product, _ in product * 2 % 11 }
    }

    /// Check character for each value of Σ mod 11.
    static let checkCharacters = Array("10X98765432".utf8)

    /// Length, characters, check character and birth date of an 18-character number; `x` counts as `X`.
    public static func check(_ s: String) -> IDNumberCheck {
        let characters = Array(s)
        guard characters.count == 18 else {
            return .invalid("must be 18 characters, found \(characters.count)")
        }
        var bytes: [UInt8] = []
        for (index, character) in characters.enumerated() {
            let ascii = character.asciiValue ?? 0
            let allowed = isDigit(ascii) || (index == 17 && (ascii == UInt8(ascii: "X") || ascii == UInt8(ascii: "x")))
            guard allowed else {
                return .invalid("character '\(character)' at position \(index + 1) is not allowed "
                    + "(allowed: digits, and X as the last character)")
            }
            bytes.append(ascii == UInt8(ascii: "x") ? UInt8(ascii: "X") : ascii)
        }
        let expected = expectedCheck(bytes)
        guard bytes[17] == expected else {
            return .invalid("check character is \(Character(Unicode.Scalar(bytes[17]))), "
                + "expected \(Character(Unicode.Scalar(expected)))")
        }
        guard let birth = birthDate(bytes) else {
            return .invalid("birth date \(String(decoding: bytes[6..<14], as: UTF8.self)) is not a real day")
        }
        return .valid(birth: birth)
    }

    /// Whether `bytes` is exactly a valid 18-character number (check character and birth date),
    /// without allocating: the scanner calls it for every 18-byte digit run in the output.
    public static func isValid18(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 18 else { return false }
        var sum = 0
        var index = bytes.startIndex
        var position = 0
        var birth = (year: 0, month: 0, day: 0)
        while position < 17 {
            let byte = bytes[index]
            guard isDigit(byte) else { return false }
            let digit = Int(byte &- UInt8(ascii: "0"))
            sum += digit * weights[position]
            switch position {
            case 6..<10: birth.year = birth.year * 10 + digit
            case 10..<12: birth.month = birth.month * 10 + digit
            case 12..<14: birth.day = birth.day * 10 + digit
            default: break
            }
            position += 1
            bytes.formIndex(after: &index)
        }
        var last = bytes[index]
        if last == UInt8(ascii: "x") { last = UInt8(ascii: "X") }
        return last == checkCharacters[sum % 11] && isRealDay(birth.year, birth.month, birth.day)
    }

    /// Whether `s` is an old 15-digit number: 6-digit region, a real birth day 19YYMMDD, 3-digit sequence.
    /// These carry no check digit, so the birth date is the only structure there is to test.
    public static func isValid15(_ s: some StringProtocol) -> Bool {
        isValid15(s.utf8)
    }

    /// `isValid15` on bytes, so a scanner need not make a String of every 15-digit run.
    public static func isValid15(_ bytes: some Collection<UInt8>) -> Bool {
        guard bytes.count == 15 else { return false }
        var birth = (year: 1900, month: 0, day: 0)
        for (position, byte) in bytes.enumerated() {
            guard isDigit(byte) else { return false }
            let digit = Int(byte &- UInt8(ascii: "0"))
            switch position {
            case 6..<8: birth.year = birth.year + (position == 6 ? digit * 10 : digit)
            case 8..<10: birth.month = birth.month * 10 + digit
            case 10..<12: birth.day = birth.day * 10 + digit
            default: break
            }
        }
        return isRealDay(birth.year, birth.month, birth.day)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    /// The check character for the first 17 digits of `bytes`.
    private static func expectedCheck(_ bytes: [UInt8]) -> UInt8 {
        var sum = 0
        for position in 0..<17 { sum += Int(bytes[position] - UInt8(ascii: "0")) * weights[position] }
        return checkCharacters[sum % 11]
    }

    /// The date written as YYYYMMDD at positions 7–14 of an 18-character number, if it is a real day.
    private static func birthDate(_ bytes: [UInt8]) -> CivilDate? {
        func number(_ range: Range<Int>) -> Int {
            bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        return CivilDate(year: number(6..<10), month: number(10..<12), day: number(12..<14))
    }

    /// `CivilDate`'s validity test without building one, for the allocation-free scanners.
    private static func isRealDay(_ year: Int, _ month: Int, _ day: Int) -> Bool {
        year >= 1 && (1...12).contains(month) && day >= 1 && day <= CivilDate.daysIn(month: month, year: year)
    }
}
