import Foundation

/// Where every file a build makes goes: it compares each with what Output/ holds (the key it was made
/// from, then the SHA-256 of its bytes) and writes only what changed, into the tree `TreePublisher`
/// prepares; at the end it removes what the site no longer has and commits the new generation.
///
/// The lagging tree is opened only when the first file really changes, so a build that changes nothing
/// touches no tree at all. Safe to call from several threads at once.
final class OutputSink: @unchecked Sendable {
    let publisher: TreePublisher?
    /// `check`: nothing is written, but every new file is audited.
    let dryRun: Bool
    /// Paths (or whole folders, ending in `/`) a build may write although their keys are not known in
    /// advance: noted in the journal with the rest when the lagging tree is opened.
    let unkeyed: [String]
    /// `build --shard K/N`: files of other shards are dropped unwritten (`ShardOwnership`).
    var shard: ShardOwnership?
    let lock = NSLock()
    private var session: TreePublisher.Session?
    private var touching: Set<String> = []
    /// Paths of the new site met so far, and those set right in the lagging tree (written or re-linked),
    /// by `pathHash`: a million paths as numbers, not strings.
    private var seen: Set<UInt64> = []
    private var handled: Set<UInt64> = []
    /// Changed output rows not yet kept aside in the state database.
    private var changes: [String: OutputRecord?] = [:]
    static let changesHeld = 20_000
    private var writtenCount = 0
    private var keptCount = 0
    private let auditor = FileTreeWriter(root: "", auditing: true, dryRun: true)
    private var auditFindings: [PrivacyAudit.Finding] = []

    /// Output/, where published files can be read once the build is done.
    var outputDir: String { publisher?.outputDir ?? "" }

    init(publisher: TreePublisher?, dryRun: Bool, unkeyed: [String]) {
        self.publisher = publisher
        self.dryRun = dryRun
        self.unkeyed = unkeyed
    }

    /// Notes the paths this build renders because their keys changed (before any is written).
    func willTouch(_ paths: some Sequence<String>) {
        lock.withLock { touching.formUnion(paths) }
    }

    /// Whether `path` is in Output/ with the same key: it needs no rendering, and is kept.
    func isCurrent(_ path: String, key: StableHash) -> Bool { current(path, key: key) != nil }

    /// Keeps every file Output/ has under `folder` when `path` there was made from `key` (a batch of
    /// files made together, such as the search index); false when the batch must be made again.
    func keepFolder(_ folder: String, whenCurrent path: String, key: StableHash) -> Bool {
        guard let publisher, let old = publisher.published(path), old.key == key else { return false }
        let paths = publisher.publishedPaths.filter { $0.hasPrefix(folder) }
        lock.withLock {
            seen.formUnion(paths.map(Self.pathHash))
            keptCount += paths.count
        }
        return true
    }

    /// What Output/ holds at `path` when it was made from `key` (the file is then kept as it is).
    func current(_ path: String, key: StableHash) -> OutputRecord? {
        guard let old = publisher?.published(path), old.key == key else { return nil }
        lock.withLock {
            seen.insert(Self.pathHash(path))
            keptCount += 1
        }
        return old
    }

    /// A file of the new site, made from `key` (the hash of its bytes when no better key is known).
    func emit(_ path: String, key: StableHash? = nil, bytes: [UInt8]) throws {
        if let shard, !shard.owns(path) { return }
        let sha = ContentHash(of: bytes)
        let key = key ?? StableHash(high: sha.words.0, low: sha.words.1)
        if try keepIfUnchanged(path, sha256: sha, size: bytes.count, key: key) { return }
        if dryRun {
            try auditor.write(path, bytes)
            lock.withLock {
                seen.insert(Self.pathHash(path))
                writtenCount += 1
            }
            return
        }
        let session = try openSession()
        try session.writer.write(path, bytes)
        lock.withLock { noteWritten(path, OutputRecord(key: key, sha256: sha, size: bytes.count, generation: session.generation, removed: false)) }
        try flushIfNeeded()
    }

