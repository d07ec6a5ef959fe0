/// Finds personal numbers in UTF-8 text: checksum-valid 公民身份号码 (18 and old 15 digits) and mainland
/// mobile numbers, also written with spaces or dashes or behind +86.
///
/// One scanner serves the scrubber (which masks what it finds) and the audit (which fails a build on
/// it), so what is masked and what is checked cannot drift apart. Works on bytes: it runs over every
/// free-text field of a million records and every byte of the built site.
public enum SensitiveScanner {
    public enum Kind: String, Sendable { case idNumber = "ID number", mobile = "mobile number" }

    /// A finding: the byte range of the number itself (without +86) and the offsets of its digits.
    public struct Finding: Sendable, Equatable {
        public var kind: Kind
        public var range: Range<Int>
        /// Byte offsets of the digits (and a final X) inside `range`, separators excluded.
        public var digitOffsets: [Int]
    }

    @inline(__always) static func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    @inline(__always) static func isAlnum(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A)
    }
    @inline(__always) static func isHex(_ b: UInt8) -> Bool {
        isDigit(b) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66)
    }

    /// Where a number may sit. Privacy comes first, so an 18-digit ID number counts even when glued
    /// to letters ("ID420502…0011Tel"): seventeen digits in a row that also pass the checksum and a
    /// birth-date check do not occur by chance in hashes. A shorter mobile number glued to hex
    /// letters does (a SHA-256 in the manifest would trip the audit), so mobiles need a neighbour
    /// that is not a hex digit, and old 15-digit numbers one that is not a letter or digit.
    public static func scan(_ bytes: [UInt8], earliestBirthYear: Int = 1900) -> [Finding] {
        var out: [Finding] = []
        let n = bytes.count
        var i = 0
        while i < n {
            guard isDigit(bytes[i]) else { i += 1; continue }
            // i starts a run of digits.
            let before: UInt8? = i == 0 ? nil : bytes[i - 1]
            let f = idNumber18(bytes, at: i, earliestBirthYear: earliestBirthYear)
                ?? (before.map { !isAlnum($0) } ?? true ? idNumber15(bytes, at: i) : nil)
                ?? (before.map { !isHex($0) } ?? true ? mobile(bytes, at: i) : nil)
            if let f {
                out.append(f)
                i = f.range.upperBound
                continue
            }
            while i < n, isDigit(bytes[i]) { i += 1 }
        }
        return out
    }

    static func endsAt(_ bytes: [UInt8], _ j: Int) -> Bool { j >= bytes.count || !isAlnum(bytes[j]) }

    static func idNumber18(_ b: [UInt8], at i: Int, earliestBirthYear: Int) -> Finding? {
        guard i + 18 <= b.count, i + 18 == b.count || !isDigit(b[i + 18]) else { return nil }
        for k in i..<(i + 17) where !isDigit(b[k]) { return nil }
        let last = b[i + 17]
        guard isDigit(last) || last == 0x58 || last == 0x78 else { return nil }
        let slice = b[i..<(i + 18)]
        guard IDNumber.isValid18(slice) else { return nil }
        // Years before 1900 are no living person's; this keeps long codes that happen to checksum out.
        let year = b[(i + 6)..<(i + 10)].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        guard year >= earliestBirthYear else { return nil }
        return Finding(kind: .idNumber, range: i..<(i + 18), digitOffsets: Array(i..<(i + 18)))
    }

    static func idNumber15(_ b: [UInt8], at i: Int) -> Finding? {
        guard i + 15 <= b.count, endsAt(b, i + 15) else { return nil }
        for k in i..<(i + 15) where !isDigit(b[k]) { return nil }
        guard IDNumber.isValid15(b[i..<(i + 15)]) else { return nil }
        return Finding(kind: .idNumber, range: i..<(i + 15), digitOffsets: Array(i..<(i + 15)))
    }

    /// 1[3-9]X XXXX XXXX, contiguous or grouped 3-4-4 with one space or dash between groups.
    static func mobile(_ b: [UInt8], at i: Int) -> Finding? {
        var j = i
        // "8613912345678" / "+8613912345678": the 86 is the country code, not part of the number.
        if j + 2 < b.count, b[j] == 0x38, b[j + 1] == 0x36, b[j + 2] == 0x31 { j += 2 }
        let start = j
        var digits: [Int] = []
        for group in [3, 4, 4] {
            if !digits.isEmpty, j < b.count, b[j] == 0x20 || b[j] == 0x2D { j += 1 }
            for _ in 0..<group {
                guard j < b.count, isDigit(b[j]) else { return nil }
                digits.append(j)
                j += 1
            }
        }
        guard j >= b.count || !isHex(b[j]), b[digits[0]] == 0x31, b[digits[1]] >= 0x33 else { return nil }
        return Finding(kind: .mobile, range: start..<j, digitOffsets: digits)
    }
}
