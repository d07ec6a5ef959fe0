/// The result of checking a 统一社会信用代码: the normalised code, the 个体工商户 "no code" placeholder,
/// or a sentence saying what is wrong.
public enum CreditCodeCheck: Equatable, Sendable {
    case valid(String)
    case placeholder
    case invalid(String)
}

/// 统一社会信用代码 (GB 32100), checked as SPEC section 2 "Identifier checks" describes.
public enum CreditCode {
    /// The 31 characters a code may use: digits and capitals except I, O, S, V, Z.
    static let charset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)

    /// What 个体工商户 without a code put in the field; accepted as "no code" though its check fails.
    public static let placeholderCode = "00000000000000000X"

    /// 3^(i-1) mod 31 for positions 1…17.
    static let weights: [Int] = {
        var weights: [Int] = []
        var weight = 1
        for _ in 0..<17 {
            weights.append(weight)
            weight = weight * 3 % 31
        }
        return weights
    }()

    /// ASCII byte → value in `charset`, or -1; lower-case letters map like upper-case ones.
    static let values: [Int8] = {
        var values = [Int8](repeating: -1, count: 128)
        for (index, byte) in charset.enumerated() {
            values[Int(byte)] = Int8(index)
            if byte >= UInt8(ascii: "A") { values[Int(byte) + 32] = Int8(index) }
        }
        return values
    }()

    static let allowedText = "allowed: 0-9 and A-Z except I, O, S, V, Z"

    /// Checks length, characters and check character; lower-case input is upper-cased first.
    public static func check(_ s: String) -> CreditCodeCheck {
        if let result = checkAllowedBytes(s) { return result }
        // Something is wrong with length or characters: explain it in characters, as the webmaster sees them.
        let characters = Array(s)
        guard characters.count == 18 else {
            return .invalid("must be 18 characters, found \(characters.count)")
        }
        for (index, character) in characters.enumerated() where value(of: character) == nil {
            return .invalid("character '\(character)' at position \(index + 1) is not allowed (\(allowedText))")
        }
        // Not reached: 18 allowed characters are 18 ASCII bytes and take the byte path above.
        return .invalid("must be 18 characters (\(allowedText))")
    }

    /// The common case on bytes: 18 allowed ASCII characters. Nil when the text needs the slow path.
    private static func checkAllowedBytes(_ s: String) -> CreditCodeCheck? {
        let utf8 = s.utf8
        guard utf8.count == 18 else { return nil }
        var sum = 0
        var position = 0
        var lastValue = 0
        var hasLowerCase = false
        for byte in utf8 {
            guard byte < 0x80, values[Int(byte)] >= 0 else { return nil }
            let value = Int(values[Int(byte)])
            hasLowerCase = hasLowerCase || byte >= UInt8(ascii: "a")
            if position < 17 { sum += value * weights[position] } else { lastValue = value }
            position += 1
        }
        let code = hasLowerCase ? s.uppercased() : s
        if code == placeholderCode { return .placeholder }
        let expected = (31 - sum % 31) % 31
        guard lastValue == expected else {
            return .invalid("check character is \(code.suffix(1)), expected \(Character(Unicode.Scalar(charset[expected])))")
        }
        return .valid(code)
    }

    /// The check character for the first 17 characters of a code, or nil if they are not 17 allowed ones.
    public static func checkCharacter(for first17: String) -> Character? {
        let characters = Array(first17)
        guard characters.count == 17 else { return nil }
        var codeValues: [Int] = []
        for character in characters {
            guard let value = value(of: character) else { return nil }
            codeValues.append(value)
        }
        return Character(Unicode.Scalar(charset[checkValue(codeValues)]))
    }

    private static func value(of character: Character) -> Int? {
        guard let ascii = character.asciiValue, values[Int(ascii)] >= 0 else { return nil }
        return Int(values[Int(ascii)])
    }

    /// Value of the check character for the first 17 values of `codeValues`.
    private static func checkValue(_ codeValues: [Int]) -> Int {
        var sum = 0
        for index in 0..<17 { sum += codeValues[index] * weights[index] }
        return (31 - sum % 31) % 31
    }
}
