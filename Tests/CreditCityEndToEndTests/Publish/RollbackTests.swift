import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity rollback` with two trees: it swaps back the site of the build before, a second rollback
/// swaps forward again, and the build after a rollback starts from the site as it then is.
@Suite("Rollback")
struct RollbackTests {
    typealias T = TestSupport

    /// Build A, build B, roll back: Output/ is A byte for byte; again: B; again: A. Building B then gives
    /// B exactly, and an incremental build of A after it gives A exactly.
    @Test func rollbackSwapsBackAndTheNextBuildIsWhole() throws {
        try T.withTemporaryFolderSync { dir in
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            let a = T.fixture("small"), b = try PublishSafetyTests.changedContent(in: dir)
            try #require(PublishSafetyTests.run(PublishSafetyTests.build(a, output, state)).status == 0)
            let treeA = PublishSafetyTests.tree(output)
            try #require(PublishSafetyTests.run(PublishSafetyTests.build(b, output, state)).status == 0)
            let treeB = PublishSafetyTests.tree(output)
            try #require(treeA != treeB)
            // The tree beside Output/ is the site of the build before: exactly A.
            #expect(PublishSafetyTests.tree(dir.appendingPathComponent(".Output.previous").path) == treeA)

            let rollback = ["rollback", "--output", output, "--state", state]
            try #require(PublishSafetyTests.run(rollback).status == 0)
            #expect(PublishSafetyTests.tree(output) == treeA)
            try #require(PublishSafetyTests.run(rollback).status == 0)
            #expect(PublishSafetyTests.tree(output) == treeB)
            try #require(PublishSafetyTests.run(rollback).status == 0)

            // Built again from B after rolling back to A: the site is B's, whole and exact.
            try #require(PublishSafetyTests.run(PublishSafetyTests.build(b, output, state)).status == 0)
            #expect(PublishSafetyTests.tree(output) == treeB)
            // And an incremental build after that is still exact.
            try #require(PublishSafetyTests.run(PublishSafetyTests.build(a, output, state)).status == 0)
            #expect(PublishSafetyTests.tree(output) == treeA)
        }
    }
}
