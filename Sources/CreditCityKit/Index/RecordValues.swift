/// The field values of every record, kept apart from the compact index: encoded in chunks of
/// `chunkSize` records per content file, decoded only when a record's page or feed object is made.
///
/// A value is written as its UTF-8 length + 1 (a varint; 0 for an empty field) and its bytes.
public struct RecordValues: Sendable {
    public static let chunkSize = 512

    /// Chunks of each file, by file position in the index.
    private var chunks: [[[UInt8]]] = []

    public init() {}

    /// Stores the values of one file's accepted records, in order (slot i is record i).
    public mutating func set(file: Int, _ records: [[String?]]) {
        while chunks.count <= file { chunks.append([]) }
        chunks[file] = stride(from: 0, to: records.count, by: Self.chunkSize).map { start in
            Self.encode(records[start..<min(records.count, start + Self.chunkSize)])
        }
    }

    /// Stores already encoded chunks of a file.
    public mutating func set(file: Int, chunks encoded: [[UInt8]]) {
        while chunks.count <= file { chunks.append([]) }
        chunks[file] = encoded
    }

    public func chunkCount(file: Int) -> Int { file < chunks.count ? chunks[file].count : 0 }

    /// The records of one chunk, decoded.
    public func chunk(file: Int, _ n: Int) -> [[String?]] {
        guard file < chunks.count, n < chunks[file].count else { return [] }
        return Self.decode(chunks[file][n])
    }

    /// The values of one record.
    public func values(file: Int, slot: Int) -> [String?] {
        let records = chunk(file: file, slot / Self.chunkSize)
        let i = slot % Self.chunkSize
        return i < records.count ? records[i] : []
    }

    public static func encode(_ records: some Collection<[String?]>) -> [UInt8] {
        var out: [UInt8] = []
        for values in records {
            appendVarint(UInt64(values.count), to: &out)
            for v in values {
                guard let v else { out.append(0); continue }
                let utf8 = Array(v.utf8)
                appendVarint(UInt64(utf8.count + 1), to: &out)
                out += utf8
            }
        }
        return out
    }

    public static func decode(_ bytes: [UInt8]) -> [[String?]] {
        var records: [[String?]] = []
        var i = 0
        while i < bytes.count {
            let count = Int(readVarint(bytes, &i))
            var values: [String?] = []
            values.reserveCapacity(count)
            for _ in 0..<count {
                let n = Int(readVarint(bytes, &i))
                if n == 0 { values.append(nil); continue }
                let end = min(bytes.count, i + n - 1)
                values.append(String(decoding: bytes[i..<end], as: UTF8.self))
                i = end
            }
            records.append(values)
        }
        return records
    }

    static func appendVarint(_ value: UInt64, to out: inout [UInt8]) {
        var v = value
        while v >= 0x80 {
            out.append(UInt8(v & 0x7F) | 0x80)
            v >>= 7
        }
        out.append(UInt8(v))
    }

    static func readVarint(_ bytes: [UInt8], _ i: inout Int) -> UInt64 {
        var value: UInt64 = 0, shift: UInt64 = 0
        while i < bytes.count {
            let b = bytes[i]
            i += 1
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { break }
            shift += 7
        }
        return value
    }
}
