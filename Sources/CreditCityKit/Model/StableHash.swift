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
/// never hash alike.
public struct Hasher128 {
    private var sha = SHA256()

    public init() {}

    public mutating func add(bytes: [UInt8]) {
        add(UInt64(bytes.count))
        sha.update(data: bytes)
    }

    public mutating func add(_ text: String) {
        var text = text
        text.withUTF8 { buffer in
            add(UInt64(buffer.count))
            sha.update(bufferPointer: UnsafeRawBufferPointer(buffer))
        }
    }

    public mutating func add(_ text: String?) {
        if let text { add(text) } else { add(UInt64.max) }
    }

    public mutating func add(_ value: UInt64) {
        var v = value.bigEndian
        withUnsafeBytes(of: &v) { sha.update(bufferPointer: $0) }
    }

    public mutating func add(_ value: Int) { add(UInt64(bitPattern: Int64(value))) }

    public mutating func add(_ hash: StableHash) {
        add(hash.high)
        add(hash.low)
    }

    public func finish() -> StableHash {
        let digest = Array(sha.finalize())
        return StableHash(bytes: digest.prefix(16)) ?? .zero
    }
}
