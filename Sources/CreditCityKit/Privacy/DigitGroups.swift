/// The digit groups of a text as a reader sees them: runs of digits (any width), each joined to the
/// previous one when only separators and invisible characters stand between them.
///
/// `138 1234 5678`, `１３８－１２３４－５６７８` and `138\u{200B}1234\u{00A0}5678` all give the groups 3, 4, 4,
/// joined. A letter, a Han character or other punctuation ends a chain: `138号1234` is two chains.
/// An X (any width) right after a digit, or after the last group and separators (`4 2 0 … 1 X`), is
/// kept as a possible ID check character, whatever follows it, and ends the chain.
struct DigitGroups {
    /// One character read as a digit (or check X): where its bytes are and what it says.
    struct Digit {
        var offset: Int
        var length: UInt8
        /// ASCII `0`–`9`, or `X`.
        var ascii: UInt8
    }

    struct Group {
        /// The group's digits in `digits` (a final X included when `hasX`).
        var range: Range<Int>
        var hasX: Bool
        /// Joined to the previous group by separators only.
        var joined: Bool
        /// The separators before this group were exactly one dot (`138.12345678` reads as a decimal).
        var joinIsSingleDot: Bool
        /// A letter stands right before the group, or right after it (invisible characters aside).
        var letterBefore = false
        var letterAfter = false
        var count: Int { range.count - (hasX ? 1 : 0) }
    }

    var digits: [Digit] = []
    var groups: [Group] = []

    /// Reads `bytes`; digits' offsets are relative to its start.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        var inGroup = false          // the last visible character was a digit of the open group
        var joinable = false         // only separators since the last group ended
        var separators = 0
        var lastSeparatorIsDot = false
        var afterLetter = false      // the last visible character was a letter
        while i < bytes.count {
            let (c, length) = NumberCharacter.read(bytes, at: i)
            switch c {
            case .digit(let v):
                digits.append(Digit(offset: i, length: UInt8(length), ascii: 0x30 + v))
                if inGroup {
                    groups[groups.count - 1].range = groups[groups.count - 1].range.lowerBound..<digits.count
                } else {
                    let joined = joinable && separators > 0 && !groups.isEmpty
                    groups.append(Group(range: (digits.count - 1)..<digits.count, hasX: false, joined: joined,
                                        joinIsSingleDot: joined && separators == 1 && lastSeparatorIsDot, letterBefore: afterLetter))
                    inGroup = true
                }
                afterLetter = false
            case .checkX:
                // After a digit, an X may be an ID number's check character, whatever follows it
                // (`…002XEmail`); the chain ends there. Anywhere else it is a letter.
                // After the last group and separators (`4 2 0 … 1 X`), likewise.
                if inGroup || (joinable && !afterLetter && groups.last?.hasX == false) {
                    digits.append(Digit(offset: i, length: UInt8(length), ascii: 0x58))
                    groups[groups.count - 1].range = groups[groups.count - 1].range.lowerBound..<digits.count
                    groups[groups.count - 1].hasX = true
                    groups[groups.count - 1].letterAfter = true
                }
                inGroup = false
                joinable = false
                afterLetter = true
            case .separator(let isDot):
                if inGroup { joinable = true; separators = 0 }
                inGroup = false
                separators += 1
                lastSeparatorIsDot = isDot
                afterLetter = false
            case .ignorable:
                break
            case .letter:
                if inGroup { groups[groups.count - 1].letterAfter = true }
                inGroup = false
                joinable = false
                afterLetter = true
            case .other:
                inGroup = false
                joinable = false
                afterLetter = false
            }
            i += length
        }
    }
}
