import Testing
@testable import CreditCityKit

/// 公民身份号码 checks; every vector's check character was computed independently (Python) from the GB 11643 weights.
@Suite("IDNumber")
struct IDNumberTests {
    /// Numbers with a matching check character and a real birth date are valid and yield the birth date.
    @Test("valid numbers", arguments: [
        ("11010519491231002X", 1949, 12, 31),
        ("11010519491231002x", 1949, 12, 31),
        ("42050219880510112X", 1988, 5, 10),
        ("420502198805106123", 1988, 5, 10),
        ("440524188001010014", 1880, 1, 1),
        ("110101200002290018", 2000, 2, 29),
    ])
    func valid(number: String, year: Int, month: Int, day: Int) throws {
        let birth = try #require(CivilDate(year: year, month: month, day: day))
        #expect(IDNumber.check(number) == .valid(birth: birth))
        #expect(IDNumber.isValid18(Array(number.utf8)))
    }

    /// A wrong check character is reported with the expected one.
    @Test("wrong check character message")
    func wrongCheckCharacter() {
        #expect(IDNumber.check("420502198805101123") == .invalid("check character is 3, expected X"))
        #expect(IDNumber.check("110105194912310021") == .invalid("check character is 1, expected X"))
        #expect(!IDNumber.isValid18(Array("420502198805101123".utf8)))
    }

    /// A checksum-valid number whose birth date does not exist is still rejected.
    @Test("birth date that is not a real day", arguments: [
        ("420502199013320011", "19901332"),
        ("110101190002290011", "19000229"),
    ])
    func badBirthDate(number: String, date: String) {
        #expect(IDNumber.check(number) == .invalid("birth date \(date) is not a real day"))
        #expect(!IDNumber.isValid18(Array(number.utf8)))
    }

    /// Wrong lengths and wrong characters get their own sentences.
    @Test("length and characters")
    func lengthAndCharacters() {
        #expect(IDNumber.check("420502880515123") == .invalid("must be 18 characters, found 15"))
        #expect(IDNumber.check("4205021988051011X3") == .invalid(
            "character 'X' at position 17 is not allowed (allowed: digits, and X as the last character)"))
        #expect(IDNumber.check("42050219880510112Y") == .invalid(
            "character 'Y' at position 18 is not allowed (allowed: digits, and X as the last character)"))
    }

    /// `isValid18` works on a slice of a larger text, as the privacy scanner uses it, and rejects other lengths.
    @Test("isValid18 on slices of text")
    func isValid18Slices() {
        let text = Array("身份证号11010519491231002X，电话".utf8)
        let start = "身份证号".utf8.count
        #expect(IDNumber.isValid18(text[start..<(start + 18)]))
        #expect(!IDNumber.isValid18(text[start..<(start + 17)]))
        #expect(!IDNumber.isValid18(text[(start + 1)..<(start + 19)]))
        #expect(!IDNumber.isValid18(Array("1101051949123100 X".utf8)))
    }

    /// Old 15-digit numbers: 15 digits with a real 19YYMMDD birth date at positions 7–12.
    @Test("15-digit numbers", arguments: [
        ("420502880515123", true),
        ("110105491231002", true),
        ("420502000229123", false),
        ("420502880230123", false),
        ("42050288051512", false),
        ("42050288051512X", false),
    ])
    func fifteen(number: String, valid: Bool) {
        #expect(IDNumber.isValid15(number) == valid)
        #expect(IDNumber.isValid15(number[...]) == valid)
        #expect(IDNumber.isValid15(Array(number.utf8)) == valid)
    }

    /// The weights are 2^(18-i) mod 11, as the standard tabulates them.
    @Test("weights")
    func weights() {
        #expect(IDNumber.weights == [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2])
    }
}
