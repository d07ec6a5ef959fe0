import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity sample` makes content that builds cleanly, the same every time; `creditcity init` makes a
/// site folder that builds (ExampleCityTests checks that its content is the example city).
@Suite("Sample and init")
struct SampleAndInitTests {
    /// The same seed gives byte-identical files; another seed gives other files.
    @Test func sampleIsDeterministic() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let day = TestSupport.day("2026-11-22")
            try SampleGenerator(records: 500, seed: 3, referenceDay: day).write(to: dir.appendingPathComponent("a").path)
            try SampleGenerator(records: 500, seed: 3, referenceDay: day).write(to: dir.appendingPathComponent("b").path)
            try SampleGenerator(records: 500, seed: 4, referenceDay: day).write(to: dir.appendingPathComponent("c").path)
            let a = TestSupport.files(under: dir.appendingPathComponent("a").path)
            #expect(!a.isEmpty)
            #expect(a == TestSupport.files(under: dir.appendingPathComponent("b").path))
            #expect(a != TestSupport.files(under: dir.appendingPathComponent("c").path))
        }
    }

    /// A sample of every dataset validates without a single rejection, shows records of every dataset,
    /// and holds exactly the requested number of records.
    @Test func sampleBuildsWithoutRejections() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let content = dir.appendingPathComponent("Content").path
            let summary = try SampleGenerator(records: 1000, seed: 9, referenceDay: TestSupport.day("2026-11-22")).write(to: content)
            #expect(summary.licensing + summary.penalties + summary.listEntries == 1000)
            var options = TestSupport.buildOptions(content: content, in: dir)
            options.writeOutput = false
            let report = try await BuildPipeline(options: options).run()
            #expect(report.rejectedCount == 0, "\(report.diagnostics.prefix(5))")
            for d in Dataset.allCases { #expect((report.shown[d] ?? 0) > 0, "\(d) has nothing shown") }
            let hidden = report.hidden.values.reduce(0) { $0 + $1.values.reduce(0, +) }
            #expect(report.shown.values.reduce(0, +) + hidden == 1000)
        }
    }

    /// The templates built into the library are exactly Templates/ as this build saw it (the plugin
    /// declares every template as an input), and a folder made by init builds without a rejection.
    @Test func initFolderBuilds() async throws {
        let embedded = Dictionary(uniqueKeysWithValues: EmbeddedResources.templates.map { ($0.path, Data($0.bytes)) })
        #expect(embedded == TestSupport.files(under: TestSupport.templatesDir))
        try await TestSupport.withTemporaryFolder { dir in
            let site = dir.appendingPathComponent("site").path
            try SiteInitializer.create(at: site)
            var options = BuildOptions(asOf: ExampleCity.referenceDay)
            options.contentDir = site + "/Content"
            options.templatesDir = site + "/Templates"
            options.outputDir = site + "/Output"
            options.stateDir = site + "/.creditcity"
            let report = try await BuildPipeline(options: options).run()
            #expect(report.rejectedCount == 0)
            #expect(FileManager.default.fileExists(atPath: site + "/Output/index.html"))
        }
    }
}