    /// A file too large to hold in memory (the first build's change file), written as `produce` makes
    /// it: its bytes go into the new tree while they are hashed and audited, and are dropped again when
    /// they turn out to be Output/'s. Returns the SHA-256 of the bytes.
    ///
    /// When Output/ has the file, it is first made without writing, to compare: a build that changes
    /// nothing must not open the lagging tree. `produce` must give the same bytes each time.
    @discardableResult
    func emitStreaming(_ path: String, key: StableHash? = nil, produce: (_ write: ([UInt8]) throws -> Void) throws -> Void) throws -> ContentHash {
        // Only a shard owning feeds/ writes feeds (`BuildPipeline`), the one user of this.
        if let shard, !shard.owns(path) { throw BuildError(.publish, path: path, "belongs to another shard than \(shard)") }
        if !dryRun, let old = publisher?.published(path) {
            var hasher = SHA256Stream()
            var size = 0
            try produce { bytes in
                hasher.update(bytes)
                size += bytes.count
            }
            let sha = hasher.finish()
            // A better key than the bytes' own is remembered for the next build.
            if try keepIfUnchanged(path, sha256: sha, size: size, key: key ?? old.key) { return sha }
        }
        var hasher = SHA256Stream()
        var audit = StreamAudit(file: path)
        var size = 0
        var fd: Int32 = -1
        var temp = ""
        var session: TreePublisher.Session?
        if !dryRun {
            let s = try openSession()
            session = s
            temp = s.writer.root + "/" + path + ".partial-\(getpid())"
            try s.writer.makeFolder(for: path)
            unlink(temp)
            fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw BuildError.cannotWrite(temp) }
        }
        defer { if fd >= 0 { close(fd) } }
        try produce { bytes in
            hasher.update(bytes)
            audit.add(bytes)
            size += bytes.count
            guard fd >= 0 else { return }
            try bytes.withUnsafeBytes { try FileTreeWriter.writeAll(fd, $0, path: temp) }
        }
        let sha = hasher.finish()
        let key = key ?? StableHash(high: sha.words.0, low: sha.words.1)
        lock.withLock { auditFindings += audit.findings }
        let old = publisher?.published(path)
        guard let session else {
            lock.withLock {
                seen.insert(Self.pathHash(path))
                if let old, old.sha256 == sha { keptCount += 1 } else { writtenCount += 1 }
            }
            return sha
        }
        if let old, old.sha256 == sha, old.size == size {
            unlink(temp)
            lock.withLock { noteKept(path, old: old, key: key) }
            try relinkIfStale(path, session)
            return sha
        }
        guard rename(temp, session.writer.root + "/" + path) == 0 else { throw BuildError.cannotWrite(session.writer.root + "/" + path) }
        lock.withLock { noteWritten(path, OutputRecord(key: key, sha256: sha, size: size, generation: session.generation, removed: false)) }
        return sha
    }

    /// Keeps Output/'s file at `path` when it has these bytes (by SHA-256 and size): nothing is written,
    /// the new key is remembered if it moved, and the lagging tree gets Output/'s file if it lags. False
    /// when the file must be written.
    func keepIfUnchanged(_ path: String, sha256: ContentHash, size: Int, key: StableHash) throws -> Bool {
        guard let old = publisher?.published(path), old.sha256 == sha256, old.size == size else { return false }
        let session = lock.withLock { () -> TreePublisher.Session? in
            noteKept(path, old: old, key: key)
            return self.session
        }
        try flushIfNeeded()
        try relinkIfStale(path, session)
        return true
    }

    /// Notes `path` as kept with Output/'s bytes, remembering the new key if it moved. Under the lock.
    private func noteKept(_ path: String, old: OutputRecord, key: StableHash) {
        seen.insert(Self.pathHash(path))
        keptCount += 1
        if old.key != key {
            var r = old
            r.key = key
            changes[path] = r
        }
        needsFlush = changes.count >= Self.changesHeld
    }

    /// Notes `path` as written into the new tree with `record`. Under the lock.
    func noteWritten(_ path: String, _ record: OutputRecord) {
        seen.insert(Self.pathHash(path))
        handled.insert(Self.pathHash(path))
        writtenCount += 1
        changes[path] = record
        needsFlush = changes.count >= Self.changesHeld
    }

    /// The lagging tree may still hold an older version of a kept file: give it Output/'s.
    private func relinkIfStale(_ path: String, _ session: TreePublisher.Session?) throws {
        guard let session, session.stale.contains(path), let publisher else { return }
        try session.writer.link(path, to: publisher.outputDir + "/" + path)
        lock.withLock { _ = handled.insert(Self.pathHash(path)) }
    }

    /// Whether enough changed rows wait in memory to be kept aside in the state database.
    private var needsFlush = false

    func flushIfNeeded() throws {
        guard let publisher else { return }
        let batch: [String: OutputRecord?]? = lock.withLock {
            guard needsFlush else { return nil }
            needsFlush = false
            defer { changes = [:] }
            return changes
        }
        if let batch, !dryRun { try publisher.database.stageOutputs(batch) }
    }

    /// A path as a 64-bit number (FNV-1a over its UTF-8 bytes), for sets of a million paths.
    static func pathHash(_ path: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in path.utf8 {
            h ^= UInt64(b)
            h = h &* 0x100_0000_01b3
        }
        return h
    }

    /// The session, opened on first need.
    func openSession() throws -> TreePublisher.Session {
        try lock.withLock {
            if let session { return session }
            guard let publisher else { throw BuildError(.publish, "no tree to write into") }
            let s = try publisher.begin(touching: touching.union(unkeyed))
            session = s
            return s
        }
    }

    /// Privacy findings in the files written (or, with `dryRun`, that would be).
    var findings: [PrivacyAudit.Finding] {
        ((lock.withLock { session?.writer.findings }) ?? []) + auditor.findings + lock.withLock { auditFindings }
    }

    /// What the build did to Output/: files written, kept, removed, and whether a new tree was published.
    struct Summary {
        var written = 0
        var kept = 0
        var removed = 0
        var published = false
    }

    /// Removes the files the site no longer has, brings the lagging tree's stale paths up to date and
    /// publishes; or, when nothing changed, keeps the new keys only. Nothing with `dryRun`.
    func finish() throws -> Summary {
        let gone = publisher?.publishedPaths.filter { !seen.contains(Self.pathHash($0)) } ?? []
        var summary = Summary(written: writtenCount, kept: keptCount, removed: gone.count)
        guard let publisher, !dryRun else { return summary }
        if !gone.isEmpty { _ = try openSession() }
        guard let session = lock.withLock({ self.session }) else {
            try publisher.keepKeys(changes)
            return summary
        }
        for path in gone {
            try session.writer.remove(path)
            handled.insert(Self.pathHash(path))
            if var old = publisher.records[path] {
                old.generation = session.generation
                old.removed = true
                changes[path] = old
            }
        }
        try publisher.relinkStale(session) { handled.contains(Self.pathHash($0)) }
        try publisher.commit(session, changes: changes)
        summary.published = true
        return summary
    }

    /// Drops what was written (a failed build).
    func discard() {
        if let session = lock.withLock({ self.session }) { publisher?.discard(session) }
    }
}
