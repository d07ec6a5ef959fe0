/// The one detector of personal numbers (SPEC section 5): checksum-valid 公民身份号码 (18 digits, and the
/// old 15) and mainland mobile numbers, in the forms people write them.
///
/// It reads the text as a reader sees it (`NumberCharacter`: any width of digit, invisible characters
/// skipped, any run of separators between groups; `DigitGroups`), then tries every sequence of joined
/// groups that starts and ends on a group boundary against the groupings people write (`Grouping`).
/// A letter beside a number does not make it safe (`13812345678Email`); a number glued to more
/// digits is a longer number (`138123456789`) and not a personal one.
///
/// The masker, the record check before rendering and the audit of the built site all call this, so
/// what is masked and what is checked cannot drift apart. It works on bytes, and text with fewer than
/// 11 digits (most field values) costs one pass over its bytes.
public enum SensitiveScanner {
    public enum Kind: String, Sendable { case idNumber = "ID number", mobile = "mobile number" }

    /// A personal number found in the text.
    public struct Finding: Sendable, Equatable {
        public var kind: Kind
        /// Bytes from the first digit to the end of the last (a +86 prefix is not part of it).
        public var range: Range<Int>
        /// The byte range of every character of the number (digits and a final X), in order.
        public var digitRanges: [Range<Int>]
        /// The number as ASCII digits (and X), however it was written: `13812345678`.
        public var number: String
    }

    /// Every personal number in `text`, in order of position.
    public static func scan(_ text: String) -> [Finding] {
        var copy = text
        return copy.withUTF8 { scan($0) }
    }

    public static func scan(_ bytes: [UInt8]) -> [Finding] {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    public static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [Finding] {
        guard hasEnoughDigits(bytes) else { return [] }
        let text = DigitGroups(bytes)
        var out: [Finding] = []
        for start in text.groups.indices {
            scanWindows(text, from: start, skipping: 0, into: &out)
            let skip = countryCode(text, start)
            if skip > 0 { scanWindows(text, from: start, skipping: skip, into: &out) }
        }
        guard out.count > 1 else { return out }
        // Longest first at each start; a number inside another (a window of single digits inside an
        // ID number written one digit at a time) is part of that one.
        out.sort { ($0.range.lowerBound, $1.range.upperBound) < ($1.range.lowerBound, $0.range.upperBound) }
        var kept: [Finding] = []
        var reach = -1
        for f in out where f.range.upperBound > reach {
            kept.append(f)
            reach = f.range.upperBound
        }
        return kept
    }

    /// Whether the text holds at least 11 characters that read as digits (the shortest personal number).
    @inline(__always)
    static func hasEnoughDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var count = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x30, b <= 0x39 {
                count += 1
                if count >= 11 { return true }
            } else if b >= 0xC2, NumberCharacter.mayStartDigit(b), case (.digit, _) = NumberCharacter.read(bytes, at: i) {
                count += 1
                if count >= 11 { return true }
            }
            i += 1
        }
        return false
    }

    /// The length of a country code glued to the front of the group (`8613812345678`, `008613812345678`,
    /// `+86138-1234-5678`): a number may also start after it. 0 when there is none.
    @inline(__always)
    static func countryCode(_ text: DigitGroups, _ g: Int) -> Int {
        let group = text.groups[g]
        let d = group.range.lowerBound
        func digit(_ k: Int) -> UInt8 { text.digits[d + k].ascii }
        if group.count > 4, digit(0) == 0x30, digit(1) == 0x30, digit(2) == 0x38, digit(3) == 0x36 { return 4 }
        if group.count > 2, digit(0) == 0x38, digit(1) == 0x36 { return 2 }
        return 0
    }

    /// Tries every window of joined groups that starts at group `start` (after `skip` digits of it).
    static func scanWindows(_ text: DigitGroups, from start: Int, skipping skip: Int, into out: inout [Finding]) {
        var grouping = Grouping()
        var end = start
        let first = text.groups[start].range.lowerBound + skip
        while true {
            let group = text.groups[end]
            let size = group.count - (end == start ? skip : 0)
            grouping.append(size, singleDotJoin: end > start && group.joinIsSingleDot)
            let last = group.range.lowerBound + group.count   // one past the last digit (X excluded)
            if grouping.total == 11, grouping.isMobileGrouping, isMobile(text, first) {
                out.append(finding(.mobile, text, first..<last))
            }
            if skip == 0 {
                // No check digit: 15 digits glued to a letter are a code (统一社会信用代码, 许可编号), not an old ID.
                if grouping.total == 15, grouping.isIDGrouping15, !text.groups[start].letterBefore, !group.letterAfter,
                   isID15(text, first) {
                    out.append(finding(.idNumber, text, first..<last))
                }
                if grouping.total == 18, grouping.isIDGrouping18, isID18(text, first, end: last) {
                    out.append(finding(.idNumber, text, first..<last))
                }
                if group.hasX, grouping.total == 17, grouping.withX.isIDGrouping18, isID18(text, first, end: last + 1) {
                    out.append(finding(.idNumber, text, first..<(last + 1)))
                }
            }
            end += 1
            guard grouping.total < 18, !group.hasX, end < text.groups.count, text.groups[end].joined else { return }
        }
    }

    static func finding(_ kind: Kind, _ text: DigitGroups, _ digits: Range<Int>) -> Finding {
        let ranges = digits.map { text.digits[$0].offset..<(text.digits[$0].offset + Int(text.digits[$0].length)) }
        let number = String(decoding: digits.map { text.digits[$0].ascii }, as: UTF8.self)
        return Finding(kind: kind, range: ranges[0].lowerBound..<ranges[ranges.count - 1].upperBound,
                       digitRanges: ranges, number: number)
    }

    /// Mainland mobile numbers are 1[3-9]X XXXX XXXX.
    static func isMobile(_ text: DigitGroups, _ first: Int) -> Bool {
        text.digits[first].ascii == 0x31 && text.digits[first + 1].ascii >= 0x33
    }

    /// Check character and a real birth day between 1900 and 2099: no living person was born earlier,
    /// and the year range keeps long codes that happen to pass the checksum out.
    static func isID18(_ text: DigitGroups, _ first: Int, end: Int) -> Bool {
        let ascii = text.digits[first..<end].map(\.ascii)
        guard ascii.count == 18, ascii[6] == 0x31 && ascii[7] == 0x39 || ascii[6] == 0x32 && ascii[7] == 0x30 else { return false }
        return IDNumber.isValid18(ascii)
    }

    /// The old 15-digit number has no check digit: a mainland province code (11–15, 21–23, 31–37, 41–46,
    /// 50–54, 61–65) and a real birth day 19YYMMDD are all there is to test.
    static func isID15(_ text: DigitGroups, _ first: Int) -> Bool {
        let ascii = text.digits[first..<(first + 15)].map(\.ascii)
        let province = Int(ascii[0] &- 0x30) * 10 + Int(ascii[1] &- 0x30)
        guard [11...15, 21...23, 31...37, 41...46, 50...54, 61...65].contains(where: { $0.contains(province) }) else { return false }
        return IDNumber.isValid15(ascii)
    }
}
