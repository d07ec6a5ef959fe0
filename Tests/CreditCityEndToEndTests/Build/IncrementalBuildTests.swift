import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Proof that incremental equals full (issue 12, item 7): random edits to a small site (rows added,
/// changed and deleted, files appearing and disappearing, events, notices, a template, site.yaml, the
/// day moving), each followed by an incremental build, whose Output/, change file and report must be
/// byte for byte those of a build of the same inputs from nothing (with the same feed history).
@Suite("Incremental builds equal full builds")
struct IncrementalBuildTests {
    typealias T = TestSupport

    static let seeds: [UInt64] = Array(1...10)
    static let steps = 5

    /// Every regular file of a tree with its bytes.
    static func tree(_ root: String) -> [String: Data] { T.files(under: root) }

    func options(_ model: SiteModel, content: String, templates: String, output: String, state: String) -> BuildOptions {
        var o = BuildOptions(asOf: model.asOf)
        o.contentDir = content
        o.templatesDir = templates
        o.outputDir = output
        o.stateDir = state
        return o
    }

    @Test("random edits, many seeds", arguments: seeds)
    func incrementalEqualsFull(seed: UInt64) async throws {
        try await T.withTemporaryFolder { dir in
            var rng = SeededGenerator(seed: seed)
            var model = SiteModel.initial(&rng)
            let content = dir.appendingPathComponent("Content").path, templates = dir.appendingPathComponent("Templates").path
            let site = options(model, content: content, templates: templates, output: dir.appendingPathComponent("site/Output").path,
                               state: dir.appendingPathComponent("site/state").path)
            var history = ["initial site"]
            var kept = 0
            for step in 0...Self.steps {
                if step > 0 { history.append(model.edit(&rng)) }
                try model.write(content: content, templates: templates)
                // The reference: from nothing but the feed history the incremental site has so far.
                let ref = dir.appendingPathComponent("ref-\(step)")
                let refState = ref.appendingPathComponent("state").path
                try FileManager.default.createDirectory(atPath: refState, withIntermediateDirectories: true)
                if FileManager.default.fileExists(atPath: site.stateDir + "/feeds") {
                    try FileManager.default.copyItem(atPath: site.stateDir + "/feeds", toPath: refState + "/feeds")
                }
                var incremental = site
                incremental.asOf = model.asOf
                let reference = options(model, content: content, templates: templates, output: ref.appendingPathComponent("Output").path,
                                        state: refState)
                let a = try await BuildPipeline(options: incremental).run()
                let b = try await BuildPipeline(options: reference).run()
                let what = "seed \(seed), after: \(history.joined(separator: " → "))"
                if step > 0 { kept += a.filesKept }
                #expect(a.diagnostics == b.diagnostics, "\(what): diagnostics differ")
                #expect(a.shown == b.shown && a.hidden == b.hidden, "\(what): decisions differ")
                let treeA = Self.tree(incremental.outputDir), treeB = Self.tree(reference.outputDir)
                let differing = Set(treeA.keys).union(treeB.keys).filter { treeA[$0] != treeB[$0] }.sorted()
                #expect(differing.isEmpty, "\(what): files differ: \(differing.prefix(10))")
                // The rollback tree beside Output/ is the site before this build, not a mix.
                try? FileManager.default.removeItem(at: ref)
                if !differing.isEmpty { return }
            }
            // The builds after the first were incremental: they kept files rather than writing everything.
            #expect(kept > 0, "seed \(seed): no build kept a file")
        }
    }
}
