import Crypto

/// 128 bits of SHA-256: what the build uses to recognise the same input again (a record's identity,
/// its contents, the key an output was rendered from). Two words, so a million of them stay small, and
/// the same on every machine and run (unlike Swift's seeded `Hasher`).
public struct StableHash: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var high: UInt64
    public var low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    public init(of bytes: some Sequence<UInt8>) {
        var hasher = Hasher128()
        hasher.add(bytes: Array(bytes))
        self = hasher.finish()
    }

    public init(of text: String) { self.init(of: Array(text.utf8)) }

    /// The 16 bytes, big-endian: how the state database stores it.
    public var bytes: [UInt8] {
        (0..<16).map { i in UInt8(truncatingIfNeeded: (i < 8 ? high >> (56 - 8 * i) : low >> (56 - 8 * (i - 8)))) }
    }

    public init?(bytes: some Collection<UInt8>) {
        guard bytes.count == 16 else { return nil }
        let b = Array(bytes)
        high = b[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = b[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }

    public var description: String {
        bytes.map { String($0 >> 4, radix: 16) + String($0 & 15, radix: 16) }.joined()
    }

    public static func < (a: StableHash, b: StableHash) -> Bool { (a.high, a.low) < (b.high, b.low) }

    public static let zero = StableHash(high: 0, low: 0)
}

/// Builds a `StableHash` from parts; every part is length-prefixed, so ("ab", "c") and ("a", "bc")
/// never hash alike. The parts are gathered in a buffer and hashed once, which keeps a key of a few
/// dozen small parts cheap (a million of them are made for a large site).
public struct Hasher128 {
    private var buffer: [UInt8] = []

    public init() { buffer.reserveCapacity(256) }

    public mutating func add(bytes: [UInt8]) {
        add(UInt64(bytes.count))
        buffer += bytes
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            add(UInt64(utf8.count))
            buffer.append(contentsOf: utf8)
        }
    }

    public mutating func add(_ text: String?) {
        if let text { add(text) } else { add(UInt64.max) }
    }

    public mutating func add(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            buffer.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        buffer.append(UInt8(v))
        // A terminator, so a varint never runs into the bytes after it ambiguously.
        buffer.append(0xFF)
    }

    public mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    public mutating func add(_ hash: StableHash) {
        add(hash.high)
        add(hash.low)
    }

    public func finish() -> StableHash {
        let digest = Array(SHA256.hash(data: buffer))
        return StableHash(bytes: digest.prefix(16)) ?? .zero
    }
}
