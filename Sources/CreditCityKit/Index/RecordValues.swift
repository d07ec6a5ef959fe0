/// The field values of every record, kept apart from the compact index: encoded in chunks of
/// `chunkSize` records per content file and decoded only when a record's page or feed object is made.
/// The chunks live in the state database (`contentChunk`), so memory holds the few being used.
///
/// A value is written as its UTF-8 length + 1 (a varint; 0 for an empty field) and its bytes.
public struct RecordValues: Sendable {
    public static let chunkSize = 512

    /// Where the chunks are kept; nil keeps them in memory (one-off uses such as tests).
    let database: StateDatabase?
    /// Content files by their position in the index, as the database names them.
    var paths: [String] = []
    private var memory: [[[UInt8]]] = []

    public init(database: StateDatabase? = nil) { self.database = database }

    /// Names file `file` (its position in the index) by `path`.
    public mutating func name(file: Int, _ path: String) {
        while paths.count <= file { paths.append("") }
        paths[file] = path
    }

    /// The chunks of one file's accepted records (slot i is record i), encoded.
    public static func chunks(_ records: [[String?]]) -> [[UInt8]] {
        stride(from: 0, to: records.count, by: chunkSize).map { start in encode(records[start..<min(records.count, start + chunkSize)]) }
    }

    /// Keeps encoded chunks of a file in memory (without a database).
    public mutating func keep(file: Int, chunks encoded: [[UInt8]]) {
        while memory.count <= file { memory.append([]) }
        memory[file] = encoded
    }

    /// The records of one chunk, decoded.
    public func chunk(file: Int, _ n: Int) throws -> [[String?]] {
        if file < memory.count, n < memory[file].count { return Self.decode(memory[file][n]) }
        guard let database, file < paths.count, let bytes = try database.contentChunk(paths[file], n) else { return [] }
        return Self.decode(bytes)
    }

    /// The values of one record.
    public func values(file: Int, slot: Int) throws -> [String?] {
        let records = try chunk(file: file, slot / Self.chunkSize)
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
