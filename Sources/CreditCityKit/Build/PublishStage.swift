import Foundation

/// Publish: a staging tree beside Output/ to write into, and at the end the atomic swap (build) or
/// its removal (check), with the state the next build reads.
struct PublishStage {
    let options: BuildOptions

    /// The new tree being written and the writer that fills it.
    struct Tree {
        var path: String
        var writer: FileTreeWriter
        var previousIndex: OutputIndex?
    }

    var indexPath: String { options.stateDir + "/output-index.tsv" }
    var publisher: OutputPublisher { OutputPublisher(outputDir: options.outputDir) }

    /// A fresh staging tree; unchanged files are hard-linked from Output/ when building.
    func begin() throws -> Tree {
        let staging = try publisher.makeStaging()
        let previousIndex = options.writeOutput ? OutputIndex.load(from: indexPath) : nil
        let writer = FileTreeWriter(root: staging, baseline: options.writeOutput ? options.outputDir : nil, auditing: true,
                                    previousIndex: previousIndex)
        return Tree(path: staging, writer: writer, previousIndex: previousIndex)
    }

    /// Counts the files, then swaps the tree in (build) or drops it (check); the feeds' state is kept
    /// only once the new site is in place.
    func finish(_ tree: Tree, feeds: FeedHistory.Update, report: inout BuildReport) throws {
        (report.filesWritten, report.filesKept) = tree.writer.counts
        let newIndex = tree.writer.newIndex
        if let previousIndex = tree.previousIndex, !previousIndex.entries.isEmpty {
            report.filesRemoved = previousIndex.entries.keys.count { newIndex[$0] == nil }
        } else {
            report.filesRemoved = publisher.countRemoved(comparedWith: tree.path)
        }
        guard options.writeOutput else {
            discard(tree)
            return
        }
        // Saved before the swap: should the swap fail, the index names inodes Output/ does not have, and
        // the next build falls back to comparing bytes.
        try newIndex.save(to: indexPath)
        try publisher.publish(tree.path)
        // Only a published build becomes the snapshot later change files run from.
        try feeds.commit()
    }

    func discard(_ tree: Tree) { publisher.discard(tree.path) }
}
