import Foundation
import Testing
import CreditCityTestSupport
@testable import CreditCityKit

/// An unchanged rebuild stops on the whole-build key (`BuildKey`), and anything the site is made from
/// moving makes the build run through: a content file, a template, the day, or Output/ no longer
/// being the tree the last build published.
@Suite("Whole-build key")
struct BuildKeyTests {
    typealias T = TestSupport

    @Test func unchangedRebuildStopsAndAnyInputMovesIt() async throws {
        try await T.withTemporaryFolder { dir in
            let content = dir.appendingPathComponent("Content").path, templates = dir.appendingPathComponent("Templates").path
            try FileManager.default.copyItem(atPath: T.fixture("small"), toPath: content)
            try FileManager.default.copyItem(atPath: T.templatesDir, toPath: templates)
            let options = T.buildOptions(content: content, in: dir, templates: templates)
            let first = try await BuildPipeline(options: options).run()
            #expect(!first.unchanged && first.filesWritten > 0)

            let again = try await BuildPipeline(options: options).run()
            #expect(again.unchanged && again.filesWritten == 0 && again.contentFilesRead == 0)
            // The report says what the first one did: the same findings and counts.
            #expect(again.diagnostics == first.diagnostics && again.shown == first.shown && again.hidden == first.hidden)
            #expect(again.filesKept == first.filesWritten + first.filesKept)

            // A template edited: the build runs through.
            let footer = templates + "/partials/footer.mustache"
            let edited = try #require(FileManager.default.contents(atPath: footer))
            try (edited + Data("\n".utf8)).write(to: URL(fileURLWithPath: footer))
            let templateMoved = try await BuildPipeline(options: options).run()
            #expect(!templateMoved.unchanged && templateMoved.filesWritten > 0)
            #expect(try await BuildPipeline(options: options).run().unchanged)

            // The next day: runs through.
            var next = options
            next.asOf = T.day("2026-11-23")
            #expect(try await !BuildPipeline(options: next).run().unchanged)

            // The site mark removed from Output/ by hand: the build runs through and writes it again.
            #expect(try await BuildPipeline(options: next).run().unchanged)
            try FileManager.default.removeItem(atPath: options.outputDir + "/" + OutputMarker.fileName)
            let markGone = try await BuildPipeline(options: next).run()
            #expect(!markGone.unchanged && OutputMarker.isPresent(in: options.outputDir))
        }
    }
}
