import Foundation
import GRDB

/// How a content file looked when its outcome was kept: `stat` fields first (a rebuild reads nothing
/// when they all match), the SHA-256 of its bytes when they do not (a touched file is still the same).
/// `ctime` is in it because tools that copy a file's times (`cp -p`, rsync -t) cannot set it.
public struct FileFingerprint: Equatable, Sendable {
    public var size: Int64
    public var mtime: Int64
    public var ctime: Int64
    public var inode: Int64

    /// The fingerprint of the file at `path` (following links), or nil when it is not a readable file.
    public static func of(_ path: String) -> FileFingerprint? {
        var st = stat()
        guard stat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return FileFingerprint(size: Int64(st.st_size),
                               mtime: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                               ctime: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec),
                               inode: Int64(bitPattern: UInt64(st.st_ino)))
    }
}

/// The content cache: per content file its fingerprint, the key of what validating it depended on,
/// its outcome and its records' values (StateDatabase migration "contentCache").
extension StateDatabase {
    /// A content file as the last build that read it left it.
    struct CachedContent {
        var fingerprint: FileFingerprint
        var sha256: [UInt8]
        var validation: StableHash
        var asOf: CivilDate
        var latestDecision: CivilDate?
        var outcome: [UInt8]
    }

    func cachedContent(_ path: String) throws -> CachedContent? {
        do {
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: """
                    SELECT size, mtime, ctime, inode, sha256, validation, asOf, latestDecision, outcome
                    FROM contentFile WHERE path = ?
                    """, arguments: [path]) else { return nil }
                let validation: Data = row[5], sha: Data = row[4], outcome: Data = row[8]
                let latest: Int64? = row[7]
                return CachedContent(fingerprint: FileFingerprint(size: row[0], mtime: row[1], ctime: row[2], inode: row[3]),
                                     sha256: [UInt8](sha), validation: StableHash(bytes: [UInt8](validation)) ?? .zero,
                                     asOf: CivilDate(dayNumber: Int(row[6] as Int64)),
                                     latestDecision: latest.map { CivilDate(dayNumber: Int($0)) }, outcome: [UInt8](outcome))
            }
        } catch {
            throw Self.failure(path, "cannot read the content cache", error)
        }
    }

    /// Keeps a file's outcome and value chunks, replacing what was kept for it, in one transaction.
    func storeContent(_ path: String, _ c: CachedContent, chunks: [[UInt8]]) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM contentChunk WHERE path = ?", arguments: [path])
                try db.execute(sql: """
                    INSERT OR REPLACE INTO contentFile(path, size, mtime, ctime, inode, sha256, validation, asOf, latestDecision, outcome)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [path, c.fingerprint.size, c.fingerprint.mtime, c.fingerprint.ctime, c.fingerprint.inode,
                                     Data(c.sha256), Data(c.validation.bytes), Int64(c.asOf.dayNumber),
                                     c.latestDecision.map { Int64($0.dayNumber) }, Data(c.outcome)])
                let insert = try db.makeStatement(sql: "INSERT INTO contentChunk(path, chunk, data) VALUES (?, ?, ?)")
                for (n, chunk) in chunks.enumerated() { try insert.execute(arguments: [path, n, Data(chunk)]) }
            }
        } catch {
            throw Self.failure(path, "cannot keep the content cache", error)
        }
    }

    /// Notes that a file whose bytes are unchanged now has another fingerprint (it was touched).
    func updateFingerprint(_ path: String, _ f: FileFingerprint) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "UPDATE contentFile SET size = ?, mtime = ?, ctime = ?, inode = ? WHERE path = ?",
                               arguments: [f.size, f.mtime, f.ctime, f.inode, path])
            }
        } catch {
            throw Self.failure(path, "cannot keep the content cache", error)
        }
    }

    /// One chunk of a file's values, as `RecordValues` encoded it.
    func contentChunk(_ path: String, _ n: Int) throws -> [UInt8]? {
        do {
            return try queue.read { db in
                try Data.fetchOne(db, sql: "SELECT data FROM contentChunk WHERE path = ? AND chunk = ?", arguments: [path, n]).map { [UInt8]($0) }
            }
        } catch {
            throw Self.failure(path, "cannot read the content cache", error)
        }
    }

    /// Forgets the files not in `paths` (removed from Content/).
    func forgetContent(except paths: Set<String>) throws {
        do {
            try queue.write { db in
                let kept = try String.fetchAll(db, sql: "SELECT path FROM contentFile")
                for path in kept where !paths.contains(path) {
                    try db.execute(sql: "DELETE FROM contentFile WHERE path = ?", arguments: [path])
                    try db.execute(sql: "DELETE FROM contentChunk WHERE path = ?", arguments: [path])
                }
            }
        } catch {
            throw Self.failure(self.path, "cannot keep the content cache", error)
        }
    }
}
