import Foundation

/// Scans a built site for personal data that must never be public (SPEC section 5): checksum-valid
/// 公民身份号码 and mobile numbers, also where HTML character references or JSON `\u` escapes spell them.
public enum PrivacyAudit {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        /// Byte offset in the file where the number (or its escaped form) starts.
        public var offset: Int
        public var kind: SensitiveScanner.Kind
        public var description: String { "\(file): byte \(offset): unmasked \(kind.rawValue)" }
    }

    /// Every finding in the tree under `root`, files in path order; paths are relative to `root`.
    public static func scan(root: String) throws -> [Finding] {
        FileTree.regularFiles(under: root).concurrentMap(chunk: 64) { path in
            let bytes = FileManager.default.contents(atPath: root + "/" + path).map { [UInt8]($0) } ?? []
            return scan(bytes: bytes, file: path)
        }.flatMap { $0 }
    }

    /// Findings in one file's bytes: the text as is, and the text with escapes decoded.
    public static func scan(bytes: [UInt8], file: String) -> [Finding] {
        var found = SensitiveScanner.scan(bytes).map { Finding(file: file, offset: $0.range.lowerBound, kind: $0.kind) }
        // Most files have no character reference or \u escape at all: then the decoded text is the text.
        guard mayHideDigits(bytes) else { return found }
        let (decoded, origin) = unescape(bytes)
        if decoded.count != bytes.count || decoded != bytes {
            let plain = Set(found.map(\.offset))
            for f in SensitiveScanner.scan(decoded) where !plain.contains(origin[f.range.lowerBound]) {
                found.append(Finding(file: file, offset: origin[f.range.lowerBound], kind: f.kind))
            }
        }
        return found.sorted { $0.offset < $1.offset }
    }

    /// Whether the bytes have `&#` or `\u` anywhere (what `unescape` decodes).
    static func mayHideDigits(_ b: [UInt8]) -> Bool {
        var i = 0
        let n = b.count
        while i + 1 < n {
            if (b[i] == 0x26 && b[i + 1] == 0x23) || (b[i] == 0x5C && b[i + 1] == 0x75) { return true }
            i += 1
        }
        return false
    }

    /// Decodes `&#NN;`, `&#xHH;` and `\uXXXX` for ASCII digits, X, +, - and space (what could hide a
    /// number) and maps each decoded byte back to its offset in the original.
    static func unescape(_ b: [UInt8]) -> ([UInt8], [Int]) {
        var out: [UInt8] = [], origin: [Int] = []
        out.reserveCapacity(b.count)
        origin.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 0x26, i + 3 < b.count, b[i + 1] == 0x23, let (value, length) = characterReference(b, i) {
                out.append(value); origin.append(i); i += length; continue
            }
            if b[i] == 0x5C, i + 5 < b.count, b[i + 1] == 0x75, let value = hex(b[(i + 2)..<(i + 6)]), value < 0x80 {
                out.append(UInt8(value)); origin.append(i); i += 6; continue
            }
            out.append(b[i]); origin.append(i); i += 1
        }
        return (out, origin)
    }

    static func characterReference(_ b: [UInt8], _ i: Int) -> (UInt8, Int)? {
        var j = i + 2
        let isHex = j < b.count && (b[j] == 0x78 || b[j] == 0x58)
        if isHex { j += 1 }
        let start = j
        while j < b.count, j - start < 8, b[j] != 0x3B { j += 1 }
        guard j < b.count, b[j] == 0x3B, j > start else { return nil }
        let digits = b[start..<j]
        let value: Int?
        if isHex { value = hex(digits) } else { value = Int(String(decoding: digits, as: UTF8.self)) }
        guard let v = value, v < 0x80 else { return nil }
        return (UInt8(v), j + 1 - i)
    }

    static func hex(_ digits: ArraySlice<UInt8>) -> Int? { Int(String(decoding: digits, as: UTF8.self), radix: 16) }
}

/// The privacy audit of a file too large to hold, fed in pieces: each piece is scanned with the end of
/// the one before, so a number cut between two pieces is still found, and found once.
struct StreamAudit {
    static let overlap = 256
    let file: String
    private var tail: [UInt8] = []
    private var tailOffset = 0
    private(set) var findings: [PrivacyAudit.Finding] = []

    init(file: String) { self.file = file }

    mutating func add(_ piece: some Collection<UInt8>) {
        let window = tail + piece
        for f in PrivacyAudit.scan(bytes: window, file: file) {
            // What lies wholly in the carried-over tail was reported with the piece before.
            if f.offset + 12 <= tail.count, !tail.isEmpty { continue }
            var moved = f
            moved.offset += tailOffset
            if !findings.contains(moved) { findings.append(moved) }
        }
        let keep = min(Self.overlap, window.count)
        tailOffset += window.count - keep
        tail = Array(window.suffix(keep))
    }
}
