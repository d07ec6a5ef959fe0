import Testing
@testable import CreditCityKit

/// 统一社会信用代码 checks; every vector's check character was computed independently (Python) from the GB 32100 weights.
@Suite("CreditCode")
struct CreditCodeTests {
    /// Codes whose check character matches are accepted and returned upper-cased.
    @Test("valid codes", arguments: [
        "91350100M000100Y43",
        "91420500711050000Y",
        "91420500MA4F0XXX1A",
        "12420500011100000G",
        "91110000100000000R",
    ])
    func valid(code: String) {
        #expect(CreditCode.check(code) == .valid(code))
    }

    /// Lower-case input is upper-cased before checking, and the normalised form is returned.
    @Test("lower case is upper-cased")
    func lowerCase() {
        #expect(CreditCode.check("91350100m000100y43") == .valid("91350100M000100Y43"))
    }

    /// A wrong check character is reported with the one that was expected.
    @Test("wrong check character message")
    func wrongCheckCharacter() {
        #expect(CreditCode.check("914205007110500003") == .invalid("check character is 3, expected Y"))
        #expect(CreditCode.check("91350100M000100Y4Y") == .invalid("check character is Y, expected 3"))
    }

    /// The 个体工商户 placeholder is "no code", not an invalid code (its check would fail).
    @Test("placeholder")
    func placeholder() {
        #expect(CreditCode.check("00000000000000000X") == .placeholder)
        #expect(CreditCode.check("00000000000000000x") == .placeholder)
        #expect(CreditCode.check("000000000000000000") == .valid("000000000000000000"))
    }

    /// Wrong lengths are reported in characters, counting Chinese characters as one each.
    @Test("length", arguments: [
        ("91350100M000100Y4", "must be 18 characters, found 17"),
        ("91350100M000100Y433", "must be 18 characters, found 19"),
        ("", "must be 18 characters, found 0"),
        ("统一社会信用代码", "must be 18 characters, found 8"),
    ])
    func length(code: String, reason: String) {
        #expect(CreditCode.check(code) == .invalid(reason))
    }

    /// Characters outside the charset (I, O, S, V, Z, punctuation, full-width) are named with their position.
    @Test("disallowed characters", arguments: [
        ("9135I100M000100Y43", "I", 5),
        ("91350100M0O0100Y43", "O", 11),
        ("91350100M000100Y4Z", "Z", 18),
        ("91350100-000100Y43", "-", 9),
        ("９1350100M000100Y43", "９", 1),
    ])
    func disallowed(code: String, character: String, position: Int) {
        #expect(CreditCode.check(code) == .invalid(
            "character '\(character)' at position \(position) is not allowed (allowed: 0-9 and A-Z except I, O, S, V, Z)"))
    }

    /// `checkCharacter(for:)` computes the 18th character, and refuses inputs that are not 17 allowed characters.
    @Test("check character for 17 characters")
    func checkCharacterFor17() {
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y4") == "3")
        #expect(CreditCode.checkCharacter(for: "91420500711050000") == "Y")
        #expect(CreditCode.checkCharacter(for: "91420500ma4f0xxx1") == "A")
        #expect(CreditCode.checkCharacter(for: "91350100M000100Y") == nil)
        #expect(CreditCode.checkCharacter(for: "9135I100M000100Y4") == nil)
    }

    /// The weights are 3^(i-1) mod 31, as the standard tabulates them.
    @Test("weights")
    func weights() {
        #expect(CreditCode.weights == [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28])
    }
}
