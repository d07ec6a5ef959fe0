import Crypto
import Foundation
import GRDB

/// A record's identity (SPEC section 3) as the state database keeps it: 128 bits of the SHA-256 of
/// its kind and key. The key itself may hold a 公民身份号码 and is never stored.
public struct RecordKeyHash: Hashable, Sendable {
    public let high: UInt64
    public let low: UInt64

    public init(kind: RecordKind, key: String) {
        let digest = Array(SHA256.hash(data: Array("\(kind.rawValue)\u{1F}\(key)".utf8)))
        high = digest[0..<8].reduce(0) { $0 << 8 | UInt64($1) }
        low = digest[8..<16].reduce(0) { $0 << 8 | UInt64($1) }
    }

    public init(_ record: Record) { self.init(kind: record.kind, key: record.key) }

    var data: Data {
        var bytes = [UInt8](repeating: 0, count: 16)
        for i in 0..<8 {
            bytes[i] = UInt8(truncatingIfNeeded: high >> (56 - 8 * i))
            bytes[8 + i] = UInt8(truncatingIfNeeded: low >> (56 - 8 * i))
        }
        return Data(bytes)
    }
}

/// The first-seen ledger: the day a build first saw each 行政许可 and 行政处罚 record. The timeliness
/// report takes it as the upload day of a record without `SJC` 数据更新时间 (SPEC section 8).
extension StateDatabase {
    /// The records whose first-seen day is kept: the 双公示 decisions.
    public static func isLedgered(_ record: Record) -> Bool { isLedgered(record.kind) }
    public static func isLedgered(_ kind: RecordKind) -> Bool { kind == .licensing || kind == .penalty }

    /// Notes `day` as the day these records were seen; a record keeps the earliest day noted for it, so
    /// a build for an earlier day (a catch-up run) can only move it back.
    public func noteSeen(_ hashes: [RecordKeyHash], on day: CivilDate) throws {
        let iso = day.iso
        do {
            try queue.write { db in
                let statement = try db.makeStatement(sql: """
                    INSERT INTO firstSeen(keyHash, day) VALUES (?, ?)
                    ON CONFLICT(keyHash) DO UPDATE SET day = excluded.day WHERE excluded.day < firstSeen.day
                    """)
                for hash in hashes { try statement.execute(arguments: [hash.data, iso]) }
            }
        } catch {
            throw Self.failure(path, "cannot note first-seen days", error)
        }
    }

    /// Notes the 双公示 records of a build as seen on `day` (see `noteSeen`).
    public func noteSeen(_ records: [Record], on day: CivilDate) throws {
        try noteSeen(records.filter(Self.isLedgered).concurrentMap(RecordKeyHash.init), on: day)
    }

    /// The first-seen day of each of `hashes` that the ledger holds.
    public func firstSeen(_ hashes: [RecordKeyHash]) throws -> [RecordKeyHash: CivilDate] {
        do {
            return try queue.read { db in
                let statement = try db.makeStatement(sql: "SELECT day FROM firstSeen WHERE keyHash = ?")
                var out: [RecordKeyHash: CivilDate] = [:]
                for hash in hashes {
                    guard let text = try String.fetchOne(statement, arguments: [hash.data]),
                          case .success(.day(let day)) = DateParsing.parse(text) else { continue }
                    out[hash] = day
                }
                return out
            }
        } catch {
            throw Self.failure(path, "cannot read first-seen days", error)
        }
    }
}
