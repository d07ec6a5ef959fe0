import Foundation
import GRDB

/// The build state that must survive a killed build: `<state>/state.sqlite`, one SQLite database
/// (through GRDB) whose transactions commit atomically, so no state file needs its own rename dance.
///
/// The schema grows by named migrations, applied in order when the database is opened; a feature that
/// needs state adds a migration and its own extension of this type (`StateDatabase+FirstSeen`, `StateDatabase+Content`, …), and
/// never touches another feature's tables.
public final class StateDatabase: Sendable {
    public static let fileName = "state.sqlite"
    let queue: DatabaseQueue
    public let path: String

    /// Opens (or creates) the database of the state folder `stateDir` and brings its schema up to date.
    public init(stateDir: String) throws {
        path = (stateDir as NSString).appendingPathComponent(Self.fileName)
        do {
            try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
            var configuration = Configuration()
            // Another build or a report may hold a write lock for a moment; wait for it.
            configuration.busyMode = .timeout(60)
            configuration.prepareDatabase { db in
                // Commits survive a killed process without a sync per transaction (the WAL is replayed).
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try Self.migrator.migrate(queue)
        } catch {
            throw Self.failure(path, "cannot open", error)
        }
    }

    /// A database failure as the build reports it.
    static func failure(_ path: String, _ what: String, _ error: any Error) -> BuildError {
        // SQLite reports a full disk or a file-size limit as an I/O error without the system's reason.
        let hint = (error as? DatabaseError).map { [.SQLITE_IOERR, .SQLITE_FULL].contains($0.resultCode) } == true
            ? " (the disk may be full, or a file-size limit reached)" : ""
        return BuildError(.state, path: path, "state database: \(what): \(error)\(hint)")
    }

    /// Every migration, in the order they were added. Never edit a migration that has shipped: add one.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("firstSeen") { db in
            // The first day a build saw each 双公示 record, keyed by a hash of its identity (never the
            // identity itself: a key may hold an ID number). 16-byte keys, ISO days.
            try db.create(table: "firstSeen", options: [.withoutRowID]) { t in
                t.column("keyHash", .blob).notNull().primaryKey()
                t.column("day", .text).notNull()
            }
        }
        migrator.registerMigration("contentCache") { db in
            // Per content file: its fingerprint, the key of what its validation depended on, and the
            // outcome (diagnostics and compact records, StateCoding) that a rebuild reuses unread.
            try db.create(table: "contentFile", options: [.withoutRowID]) { t in
                t.column("path", .text).notNull().primaryKey()
                t.column("size", .integer).notNull()
                t.column("mtime", .integer).notNull()
                t.column("ctime", .integer).notNull()
                t.column("inode", .integer).notNull()
                t.column("sha256", .blob).notNull()
                t.column("validation", .blob).notNull()
                t.column("asOf", .integer).notNull()
                t.column("latestDecision", .integer)
                t.column("outcome", .blob).notNull()
            }
            // The field values of a file's accepted records, in chunks of RecordValues.chunkSize.
            try db.create(table: "contentChunk", options: [.withoutRowID]) { t in
                t.column("path", .text).notNull()
                t.column("chunk", .integer).notNull()
                t.column("data", .blob).notNull()
                t.primaryKey(["path", "chunk"])
            }
        }
        migrator.registerMigration("outputs") { db in
            // Per file of the published site: the key it was rendered from, the SHA-256 and size of its
            // bytes, and the generation in which its bytes last changed (or it was removed: then the
            // row stays until both trees have lost it).
            try db.create(table: "output", options: [.withoutRowID], body: Self.outputColumns)
            // Rows of a build in progress, moved into `output` when it commits (a big site's changes do
            // not wait in memory); a killed build's are dropped by the next.
            try db.create(table: "outputPending", options: [.withoutRowID], body: Self.outputColumns)
            // Which generation each of the two trees holds, and what a build in progress touches.
            // Trees are told apart by their folders' identity (device, inode, birth time), so nothing
            // but the site itself is written into Output/.
            try db.create(table: "publication") { t in
                t.column("id", .integer).primaryKey().check { $0 == 1 }
                t.column("published", .integer).notNull()
                t.column("publishedTree", .text)
                t.column("lagging", .integer)
                t.column("laggingTree", .text)
                t.column("pending", .integer)
                t.column("pendingTree", .text)
                t.column("journal", .blob)
            }
        }
        migrator.registerMigration("feedObjects") { db in
            // Each shown record's feed object as the last build wrote it, with the key it was made
            // from: a feed file that must be written again is put together from these, in id order.
            try db.create(table: "feedObject", options: [.withoutRowID]) { t in
                t.column("dataset", .text).notNull()
                t.column("id", .text).notNull()
                t.column("key", .blob).notNull()
                t.column("sha256", .blob).notNull()
                t.column("json", .blob).notNull()
                t.primaryKey(["dataset", "id"])
            }
        }
        migrator.registerMigration("lastBuild") { db in
            // The whole-build key of the last successful build, the generation it published and what
            // its report said (`RememberedBuild`): an unchanged rebuild stops on it.
            try db.create(table: "lastBuild") { t in
                t.column("id", .integer).primaryKey()
                t.column("key", .blob).notNull()
                t.column("generation", .integer).notNull()
                t.column("report", .blob).notNull()
            }
        }
        return migrator
    }

    /// The columns of `output` and of `outputPending`, whose rows move into it as they are: one list.
    static func outputColumns(_ t: TableDefinition) {
        t.column("path", .text).notNull().primaryKey()
        t.column("key", .blob).notNull()
        t.column("sha256", .blob).notNull()
        t.column("size", .integer).notNull()
        t.column("generation", .integer).notNull()
        t.column("removed", .boolean).notNull().defaults(to: false)
    }

    /// The migrations applied so far, by name (for tests and `sqlite3` users alike).
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try Self.migrator.appliedIdentifiers(db).sorted() }
    }
}
