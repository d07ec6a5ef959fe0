import CSystemShim
import Foundation

/// Publishes a new generation of the site with work in proportion to what changed (issue 12, item 7).
///
/// Two trees take turns: Output/ holds generation N and `.Output.previous` (the lagging tree) holds
/// N − 1, or N. A build brings the lagging tree up to N + 1 by touching only the paths it changes and
/// the paths the last build changed (those the lagging tree still has in their older form: they are
/// hard-linked from Output/, whose file is already right), then swaps the two trees in one
/// `renameat2(RENAME_EXCHANGE)`. Readers see N or N + 1, never a mix; the old tree is the rollback tree.
/// Unchanged files are hard links shared by both trees, so their inodes never change.
///
/// Crash safety: before the lagging tree is touched, the state database marks it dirty with the paths
/// that will be touched; a build after a crash re-links those from Output/. The new generation's state
/// is committed, marked pending, before the swap; a build that finds a pending generation finishes the
/// swap or forgets the state. Trees are named by `TreeID`, so nothing but the site is in Output/.
final class TreePublisher {
    let publisher: OutputPublisher
    let database: StateDatabase
    private(set) var publication: Publication
    /// What Output/ holds, by path (and paths removed lately, which the lagging tree may still have).
    private(set) var records: [String: OutputRecord]

    var outputDir: String { publisher.outputDir }
    var laggingDir: String { publisher.previousDir }

    /// Reads the state and reconciles it with the trees on disk: finishes an interrupted swap, and
    /// forgets a state that no longer matches Output/ (replaced by hand, rolled back). `readOnly`
    /// (`check`) changes nothing: a state that needs reconciling is treated as unknown.
    init(location: OutputLocation, database: StateDatabase, readOnly: Bool = false) throws {
        publisher = OutputPublisher(location: location)
        self.database = database
        var p = try database.publication()
        let output = TreeID.of(publisher.outputDir), lagging = TreeID.of(publisher.previousDir)
        if readOnly {
            let current = p.pending == nil && p.published > 0 && output != nil && output == p.publishedTree
            publication = current ? p : .none
            records = current ? try database.outputs() : [:]
            return
        }
        if let pending = p.pending, let pendingTree = p.pendingTree {
            if output == pendingTree {
                // The swap happened; the build was killed before it could say so.
                p = Publication(published: pending, publishedTree: pendingTree, lagging: p.published, laggingTree: p.publishedTree)
            } else if lagging == pendingTree, output == p.publishedTree, p.publishedTree != nil {
                // Everything was ready but the swap: do it now.
                try publisher.exchangeWithPrevious()
                p = Publication(published: pending, publishedTree: pendingTree, lagging: p.published, laggingTree: p.publishedTree)
            } else if output == p.publishedTree, p.publishedTree != nil {
                p.pending = nil
                p.pendingTree = nil
                p.lagging = nil
            } else {
                p = .none
            }
            try database.setPublication(p)
        }
        if p.published > 0, output == nil || output != p.publishedTree {
            // Output/ is not the tree the state describes: nothing of it can be trusted.
            try database.forgetOutputs()
            p = .none
        }
        if p.lagging != nil, lagging == nil || lagging != p.laggingTree {
            p.lagging = nil
            p.laggingTree = nil
            p.journal = nil
        }
        publication = p
        records = p.published > 0 ? try database.outputs() : [:]
        // The mark is what lets the next build replace this folder: if someone removed it, it is
        // written again rather than trusted to the state.
        if !OutputMarker.isPresent(in: publisher.outputDir) { records[OutputMarker.fileName] = nil }
        try database.dropPendingOutputs()
    }

    /// The published state of `path`, if Output/ has it.
    func published(_ path: String) -> OutputRecord? {
        guard let r = records[path], !r.removed else { return nil }
        return r
    }

    /// The paths Output/ has, from the state.
    var publishedPaths: [String] { records.compactMap { $0.value.removed ? nil : $0.key } }

    /// A generation being written.
    struct Session {
        let generation: Int
        let writer: FileTreeWriter
        /// Whether the target is a fresh tree (no Output/ state to build on).
        let fresh: Bool
        /// Paths where the lagging tree differs from Output/ before this build (the last build's changes).
        let stale: Set<String>
    }

