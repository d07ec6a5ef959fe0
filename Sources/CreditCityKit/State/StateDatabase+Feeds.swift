import Foundation
import GRDB

/// Each shown record's feed object, with the key it was made from (migration "feedObjects").
extension StateDatabase {
    /// A kept feed object's id, key and the SHA-256 of its JSON.
    struct FeedObjectKey {
        var id: String
        var key: StableHash
        var sha256: ContentHash
    }

    /// The kept objects of one dataset, in id order (SQLite's BINARY order is the feeds' byte order).
    func feedObjectKeys(_ dataset: Dataset) throws -> [FeedObjectKey] {
        do {
            return try queue.read { db in
                var out: [FeedObjectKey] = []
                let rows = try Row.fetchCursor(db, sql: "SELECT id, key, sha256 FROM feedObject WHERE dataset = ? ORDER BY id",
                                               arguments: [dataset.rawValue])
                while let row = try rows.next() {
                    let key: Data = row[1], sha: Data = row[2]
                    guard let k = StableHash(bytes: [UInt8](key)), let h = ContentHash(bytes: [UInt8](sha)) else { continue }
                    out.append(FeedObjectKey(id: row[0], key: k, sha256: h))
                }
                return out
            }
        } catch {
            throw Self.failure(path, "cannot read the feed objects", error)
        }
    }

    /// Keeps new objects (replacing any of the same id) and forgets `removed` ids, in one transaction.
    func storeFeedObjects(_ dataset: Dataset, _ objects: [(id: String, key: StableHash, sha256: ContentHash, json: [UInt8])],
                          removing removed: [String] = []) throws {
        guard !objects.isEmpty || !removed.isEmpty else { return }
        do {
            try queue.write { db in
                let upsert = try db.makeStatement(sql: "INSERT OR REPLACE INTO feedObject(dataset, id, key, sha256, json) VALUES (?, ?, ?, ?, ?)")
                for o in objects {
                    try upsert.execute(arguments: [dataset.rawValue, o.id, Data(o.key.bytes), Data(o.sha256.bytes), Data(o.json)])
                }
                let delete = try db.makeStatement(sql: "DELETE FROM feedObject WHERE dataset = ? AND id = ?")
                for id in removed { try delete.execute(arguments: [dataset.rawValue, id]) }
            }
        } catch {
            throw Self.failure(path, "cannot keep the feed objects", error)
        }
    }

    /// The ids and JSON of the objects with ids from `first` through `last`, in id order.
    func feedObjects(_ dataset: Dataset, from first: String, through last: String, _ body: (String, [UInt8]) throws -> Void) throws {
        do {
            try queue.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, json FROM feedObject WHERE dataset = ? AND id >= ? AND id <= ? ORDER BY id",
                                               arguments: [dataset.rawValue, first, last])
                while let row = try rows.next() {
                    let json: Data = row[1]
                    try body(row[0], [UInt8](json))
                }
            }
        } catch let e as BuildError {
            throw e
        } catch {
            throw Self.failure(path, "cannot read the feed objects", error)
        }
    }

    /// The JSON of the objects with these ids.
    func feedObjects(_ dataset: Dataset, ids: [String]) throws -> [String: [UInt8]] {
        do {
            return try queue.read { db in
                let statement = try db.makeStatement(sql: "SELECT json FROM feedObject WHERE dataset = ? AND id = ?")
                var out: [String: [UInt8]] = [:]
                for id in ids {
                    if let json = try Data.fetchOne(statement, arguments: [dataset.rawValue, id]) { out[id] = [UInt8](json) }
                }
                return out
            }
        } catch {
            throw Self.failure(path, "cannot read the feed objects", error)
        }
    }
}
