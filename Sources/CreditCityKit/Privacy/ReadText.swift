/// Text as a reader takes it from a file (a browser from HTML, a JSON parser from a feed), with the
/// byte offset in the file that each of its bytes came from, so a finding can say where it is.
///
/// Offsets are kept only when asked for: the audit reads every byte of a site without them, and reads
/// a file again with them only when it found something to report.
struct ReadText {
    var bytes: [UInt8] = []
    var origin: [Int32] = []
    let tracksOrigin: Bool

    init(capacity: Int = 0, tracksOrigin: Bool = true) {
        self.tracksOrigin = tracksOrigin
        bytes.reserveCapacity(capacity)
        if tracksOrigin { origin.reserveCapacity(capacity) }
    }

    @inline(__always)
    mutating func append(_ b: UInt8, from offset: Int) {
        bytes.append(b)
        if tracksOrigin { origin.append(Int32(truncatingIfNeeded: offset)) }
    }

    /// The file offset of byte `i`, or nil when offsets are not kept.
    func offset(_ i: Int) -> Int? { tracksOrigin ? Int(origin[i]) : nil }

    /// Appends the UTF-8 bytes of `scalar`, all from `offset` (an entity or escape that spelled it).
    mutating func append(scalar: UInt32, from offset: Int) {
        guard let s = Unicode.Scalar(scalar) else { return append(0x3F, from: offset) }
        for b in UTF8.encode(s) ?? UTF8.EncodedScalar() { append(b, from: offset) }
    }

    /// Ends a value read on its own (an attribute, a JSON string): nothing joins across it.
    mutating func appendBoundary(from offset: Int) {
        if let last = bytes.last, last != 0x00 { append(0x00, from: offset) }
    }

    mutating func append(_ other: ReadText) {
        bytes.append(contentsOf: other.bytes)
        if tracksOrigin { origin.append(contentsOf: other.origin) }
    }

    /// Decodes `&#NN;`, `&#xHH;` and the named references that spell digits, spaces, dashes or invisible
    /// characters at `i`; nil when there is no such reference there.
    static func characterReference(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: UInt32, length: Int)? {
        guard b[i] == 0x26, i + 2 < b.count else { return nil }
        var j = i + 1
        if b[j] == 0x23 {
            j += 1
            let hex = j < b.count && (b[j] == 0x78 || b[j] == 0x58)
            if hex { j += 1 }
            var value: UInt32 = 0
            let start = j
            while j < b.count, j - start < 8, let d = digit(b[j], hex: hex) {
                value = value * (hex ? 16 : 10) + d
                j += 1
            }
            guard j > start, j < b.count, b[j] == 0x3B else { return nil }
            return (value, j + 1 - i)
        }
        let start = j
        while j < b.count, j - start < 32, (b[j] | 0x20) >= 0x61 && (b[j] | 0x20) <= 0x7A { j += 1 }
        guard j > start, j < b.count, b[j] == 0x3B,
              let value = namedReferences[String(decoding: UnsafeBufferPointer(rebasing: b[start..<j]), as: UTF8.self)] else { return nil }
        return (value, j + 1 - i)
    }

    static func digit(_ c: UInt8, hex: Bool) -> UInt32? {
        switch c {
        case 0x30...0x39: UInt32(c - 0x30)
        case 0x61...0x66 where hex: UInt32(c - 0x61 + 10)
        case 0x41...0x46 where hex: UInt32(c - 0x41 + 10)
        default: nil
        }
    }

    /// HTML's named references that matter for reading a number; others are left as written.
    static let namedReferences: [String: UInt32] = [
        "amp": 0x26, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27,
        "nbsp": 0xA0, "ensp": 0x2002, "emsp": 0x2003, "emsp13": 0x2004, "emsp14": 0x2005, "numsp": 0x2007,
        "puncsp": 0x2008, "thinsp": 0x2009, "ThinSpace": 0x2009, "hairsp": 0x200A, "VeryThinSpace": 0x200A,
        "MediumSpace": 0x205F, "NewLine": 0x0A, "Tab": 0x09, "ZeroWidthSpace": 0x200B, "NegativeThinSpace": 0x200B,
        "zwnj": 0x200C, "zwj": 0x200D, "lrm": 0x200E, "rlm": 0x200F, "NoBreak": 0x2060, "shy": 0xAD,
        "ic": 0x2063, "InvisibleComma": 0x2063, "it": 0x2062, "InvisibleTimes": 0x2062,
        "hyphen": 0x2010, "dash": 0x2010, "ndash": 0x2013, "mdash": 0x2014, "horbar": 0x2015, "minus": 0x2212,
        "lowbar": 0x5F, "UnderBar": 0x5F, "sol": 0x2F, "lpar": 0x28, "rpar": 0x29, "period": 0x2E, "plus": 0x2B,
        "half": 0xBD, "sup1": 0xB9, "sup2": 0xB2, "sup3": 0xB3,
    ]
}
