import Foundation
import GRDB

/// What the state database knows about one file of the published site (migration "outputs").
public struct OutputRecord: Sendable, Equatable {
    /// The key the file was rendered from (`OutputKeys`).
    public var key: StableHash
    /// SHA-256 of its bytes, and their count.
    public var sha256: ContentHash
    public var size: Int
    /// The generation in which its bytes last changed, or in which it was removed.
    public var generation: Int
    public var removed: Bool
}

/// Which generation of the site each tree holds (`TreePublisher`): Output/ and the lagging tree beside
/// it (each named by its folder's `TreeID`), a swap prepared but not yet known to have happened, and the
/// paths a build in progress touched in the lagging tree (what a build after a crash re-links to repair it).
public struct Publication: Sendable, Equatable {
    public var published: Int
    public var publishedTree: TreeID?
    public var lagging: Int?
    public var laggingTree: TreeID?
    public var pending: Int?
    public var pendingTree: TreeID?
    /// Paths touched in the lagging tree by a build that has not finished; nil when the tree is clean.
    public var journal: [String]?

    public static let none = Publication(published: 0)
}

/// The published site's files and generations (migration "outputs").
extension StateDatabase {
    /// Every row of the output table, by path.
    func outputs() throws -> [String: OutputRecord] {
        do {
            return try queue.read { db in
                var out: [String: OutputRecord] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT path, key, sha256, size, generation, removed FROM output")
                while let row = try rows.next() {
                    let key: Data = row[1], sha: Data = row[2]
                    guard let k = StableHash(bytes: [UInt8](key)), let h = ContentHash(bytes: [UInt8](sha)) else { continue }
                    out[row[0]] = OutputRecord(key: k, sha256: h, size: row[3], generation: row[4], removed: row[5])
                }
                return out
            }
        } catch {
            throw Self.failure(path, "cannot read the output state", error)
        }
    }

    func publication() throws -> Publication {
        do {
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT published, publishedTree, lagging, laggingTree, pending, pendingTree, journal FROM publication WHERE id = 1
                    """) else { return .none }
                let journal: Data? = row[6]
                let trees: [TreeID?] = [1, 3, 5].map { (row[$0] as String?).flatMap(TreeID.init(text:)) }
                return Publication(published: row[0], publishedTree: trees[0], lagging: row[2], laggingTree: trees[1],
                                   pending: row[4], pendingTree: trees[2],
                                   journal: journal.map { String(decoding: $0, as: UTF8.self).split(separator: "\n").map(String.init) })
            }
        } catch {
            throw Self.failure(path, "cannot read the publication state", error)
        }
    }

    func setPublication(_ p: Publication) throws {
        do {
            try queue.write { db in try Self.write(p, db) }
        } catch {
            throw Self.failure(path, "cannot keep the publication state", error)
        }
    }

    static func write(_ p: Publication, _ db: Database) throws {
        let journal = p.journal.map { Data($0.joined(separator: "\n").utf8) }
        try db.execute(sql: """
            INSERT OR REPLACE INTO publication(id, published, publishedTree, lagging, laggingTree, pending, pendingTree, journal)
            VALUES (1, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [p.published, p.publishedTree?.text, p.lagging, p.laggingTree?.text, p.pending, p.pendingTree?.text, journal])
    }

    /// Keeps changed rows of a build in progress aside (`outputPending`) until it commits.
    func stageOutputs(_ changes: [String: OutputRecord?]) throws {
        do {
            try queue.write { db in
                let upsert = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO outputPending(path, key, sha256, size, generation, removed) VALUES (?, ?, ?, ?, ?, ?)
                    """)
                for (path, record) in changes {
                    guard let r = record else { continue }
                    try upsert.execute(arguments: [path, Data(r.key.bytes), Data(r.sha256.bytes), r.size, r.generation, r.removed])
                }
            }
        } catch {
            throw Self.failure(path, "cannot keep the output state", error)
        }
    }

    /// Drops the rows a killed build left aside.
    func dropPendingOutputs() throws {
        do {
            try queue.write { db in try db.execute(sql: "DELETE FROM outputPending") }
        } catch {
            throw Self.failure(path, "cannot reset the output state", error)
        }
    }

    /// One transaction: the rows kept aside and the changed rows (nil removes a row), the removed rows
    /// older than `forgetRemovedBefore` (both trees lack them), then the publication state.
    func commitOutputs(_ changes: [String: OutputRecord?], forgetRemovedBefore generation: Int, publication: Publication) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "INSERT OR REPLACE INTO output SELECT * FROM outputPending")
                try db.execute(sql: "DELETE FROM outputPending")
                try db.execute(sql: "DELETE FROM output WHERE removed AND generation < ?", arguments: [generation])
                let upsert = try db.makeStatement(sql: """
                    INSERT OR REPLACE INTO output(path, key, sha256, size, generation, removed) VALUES (?, ?, ?, ?, ?, ?)
                    """)
                let delete = try db.makeStatement(sql: "DELETE FROM output WHERE path = ?")
                for (path, record) in changes {
                    if let r = record {
                        try upsert.execute(arguments: [path, Data(r.key.bytes), Data(r.sha256.bytes), r.size, r.generation, r.removed])
                    } else {
                        try delete.execute(arguments: [path])
                    }
                }
                try Self.write(publication, db)
            }
        } catch {
            throw Self.failure(path, "cannot keep the output state", error)
        }
    }

    /// Forgets every file of the published site (its state is unknown: the next build writes a whole tree).
    func forgetOutputs() throws {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM output")
                try Self.write(.none, db)
            }
        } catch {
            throw Self.failure(path, "cannot reset the output state", error)
        }
    }
}
