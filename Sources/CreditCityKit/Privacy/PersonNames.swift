/// The names of the natural persons a record is about: the 自然人 it names, or the operator of a
/// 个体工商户 named in 法定代表人. Masked wherever they appear in that record's text, as `person_name`
/// says (王小明 → 王**), also when written with spaces between the characters (王　小明).
public struct PersonNames: Sendable, Equatable {
    /// Each name as the UTF-8 bytes of its characters (spaces and invisible characters dropped).
    private(set) var names: [[[UInt8]]] = []

    public init() {}

    public init(_ list: [String]) {
        for raw in list {
            for part in raw.split(whereSeparator: { "、,，;；/／".contains($0) }) {
                let characters = part.unicodeScalars.filter { !Self.isSpaceOrInvisible($0.value) }.map { Array(String($0).utf8) }
                // One character has nothing left to mask; the mask keeps the first.
                if characters.count >= 2, !names.contains(characters) { names.append(characters) }
            }
        }
        // Longer names first: 王小明 is masked whole before 王小 could match inside it.
        names.sort { $0.count > $1.count }
    }

    public var isEmpty: Bool { names.isEmpty }

    static func isSpaceOrInvisible(_ cp: UInt32) -> Bool {
        switch NumberCharacter.scalar(cp) {
        case .ignorable: true
        default: cp == 0x20 || cp == 0x09 || cp == 0xA0 || cp == 0x3000 || (0x2000...0x200A).contains(cp) || cp == 0x202F
        }
    }

    /// `text` with every occurrence of a name masked: its first character kept, each other one `*`.
    public func masked(in text: String) -> String {
        guard !names.isEmpty else { return text }
        var bytes = Array(text.utf8)
        var changed = false
        for name in names {
            var i = 0
            while let start = Self.find(name[0], in: bytes, from: i) {
                if let rest = matchRest(name, in: bytes, after: start + name[0].count) {
                    // Replace from the end so earlier offsets stay valid.
                    for r in rest.reversed() { bytes.replaceSubrange(r, with: [0x2A]) }
                    changed = true
                }
                i = start + name[0].count
            }
        }
        return changed ? String(decoding: bytes, as: UTF8.self) : text
    }

    /// The byte ranges of the name's characters after the first, when they follow at `at`, with only
    /// spaces or invisible characters between them.
    func matchRest(_ name: [[UInt8]], in bytes: [UInt8], after at: Int) -> [Range<Int>]? {
        var ranges: [Range<Int>] = []
        var i = at
        for character in name.dropFirst() {
            while i < bytes.count {
                let (scalar, length) = bytes.withUnsafeBufferPointer { Self.scalar($0, at: i) }
                guard Self.isSpaceOrInvisible(scalar) else { break }
                i += length
            }
            guard i + character.count <= bytes.count, bytes[i..<(i + character.count)].elementsEqual(character) else { return nil }
            ranges.append(i..<(i + character.count))
            i += character.count
        }
        return ranges
    }

    static func find(_ needle: [UInt8], in bytes: [UInt8], from: Int) -> Int? {
        guard let first = needle.first, bytes.count >= needle.count else { return nil }
        var i = from
        while i + needle.count <= bytes.count {
            if bytes[i] == first, bytes[i..<(i + needle.count)].elementsEqual(needle) { return i }
            i += 1
        }
        return nil
    }

    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = b[i]
        if b0 < 0x80 { return (UInt32(b0), 1) }
        if b0 < 0xE0, i + 1 < b.count { return (UInt32(b0 & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        if b0 < 0xF0, i + 2 < b.count { return (UInt32(b0 & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if i + 3 < b.count {
            return (UInt32(b0 & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        return (0xFFFD, 1)
    }
}
