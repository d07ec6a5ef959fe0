import Crypto

/// A SHA-256 digest held in four words, so a feed snapshot or the output index of a million files
/// stays small in memory.
public struct ContentHash: Hashable, Sendable {
    var words: (UInt64, UInt64, UInt64, UInt64)

    public init(of bytes: some Sequence<UInt8>) {
        self.init(digest: Array(SHA256.hash(data: Array(bytes))))
    }

    /// The hash whose 32 digest bytes these are.
    init(digest: [UInt8]) {
        func word(_ i: Int) -> UInt64 { digest[i..<(i + 8)].reduce(0) { $0 << 8 | UInt64($1) } }
        words = (word(0), word(8), word(16), word(24))
    }

    public init?(hex: some StringProtocol) {
        let bytes = Array(hex.utf8)
        guard bytes.count == 64 else { return nil }
        var w: [UInt64] = []
        for i in stride(from: 0, to: 64, by: 16) {
            guard let v = UInt64(String(decoding: bytes[i..<(i + 16)], as: UTF8.self), radix: 16) else { return nil }
            w.append(v)
        }
        words = (w[0], w[1], w[2], w[3])
    }

    /// The 32 bytes, big-endian.
    public var bytes: [UInt8] {
        [words.0, words.1, words.2, words.3].flatMap { w in (0..<8).map { UInt8(truncatingIfNeeded: w >> (56 - 8 * $0)) } }
    }

    public init?(bytes: [UInt8]) {
        guard bytes.count == 32 else { return nil }
        func word(_ i: Int) -> UInt64 { bytes[i..<(i + 8)].reduce(0) { $0 << 8 | UInt64($1) } }
        words = (word(0), word(8), word(16), word(24))
    }

    public var hex: String {
        [words.0, words.1, words.2, words.3].map { word in
            let s = String(word, radix: 16)
            return String(repeating: "0", count: 16 - s.count) + s
        }.joined()
    }

    public static func == (a: ContentHash, b: ContentHash) -> Bool { a.words == b.words }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(words.0)
        hasher.combine(words.1)
        hasher.combine(words.2)
        hasher.combine(words.3)
    }
}
