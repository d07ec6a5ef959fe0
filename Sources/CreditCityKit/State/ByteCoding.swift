/// A compact binary writer for what the state database keeps (varints, fixed-width words, strings);
/// `ByteReader` reads it back. Bytes, not JSON: a million records' outcomes must load in a second.
public struct ByteWriter {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    public mutating func int(_ value: Int) { varint(UInt64(bitPattern: Int64(value))) }

    public mutating func byte(_ value: UInt8) { bytes.append(value) }

    public mutating func bool(_ value: Bool) { bytes.append(value ? 1 : 0) }

    public mutating func word(_ value: UInt64) {
        for i in stride(from: 56, through: 0, by: -8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(i))) }
    }

    public mutating func hash(_ value: StableHash) {
        word(value.high)
        word(value.low)
    }

    /// A string as its UTF-8 length and bytes.
    public mutating func string(_ value: String) {
        var v = value
        v.withUTF8 { buffer in
            varint(UInt64(buffer.count))
            bytes.append(contentsOf: buffer)
        }
    }

    /// An optional string: its UTF-8 length + 1 (0 for nil) and its bytes.
    public mutating func optional(_ value: String?) {
        guard let value else { byte(0); return }
        var v = value
        v.withUTF8 { buffer in
            varint(UInt64(buffer.count + 1))
            bytes.append(contentsOf: buffer)
        }
    }

    /// An optional day as its number + 1 (0 for nil), zig-zag so days before 1970 stay short.
    public mutating func day(_ value: CivilDate?) {
        guard let value else { byte(0); return }
        let n = Int64(value.dayNumber)
        varint(UInt64(bitPattern: (n << 1) ^ (n >> 63)) + 1)
    }

    public mutating func optionalInt(_ value: Int64?) {
        guard let value else { byte(0); return }
        varint(UInt64(bitPattern: (value << 1) ^ (value >> 63)) + 1)
    }
}

/// Reads what `ByteWriter` wrote; a read past the end gives zeros and sets `damaged`, which the caller
/// checks once at the end (a damaged cache entry is simply not used).
public struct ByteReader {
    let bytes: [UInt8]
    var position = 0
    public private(set) var damaged = false

    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    public var atEnd: Bool { position >= bytes.count }

    public mutating func byte() -> UInt8 {
        guard position < bytes.count else { damaged = true; return 0 }
        defer { position += 1 }
        return bytes[position]
    }

    public mutating func varint() -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while true {
            let b = byte()
            if damaged { return 0 }
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 || shift > 63 { return value }
            shift += 7
        }
    }

    public mutating func int() -> Int { Int(Int64(bitPattern: varint())) }

    public mutating func bool() -> Bool { byte() != 0 }

    public mutating func word() -> UInt64 {
        var v: UInt64 = 0
        for _ in 0..<8 { v = v << 8 | UInt64(byte()) }
        return v
    }

    public mutating func hash() -> StableHash {
        let high = word()
        return StableHash(high: high, low: word())
    }

    public mutating func take(_ count: Int) -> ArraySlice<UInt8> {
        guard count >= 0, position + count <= bytes.count else {
            damaged = true
            position = bytes.count
            return []
        }
        defer { position += count }
        return bytes[position..<(position + count)]
    }

    public mutating func string() -> String { String(decoding: take(Int(varint())), as: UTF8.self) }

    public mutating func optional() -> String? {
        let n = Int(varint())
        return n == 0 ? nil : String(decoding: take(n - 1), as: UTF8.self)
    }

    public mutating func day() -> CivilDate? {
        let n = varint()
        guard n > 0 else { return nil }
        let z = n - 1
        return CivilDate(dayNumber: Int(Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))))
    }

    public mutating func optionalInt() -> Int64? {
        let n = varint()
        guard n > 0 else { return nil }
        let z = n - 1
        return Int64(bitPattern: (z >> 1) ^ (0 &- (z & 1)))
    }
}
