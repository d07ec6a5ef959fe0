import Foundation

/// `creditcity assemble` (SPEC section 9): joins the N shard trees of a sharded build into one Output/,
/// by their manifests, without reading content or rendering anything.
///
/// Every file is taken from the shard that owns it as a hard link (a copy when the shards and Output/
/// are on different file systems) and published exactly as a build publishes (`TreePublisher`): under
/// the output's lock, with the site's mark, into the lagging tree, swapped in with one atomic rename;
/// a file whose bytes Output/ already has is kept, so a small change reassembles in proportion to it.
/// It refuses shard trees that were not built from the same site, day and number of shards, and a
/// missing shard, naming the shard to run again; Output/ is then left as it was.
public struct ShardAssembler: Sendable {
    /// The folder holding `shard-K-of-N/` and `shard-K-of-N.manifest` of every shard.
    public var shardsDir: String
    public var outputDir: String
    public var stateDir: String
    /// N, when the shards folder holds manifests of several values of N; found from them otherwise.
    public var count: Int?
    public var noWait = false
    public var onWait: @Sendable (String) -> Void = { _ in }

    public init(shardsDir: String, outputDir: String, stateDir: String) {
        self.shardsDir = shardsDir
        self.outputDir = outputDir
        self.stateDir = stateDir
    }

    /// What assembling did to Output/.
    public struct Summary: Sendable {
        public var shards = 0
        public var asOf = ""
        public var written = 0
        public var kept = 0
        public var removed = 0
    }

    /// Where it may write, checked as a build's (`OutputLocation`); throws its `Refusal`.
    public func location() throws -> OutputLocation {
        try OutputLocation(output: outputDir, state: stateDir, sources: [("--shards", shardsDir)])
    }

    public func run() throws -> Summary {
        let location = try location()
        let shardSet = ShardSet(shardsDir: shardsDir, count: count)
        let n = try shardSet.shardCount()
        let outputLock = try BuildLock(output: location, wait: !noWait, waiting: onWait)
        let stateLock = try BuildLock(stateDir: stateDir, wait: !noWait, waiting: onWait)
        // Each shard's own lock: a shard still building (or started again meanwhile) is waited for, so
        // no tree changes under the links being made.
        let shardLocks = try (0..<n).map { k in
            try BuildLock(output: OutputLocation(output: shardsDir + "/" + ShardOwnership.name(k, of: n), state: shardsDir + "/" + ShardOwnership.name(k, of: n) + ".state"),
                          wait: !noWait, waiting: onWait)
        }
        defer { withExtendedLifetime((outputLock, stateLock, shardLocks)) {} }
        let manifests = try shardSet.manifests(n)

        let database = try StateDatabase(stateDir: stateDir)
        let publisher = try TreePublisher(location: location, database: database)
        let sink = OutputSink(publisher: publisher, dryRun: false, unkeyed: [])
        /// Whether Output/ already has this file's bytes (it is then kept, not linked again).
        func published(_ f: ShardManifest.File) -> Bool {
            publisher.published(f.path).map { $0.sha256 == f.sha256 && $0.size == f.size } ?? false
        }
        // What this assembly may change, noted in the state before the lagging tree is touched, so a
        // killed assembly is repaired by the next build or assembly like a killed build.
        var listed = Set<String>()
        var changing: [String] = []
        for (k, manifest) in manifests.enumerated() {
            for f in manifest.files {
                guard listed.insert(f.path).inserted else {
                    throw BuildError(.assemble, path: f.path, "is listed by two shards (again by shard \(k)); the shard manifests are not of one build: run every shard again")
                }
                if !published(f) { changing.append(f.path) }
            }
        }
        let gone = publisher.publishedPaths.filter { !listed.contains($0) && $0 != OutputMarker.fileName }
        sink.willTouch(changing + gone)
        let summary: OutputSink.Summary
        do {
            for (k, manifest) in manifests.enumerated() {
                let tree = shardsDir + "/" + ShardOwnership.name(k, of: manifests.count)
                for f in manifest.files {
                    let source = tree + "/" + f.path
                    if !published(f) {
                        // The tree must still be what its manifest says (its size, at least: reading every
                        // byte again would cost what rendering saved).
                        var st = stat()
                        guard stat(source, &st) == 0, Int(st.st_size) == f.size else {
                            throw BuildError(.assemble, path: source, "does not match \(ShardOwnership.name(k, of: manifests.count)).manifest (missing or another size): the shard's tree changed after its manifest was written; run `creditcity build --shard \(k)/\(manifests.count)` again")
                        }
                    }
                    try sink.emitLink(f.path, from: source, sha256: f.sha256, size: f.size)
                }
            }
            // The mark that Output/ is a site CreditCity built: the same bytes a build writes.
            try sink.emit(OutputMarker.fileName, bytes: OutputMarker.contents)
            summary = try sink.finish()
        } catch {
            sink.discard()
            throw error
        }
        return Summary(shards: manifests.count, asOf: manifests.first?.header.asOf ?? "", written: summary.written,
                       kept: summary.kept, removed: summary.removed)
    }
}