    /// Opens the tree the next generation is written into. `touching` are the paths this build may
    /// write or remove: with the paths the lagging tree lags behind in, they are noted in the state
    /// database before the tree is touched.
    func begin(touching: some Sequence<String>) throws -> Session {
        let generation = publication.published + 1
        guard publication.published > 0 else {
            let staging = try publisher.makeStaging()
            return Session(generation: generation, writer: FileTreeWriter(root: staging, auditing: true), fresh: true, stale: [])
        }
        var stale = Set<String>()
        if let journal = publication.journal, publication.lagging != nil {
            // A build was killed while writing the lagging tree: put back Output/'s file at every path it touched.
            let repair = FileTreeWriter(root: laggingDir, replacing: true)
            for path in journal {
                if path.hasSuffix("/") {
                    // A whole folder the build could write (its file names not known before): copy it again.
                    try? FileManager.default.removeItem(atPath: laggingDir + "/" + path)
                    if FileManager.default.fileExists(atPath: outputDir + "/" + path),
                       cc_link_tree(outputDir + "/" + path, laggingDir + "/" + path) < 0 {
                        throw BuildError.system(.publish, "repair \(laggingDir)/\(path)")
                    }
                } else {
                    try repair.link(path, to: outputDir + "/" + path)
                }
            }
            publication.lagging = publication.published
            publication.journal = nil
        } else if publication.lagging == publication.published - 1 {
            stale = Set(records.compactMap { $0.value.generation == publication.published ? $0.key : nil })
        } else if publication.lagging != publication.published {
            // No lagging tree yet (or one of unknown age): make it, once, as hard links of Output/. It is
            // made under this build's staging name and renamed, so a killed build never leaves a partial
            // tree (without the site's mark) as .Output.previous, and the old one is retired whole.
            try publisher.retire(laggingDir)
            let staging = try publisher.makeStaging()
            guard cc_link_tree(outputDir, staging) >= 0 else { throw BuildError.system(.publish, "make \(laggingDir) from \(outputDir)") }
            guard rename(staging, laggingDir) == 0 else { throw BuildError.system(.publish, "keep \(laggingDir)") }
            publication.lagging = publication.published
            publication.laggingTree = TreeID.of(laggingDir)
        }
        var journal = stale
        journal.formUnion(touching)
        publication.journal = journal.sorted()
        try database.setPublication(publication)
        let writer = FileTreeWriter(root: laggingDir, auditing: true, replacing: true)
        return Session(generation: generation, writer: writer, fresh: false, stale: stale)
    }

    /// Brings the lagging tree's stale paths that this build does not write back to Output/'s files.
    func relinkStale(_ session: Session, except written: (String) -> Bool) throws {
        for path in session.stale where !written(path) {
            try session.writer.link(path, to: outputDir + "/" + path)
        }
    }

    /// Commits the new generation: its state (pending) in one transaction, the swap, then the state
    /// that says so. `changes` are the output rows that changed (nil: removed for good).
    func commit(_ session: Session, changes: [String: OutputRecord?]) throws {
        let target = session.fresh ? session.writer.root : laggingDir
        guard let targetTree = TreeID.of(target) else { throw BuildError.system(.publish, "find the new site at \(target)") }
        var p = publication
        p.pending = session.generation
        p.pendingTree = targetTree
        p.journal = nil
        try database.commitOutputs(changes, forgetRemovedBefore: session.generation, publication: p)
        let outputTree = TreeID.of(outputDir)
        if session.fresh {
            try publisher.publish(target)
        } else {
            try publisher.exchangeWithPrevious()
        }
        let lagging = TreeID.of(laggingDir)
        // A fresh tree replaced an Output/ whose state was unknown: the tree kept beside it is of no known generation.
        let known = !session.fresh && lagging == outputTree
        publication = Publication(published: session.generation, publishedTree: targetTree,
                                  lagging: known ? publication.published : nil, laggingTree: known ? lagging : nil)
        try database.setPublication(publication)
        for (path, record) in changes { records[path] = record }
        records = records.filter { !$0.value.removed || $0.value.generation >= session.generation }
    }

    /// Drops a fresh tree that will not be published; a lagging tree stays as it is (its journal says
    /// what to repair).
    func discard(_ session: Session) {
        if session.fresh { publisher.discard(session.writer.root) }
    }

    /// Keeps changed keys of files whose bytes did not change, without publishing anything.
    func keepKeys(_ changes: [String: OutputRecord?]) throws {
        guard !changes.isEmpty else { return }
        try database.commitOutputs(changes, forgetRemovedBefore: 0, publication: publication)
        for (path, record) in changes { records[path] = record }
    }
}
