import Foundation

/// Writes files under one root folder (the staging tree of a build), creating folders as needed.
///
/// When a `baseline` tree (the current Output/) holds a file with exactly the new bytes, that file is
/// hard-linked instead of written: its inode and mtime stay, so web-server caches and rsync see no
/// change, and a small content change writes only the files that show it.
///
/// Safe to call from several threads at once: each file goes to a new path of a fresh staging tree.
public final class FileTreeWriter: @unchecked Sendable {
    public let root: String
    public let baseline: String?
    /// Whether every file's bytes are scanned for personal numbers on their way to disk.
    public let auditing: Bool
    /// What the last build left in `baseline`, to skip reading files known to be unchanged.
    public let previousIndex: OutputIndex?
    private let lock = NSLock()
    private var written = 0
    private var kept = 0
    private var auditFindings: [PrivacyAudit.Finding] = []
    private var index = OutputIndex()
    /// Told the number of files written or kept so far, after each file (the build's progress).
    private let onFile: @Sendable (Int) -> Void

    /// With `auditing`, the privacy audit runs on each file's bytes while they are still in memory:
    /// every file of the staging tree passes through here, so the whole new site is audited without
    /// reading it back from disk (a million-page site is gigabytes).
    public init(root: String, baseline: String? = nil, auditing: Bool = false, previousIndex: OutputIndex? = nil,
                onFile: @escaping @Sendable (Int) -> Void = { _ in }) {
        self.onFile = onFile
        self.root = root
        self.baseline = baseline
        self.auditing = auditing
        self.previousIndex = previousIndex
    }

    /// The index of every file written or kept so far (sizes, times and inodes of the staging tree,
    /// which the atomic swap carries into Output/ unchanged).
    public var newIndex: OutputIndex { lock.withLock { index } }

    /// What the audit found so far, in path order.
    public var findings: [PrivacyAudit.Finding] {
        lock.withLock { auditFindings }.sorted { ($0.file, $0.offset) < ($1.file, $1.offset) }
    }

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Files written with new bytes, and files carried over from the baseline, so far.
    public var counts: (written: Int, kept: Int) { lock.withLock { (written, kept) } }

    /// Writes `bytes` to `relativePath` (e.g. `penalties/cf-abc/index.html`).
    public func write(_ relativePath: String, _ bytes: some ContiguousBytes) throws {
        if auditing {
            let found = bytes.withUnsafeBytes { PrivacyAudit.scan(bytes: Array($0), file: relativePath) }
            if !found.isEmpty { lock.withLock { auditFindings += found } }
        }
        let full = root + "/" + relativePath
        let dir = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: relativePath, reason: (error as NSError).localizedDescription)
        }
        let hash = bytes.withUnsafeBytes { ContentHash(of: $0) }
        if let baseline, isUnchanged(relativePath, hash: hash, bytes: bytes, baseline: baseline),
           link(baseline + "/" + relativePath, full) == 0 {
            record(relativePath, full, hash: hash, kept: true)
            return
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: relativePath, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: relativePath, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
        record(relativePath, full, hash: hash, kept: false)
    }

    /// Whether the baseline file already holds these bytes: known from the previous index without
    /// reading it when the file is still the one indexed, else by comparing bytes.
    func isUnchanged(_ relativePath: String, hash: ContentHash, bytes: some ContiguousBytes, baseline: String) -> Bool {
        let old = baseline + "/" + relativePath
        if let e = previousIndex?[relativePath], let st = OutputIndex.stat(old),
           st.size == e.size, st.mtime == e.mtime, st.inode == e.inode {
            return e.hash == hash && bytes.withUnsafeBytes { $0.count } == e.size
        }
        return bytes.withUnsafeBytes { Self.file(old, equals: $0) }
    }

    func record(_ relativePath: String, _ full: String, hash: ContentHash, kept wasKept: Bool) {
        let st = OutputIndex.stat(full)
        let files = lock.withLock {
            if wasKept { kept += 1 } else { written += 1 }
            if let st { index.set(relativePath, .init(size: st.size, mtime: st.mtime, inode: st.inode, hash: hash)) }
            return kept + written
        }
        onFile(files)
    }

    public func write(_ relativePath: String, text: String) throws {
        try write(relativePath, Array(text.utf8))
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
            throw Failure(path: path, reason: reason)
        }
    }

    /// Whether the regular file at `path` holds exactly `bytes` (size first, so most misses cost a stat).
    static func file(_ path: String, equals bytes: UnsafeRawBufferPointer) -> Bool {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) == bytes.count else { return false }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: bytes.count)
        var offset = 0
        while offset < bytes.count {
            let n = buffer.withUnsafeMutableBytes { b -> Int in
                guard let p = b.baseAddress else { return -1 }
                return read(fd, p + offset, bytes.count - offset)
            }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return buffer.withUnsafeBytes { $0.elementsEqual(bytes) }
    }
}
