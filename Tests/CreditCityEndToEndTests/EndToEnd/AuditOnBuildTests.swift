import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The build audits every file of the new tree before it replaces Output/: a personal number that
/// reaches a page by a path the masker does not cover (here: a webmaster's template) fails the build.
@Suite("Audit during build")
struct AuditOnBuildTests {
    @Test func templateLeakFailsTheBuildAndKeepsOutput() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let templates = dir.appendingPathComponent("Templates").path
            try FileManager.default.copyItem(atPath: TestSupport.templatesDir, toPath: templates)
            let options = TestSupport.buildOptions(content: TestSupport.fixture("small"), in: dir, templates: templates)
            _ = try await BuildPipeline(options: options).run()
            let before = TestSupport.files(under: options.outputDir)

            let footer = templates + "/partials/footer.mustache"
            let text = try String(contentsOfFile: footer, encoding: .utf8)
            try (text + "<p>值班电话 13812345678</p>\n").write(toFile: footer, atomically: true, encoding: .utf8)
            do {
                _ = try await BuildPipeline(options: options).run()
                Issue.record("the build should have failed the privacy audit")
            } catch let failure as BuildPipeline.Failure {
                #expect(failure.error.stage == .audit)
                #expect(failure.description.hasPrefix("error: privacy audit: "))
                #expect(failure.description.contains("index.html: byte "))
                #expect(failure.description.contains("unmasked mobile number"))
            }
            #expect(TestSupport.files(under: options.outputDir) == before)
        }
    }
}
