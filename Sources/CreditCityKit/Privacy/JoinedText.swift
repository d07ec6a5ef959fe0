/// Text that a reader sees as one, built from pieces that are held apart: the text nodes of a
/// Markdown document, between which emphasis, a comment or a line break may stand.
///
/// Masking runs over the joined text, so `138**1234**5678` and `13812<!-- c -->345678` are seen whole,
/// and each piece gets back its own part of the mask. A piece's owner is the caller's index for it.
public struct JoinedText {
    private var bytes: [UInt8] = []
    private var pieces: [(owner: Int, range: Range<Int>)] = []

    public init() {}

    /// Appends text that the reader sees right after what came before (no space between).
    public mutating func append(_ text: some Sequence<UInt8>, owner: Int) {
        let start = bytes.count
        bytes.append(contentsOf: text)
        if bytes.count > start { pieces.append((owner, start..<bytes.count)) }
    }

    /// A line break inside a paragraph: the reader sees white space (a separator between digit groups).
    public mutating func appendLineBreak() {
        if bytes.last != 0x0A, bytes.last != 0x00 { bytes.append(0x0A) }
    }

    /// The end of a block (a paragraph, a table cell): text on the two sides is never read as one
    /// number, as the audit reads a page, so that digits left in two neighbouring cells are not joined.
    public mutating func appendBoundary() {
        if !bytes.isEmpty, bytes.last != 0x00 { bytes.append(0x00) }
    }

    /// Text the reader sees that belongs to no piece (an ordered list's item number): read, never masked.
    public mutating func appendUnowned(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// The masked bytes of every piece that masking changed, by owner.
    public func masked(by masker: Masker) -> [Int: [UInt8]] {
        let ranges = bytes.withUnsafeBufferPointer { masker.maskedRanges($0) }
        guard !ranges.isEmpty else { return [:] }
        var out: [Int: [UInt8]] = [:]
        var next = 0
        for piece in pieces {
            var inPiece: [Range<Int>] = []
            while next < ranges.count, ranges[next].lowerBound < piece.range.upperBound {
                if ranges[next].lowerBound >= piece.range.lowerBound {
                    inPiece.append((ranges[next].lowerBound - piece.range.lowerBound)..<(ranges[next].upperBound - piece.range.lowerBound))
                }
                next += 1
            }
            guard !inPiece.isEmpty else { continue }
            out[piece.owner] = Masker.replacing(inPiece, in: Array(bytes[piece.range]))
        }
        return out
    }
}
