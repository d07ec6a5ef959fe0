import Foundation
import GRDB

/// The build state that must survive a killed build: `<state>/state.sqlite`, one SQLite database
/// (through GRDB) whose transactions commit atomically, so no state file needs its own rename dance.
///
/// The schema grows by named migrations, applied in order when the database is opened; a feature that
/// needs state adds a migration and its own extension of this type (`StateDatabase+FirstSeen`), and
/// never touches another feature's tables.
public final class StateDatabase: Sendable {
    public static let fileName = "state.sqlite"
    let queue: DatabaseQueue
    public let path: String

    /// The database cannot be opened, migrated, read or written; printed like a compiler error.
    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "\(path): error: state database: \(reason)" }
    }

    /// Opens (or creates) the database of the state folder `stateDir` and brings its schema up to date.
    public init(stateDir: String) throws {
        path = (stateDir as NSString).appendingPathComponent(Self.fileName)
        do {
            try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
            var configuration = Configuration()
            // Another build or a report may hold a write lock for a moment; wait for it.
            configuration.busyMode = .timeout(60)
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(queue)
        } catch {
            throw Failure(path: path, reason: "\(error)")
        }
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
        return migrator
    }

    /// The migrations applied so far, by name (for tests and `sqlite3` users alike).
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try Self.migrator.appliedIdentifiers(db).sorted() }
    }
}
