import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Publishing with two trees (docs/incremental.md): a build that changes nothing touches no tree; a
/// change is written into the tree beside Output/ and swapped in, so `.Output.previous` is always the
/// site before; unchanged files are one inode shared by both trees.
@Suite("Two-tree publishing")
struct TwoTreeTests {
    typealias T = TestSupport

    @Test func changesSwapAndNothingElseMoves() async throws {
        try await T.withTemporaryFolder { dir in
            let a = T.fixture("small"), b = try PublishSafetyTests.changedContent(in: dir)
            var o = T.buildOptions(content: a, in: dir)
            let previous = dir.appendingPathComponent(".Output.previous").path
            let first = try await BuildPipeline(options: o).run()
            #expect(first.filesWritten > 20 && first.filesKept == 0)
            let treeA = T.files(under: o.outputDir), inodesA = T.inodes(under: o.outputDir)

            // Nothing changed: nothing written, no second tree made, every inode the same.
            let same = try await BuildPipeline(options: o).run()
            #expect(same.filesWritten == 0 && same.filesRemoved == 0 && same.filesKept == first.filesWritten)
            #expect(!FileManager.default.fileExists(atPath: previous))
            #expect(T.inodes(under: o.outputDir) == inodesA)

            // One change: Output/ is B, the tree beside it exactly A; unchanged files are shared. Which
            // files one changed record rewrites is PublishSafetyTests.oneRecordChangeRewritesOnlyItsFiles'.
            o.contentDir = b
            let changed = try await BuildPipeline(options: o).run()
            #expect(changed.filesWritten > 0)
            let treeB = T.files(under: o.outputDir)
            #expect(T.files(under: previous) == treeA)
            let inodesB = T.inodes(under: o.outputDir), inodesPrevious = T.inodes(under: previous)
            let shared = inodesB.keys.filter { inodesB[$0] == inodesPrevious[$0] }
            #expect(shared.count == inodesB.count - changed.filesWritten)

            // Back to A: the lagging tree catches up with B's changes and takes A's again.
            o.contentDir = a
            _ = try await BuildPipeline(options: o).run()
            #expect(T.files(under: o.outputDir) == treeA)
            #expect(T.files(under: previous) == treeB)
        }
    }

    /// The next day's build of unchanged content rewrites only what carries the day (SPEC section 7):
    /// the home page, the statistics page, atom.xml and the feeds; no record, list or subject page.
    @Test func theNextDayRewritesOnlyDatedFiles() async throws {
        try await T.withTemporaryFolder { dir in
            var o = T.buildOptions(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let before = T.inodes(under: o.outputDir)
            o.asOf = o.asOf.adding(days: 1)
            let next = try await BuildPipeline(options: o).run()
            let after = T.inodes(under: o.outputDir)
            let rewritten = after.keys.filter { before[$0] != after[$0] }.sorted()
            #expect(next.filesWritten == rewritten.count)
            let dated = rewritten.filter { !$0.hasPrefix("feeds/") }
            #expect(dated == ["atom.xml", "index.html", "statistics/index.html"], "rewritten: \(rewritten)")
        }
    }
}
