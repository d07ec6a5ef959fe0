import Foundation
import Testing
@testable import CreditCityKit

/// The output index lets a rebuild skip reading unchanged files, but never trusts it blindly.
@Suite("Output index")
struct OutputIndexTests {
    func options(_ dir: URL) -> BuildOptions {
        TestSupport.buildOptions(content: TestSupport.fixture("small"), in: dir)
    }

    /// An Output/ file edited by hand (same size, so only its bytes and mtime differ) is rewritten by
    /// the next build; every untouched file is kept.
    @Test func handEditedFileIsRestored() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let o = options(dir)
            let first = try await BuildPipeline(options: o).run()
            let page = o.outputDir + "/penalties/index.html"
            let original = try #require(FileManager.default.contents(atPath: page))
            var tampered = original
            tampered[tampered.count - 2] = UInt8(ascii: "X")
            try tampered.write(to: URL(fileURLWithPath: page))
            let second = try await BuildPipeline(options: o).run()
            #expect(FileManager.default.contents(atPath: page) == original)
            #expect(second.filesWritten == 1)
            #expect(second.filesKept == first.filesWritten - 1)
        }
    }

    /// A lost or garbled index only costs time: the rebuild compares bytes and keeps every file.
    @Test func garbledIndexFallsBackToComparing() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let o = options(dir)
            let first = try await BuildPipeline(options: o).run()
            let index = o.stateDir + "/output-index.tsv"
            #expect(OutputIndex.load(from: index).entries.count == first.filesWritten)
            try Data("index.html\tnot\ta\tnumber\n".utf8).write(to: URL(fileURLWithPath: index))
            let second = try await BuildPipeline(options: o).run()
            #expect(second.filesWritten == 0)
            #expect(second.filesKept == first.filesWritten)
        }
    }
}
