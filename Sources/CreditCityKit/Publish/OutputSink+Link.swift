import Foundation

extension OutputSink {
    /// A file made elsewhere (by a shard of a sharded build, `ShardAssembler`), put into the new site
    /// without reading it: a hard link to `source`, or a copy where `source` lies on another file
    /// system. `sha256` and `size` are the file's as its maker listed them; when Output/ has the same,
    /// the file is kept like any unchanged file.
    func emitLink(_ path: String, from source: String, sha256: ContentHash, size: Int) throws {
        let key = StableHash(high: sha256.words.0, low: sha256.words.1)
        if try keepIfUnchanged(path, sha256: sha256, size: size, key: key) { return }
        let session = try openSession()
        if Self.sameFileSystem(source, session.writer.root) {
            try session.writer.link(path, to: source)
        } else {
            // Shard trees on one volume and Output/ on another: a hard link cannot cross them; the
            // bytes are copied (and audited on the way, as every written file is).
            guard let data = FileManager.default.contents(atPath: source) else { throw BuildError.unreadable(.assemble, source, BuildError.systemReason) }
            try session.writer.write(path, [UInt8](data))
        }
        lock.withLock { noteWritten(path, OutputRecord(key: key, sha256: sha256, size: size, generation: session.generation, removed: false)) }
        try flushIfNeeded()
    }

    /// Whether `a` and the folder `b` (or, while it does not exist yet, its parent) are on one file system.
    static func sameFileSystem(_ a: String, _ b: String) -> Bool {
        var sa = stat(), sb = stat()
        guard stat(a, &sa) == 0 else { return true }
        guard stat(b, &sb) == 0 || stat((b as NSString).deletingLastPathComponent, &sb) == 0 else { return true }
        return sa.st_dev == sb.st_dev
    }

    /// The files of the published site, by path, with their size and SHA-256 (a shard's manifest). Read
    /// from the state database, which holds every row committed: the publisher's rows in memory lack
    /// those kept aside in batches while the build ran (`changesHeld`). Call after `finish()`.
    func publishedFiles() throws -> [ShardManifest.File] {
        guard let publisher else { return [] }
        return try publisher.database.outputs().compactMap { path, r in
            guard path != OutputMarker.fileName, !r.removed else { return nil }
            return ShardManifest.File(path: path, size: r.size, sha256: r.sha256)
        }
    }
}
