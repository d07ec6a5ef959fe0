import Foundation

/// Writes files under one root folder: a new tree, or the lagging tree that `TreePublisher` brings up
/// to the new generation. Creates folders as needed and audits every file's bytes on the way.
///
/// In a tree whose files may be hard links shared with Output/ (`replacing`), a file is never written
/// in place: the old name is unlinked and a new file created, so Output/ keeps its bytes. Safe to call
/// from several threads at once for different paths.
public final class FileTreeWriter: @unchecked Sendable {
    public let root: String
    /// Whether every file's bytes are scanned for personal numbers on their way to disk.
    public let auditing: Bool
    /// Whether files may already exist at the paths written (they are replaced, never written into).
    public let replacing: Bool
    /// Whether nothing is written at all (`check`): files are only audited.
    public let dryRun: Bool
    private let lock = NSLock()
    private var written = 0
    private var auditFindings: [PrivacyAudit.Finding] = []
    /// Folders known to exist, so a folder of a thousand files is made once.
    private var folders: Set<String> = []
    private var rootMade = false

    /// With `auditing`, the privacy audit runs on each file's bytes while they are still in memory:
    /// every file the build writes passes through here, so what it publishes is audited without
    /// reading it back from disk.
    public init(root: String, auditing: Bool = false, replacing: Bool = false, dryRun: Bool = false) {
        self.root = root
        self.auditing = auditing
        self.replacing = replacing
        self.dryRun = dryRun
    }

    /// What the audit found so far, in path order.
    public var findings: [PrivacyAudit.Finding] {
        lock.withLock { auditFindings }.sorted { ($0.file, $0.offset) < ($1.file, $1.offset) }
    }

    /// Files written so far.
    public var count: Int { lock.withLock { written } }

    /// Writes `bytes` to `relativePath` (e.g. `penalties/cf-abc/index.html`).
    public func write(_ relativePath: String, _ bytes: some ContiguousBytes) throws {
        if auditing {
            let found = bytes.withUnsafeBytes { PrivacyAudit.scan(bytes: Array($0), file: relativePath) }
            if !found.isEmpty { lock.withLock { auditFindings += found } }
        }
        lock.withLock { written += 1 }
        if dryRun { return }
        let full = root + "/" + relativePath
        try makeFolder(for: relativePath)
        if replacing, unlink(full) != 0, errno != ENOENT { throw BuildError.cannotWrite(full) }
        let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw BuildError.cannotWrite(full) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { try Self.writeAll(fd, $0, path: full) }
    }

    /// Writes all of `buffer` to `fd`, as many write(2) calls as it takes (a signal may cut one short).
    static func writeAll(_ fd: Int32, _ buffer: UnsafeRawBufferPointer, path: String) throws {
        guard let base = buffer.baseAddress else { return }
        var offset = 0
        while offset < buffer.count {
            let n = Glibc.write(fd, base + offset, buffer.count - offset)
            if n < 0 {
                if errno == EINTR { continue }
                throw BuildError.cannotWrite(path)
            }
            offset += n
        }
    }

    public func write(_ relativePath: String, text: String) throws {
        try write(relativePath, Array(text.utf8))
    }

    /// Makes `relativePath` a hard link to the file `source` (an absolute or cwd-relative path),
    /// replacing what is there; when `source` does not exist, removes `relativePath` instead.
    public func link(_ relativePath: String, to source: String) throws {
        if dryRun { return }
        let full = root + "/" + relativePath
        if unlink(full) != 0, errno != ENOENT { throw BuildError.cannotWrite(full) }
        var st = stat()
        guard lstat(source, &st) == 0 else {
            removeEmptyFolders(above: relativePath)
            return
        }
        try makeFolder(for: relativePath)
        guard Glibc.link(source, full) == 0 else { throw BuildError.system(.publish, "link \(source) as \(full)") }
    }

    /// Removes `relativePath`, and the folders above it that are left empty.
    public func remove(_ relativePath: String) throws {
        if dryRun { return }
        let full = root + "/" + relativePath
        if unlink(full) != 0, errno != ENOENT { throw BuildError.system(.publish, "remove \(full)") }
        removeEmptyFolders(above: relativePath)
    }

    func removeEmptyFolders(above relativePath: String) {
        var folder = (relativePath as NSString).deletingLastPathComponent
        while !folder.isEmpty, rmdir(root + "/" + folder) == 0 {
            _ = lock.withLock { folders.remove(folder) }
            folder = (folder as NSString).deletingLastPathComponent
        }
    }

    /// Creates the folders of `relativePath` that the tree lacks (and the root, the first time). Only
    /// folders that hold other folders are remembered: a site of a million record folders would
    /// otherwise remember a million names, and a file's own folder costs one `mkdir` to check.
    func makeFolder(for relativePath: String) throws {
        if !lock.withLock({ rootMade }) {
            do {
                try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            } catch {
                throw BuildError.system(.publish, "create the folder \(root)", (error as NSError).localizedDescription)
            }
            lock.withLock { rootMade = true }
        }
        let folder = (relativePath as NSString).deletingLastPathComponent
        guard !folder.isEmpty else { return }
        if mkdir(root + "/" + folder, 0o755) == 0 || errno == EEXIST { return }
        guard errno == ENOENT else { throw BuildError.system(.publish, "create the folder \(root)/\(folder)") }
        try makeParent((folder as NSString).deletingLastPathComponent)
        if mkdir(root + "/" + folder, 0o755) != 0, errno != EEXIST {
            throw BuildError.system(.publish, "create the folder \(root)/\(folder)")
        }
    }

    func makeParent(_ folder: String) throws {
        guard !folder.isEmpty, !lock.withLock({ folders.contains(folder) }) else { return }
        if mkdir(root + "/" + folder, 0o755) != 0, errno != EEXIST {
            guard errno == ENOENT else { throw BuildError.system(.publish, "create the folder \(root)/\(folder)") }
            try makeParent((folder as NSString).deletingLastPathComponent)
            if mkdir(root + "/" + folder, 0o755) != 0, errno != EEXIST {
                throw BuildError.system(.publish, "create the folder \(root)/\(folder)")
            }
        }
        _ = lock.withLock { folders.insert(folder) }
    }

    /// Replaces the file at `path` atomically (write beside it, then rename): for state files that a
    /// killed build must never leave half-written.
    public static func replaceFile(at path: String, with bytes: [UInt8]) throws {
        let dir = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        let temp = path + ".tmp-\(getpid())"
        unlink(temp)
        let writer = FileTreeWriter(root: dir.isEmpty ? "." : dir)
        try writer.write((temp as NSString).lastPathComponent, bytes)
        guard rename(temp, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temp)
            throw BuildError.cannotWrite(path, reason, stage: .state)
        }
    }
}
