/// What one character of UTF-8 text counts as when reading a personal number: the normalisation the
/// detector applies, character by character, straight on the bytes.
///
/// It is NFKC where NFKC matters for numbers (full-width digits and letters, superscript, subscript,
/// circled and mathematical digits all read as the digit they show), plus what a reader does not see
/// (zero-width characters, soft hyphen, direction marks) and the separators people type between digit
/// groups (every Unicode space, dots, dashes, underscores, slashes, parentheses of both widths).
/// Decoding the scalar and classifying it from its code point costs a few comparisons: no String,
/// no Character, no table lookups through Foundation.
public enum NumberCharacter: Equatable, Sendable {
    /// A digit, with its value 0–9.
    case digit(UInt8)
    /// X or x in any width: the check character of an 18-digit ID number when it ends one.
    case checkX
    /// A space of any kind, `.`, `-`, `—`, `–`, `_`, `/`, `(`, `)`, `+` and their full-width forms.
    /// `isDot` tells a lone `.` apart (a decimal point between two groups is not a phone number).
    case separator(isDot: Bool)
    /// Invisible: zero-width space, joiners, word joiner, BOM, soft hyphen, direction marks.
    case ignorable
    /// A letter A–Z (any width) other than X: breaks a number, and stops an X being a check character.
    case letter
    /// Anything else (Han characters, punctuation such as `，` `、` `:` `*`): breaks a number.
    case other

    /// Decodes the scalar at `i` of `bytes` and classifies it; returns the class and the scalar's length
    /// in bytes (1 for a malformed byte, which counts as `other`).
    @inline(__always)
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (NumberCharacter, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (ascii(b0), 1) }
        let n = bytes.count
        if b0 >= 0xC2, b0 <= 0xDF, i + 1 < n, bytes[i + 1] & 0xC0 == 0x80 {
            let cp = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return (scalar(cp), 2)
        }
        if b0 >= 0xE0, b0 <= 0xEF, i + 2 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80 {
            let cp = UInt32(b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
            // Han characters (U+3400–U+9FFF) are most of the text: answer them before the range checks.
            if cp >= 0x3400, cp <= 0x9FFF { return (.other, 3) }
            return (scalar(cp), 3)
        }
        if b0 >= 0xF0, b0 <= 0xF4, i + 3 < n, bytes[i + 1] & 0xC0 == 0x80, bytes[i + 2] & 0xC0 == 0x80,
           bytes[i + 3] & 0xC0 == 0x80 {
            let cp = UInt32(b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
            return (scalar(cp), 4)
        }
        return (.other, 1)
    }

    @inline(__always)
    static func ascii(_ b: UInt8) -> NumberCharacter {
        switch b {
        case 0x30...0x39: .digit(b - 0x30)
        case 0x58, 0x78: .checkX
        case 0x41...0x5A, 0x61...0x7A: .letter
        case 0x2E: .separator(isDot: true)
        case 0x20, 0x09...0x0D, 0x2D, 0x5F, 0x2F, 0x28, 0x29, 0x2B: .separator(isDot: false)
        default: .other
        }
    }

    /// Non-ASCII code points, by what NFKC makes of them and whether a reader sees them.
    static func scalar(_ cp: UInt32) -> NumberCharacter {
        switch cp {
        // Full-width forms, as Chinese input methods type them: ０–９, Ｘ ｘ, letters, ．－／＿（）＋.
        case 0xFF10...0xFF19: return .digit(UInt8(cp - 0xFF10))
        case 0xFF38, 0xFF58: return .checkX
        case 0xFF21...0xFF3A, 0xFF41...0xFF5A: return .letter
        case 0xFF0E: return .separator(isDot: true)
        case 0xFF08, 0xFF09, 0xFF0B, 0xFF0D, 0xFF0F, 0xFF3F: return .separator(isDot: false)
        // Superscript and subscript digits: ¹ ² ³ ⁰ ⁴–⁹ ₀–₉.
        case 0xB9: return .digit(1)
        case 0xB2, 0xB3: return .digit(UInt8(cp - 0xB0))
        case 0x2070: return .digit(0)
        case 0x2074...0x2079: return .digit(UInt8(cp - 0x2070))
        case 0x2080...0x2089: return .digit(UInt8(cp - 0x2080))
        // Circled ①–⑨ and ⓪, parenthesised ⑴–⑼ and ⒈–⒐ (NFKC: "(1)", "1."), mathematical digits.
        case 0x2460...0x2468: return .digit(UInt8(cp - 0x245F))
        case 0x24EA: return .digit(0)
        case 0x2474...0x247C: return .digit(UInt8(cp - 0x2473))
        case 0x2488...0x2490: return .digit(UInt8(cp - 0x2487))
        case 0x1D7CE...0x1D7FF: return .digit(UInt8((cp - 0x1D7CE) % 10))
        // Invisible: soft hyphen, combining grapheme joiner, Arabic letter mark, Mongolian vowel
        // separator, zero-width space/joiners and direction marks, bidi controls, word joiner and
        // invisible operators, variation selectors, BOM (zero-width no-break space), tag characters.
        case 0xAD, 0x34F, 0x61C, 0x180E, 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x206F,
             0xFE00...0xFE0F, 0xFEFF, 0xE0000...0xE007F:
            return .ignorable
        // Every Unicode space: NBSP, ogham, en quad … hair space, line and paragraph separators,
        // narrow NBSP, medium mathematical space, ideographic space U+3000, next line.
        case 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return .separator(isDot: false)
        // Hyphens and dashes ‐ ‑ ‒ – — ―, minus −, two- and three-em dashes, small forms ﹘ ﹣ ﹙ ﹚ ﹒,
        // one-dot leader ․ (NFKC "."), fraction and division slashes.
        case 0x2010...0x2015, 0x2212, 0x2E3A, 0x2E3B, 0xFE58, 0xFE59, 0xFE5A, 0xFE63, 0x2044, 0x2215:
            return .separator(isDot: false)
        case 0x2024, 0xFE52: return .separator(isDot: true)
        default: return .other
        }
    }

    /// Whether `b` can start a character that reads as a digit: the quick test that lets text with
    /// fewer than 11 digits skip the detector (most field values are such text).
    @inline(__always)
    static func mayStartDigit(_ b: UInt8) -> Bool {
        (b >= 0x30 && b <= 0x39) || b == 0xC2 || b == 0xE2 || b == 0xEF || b == 0xF0
    }
}
