import Foundation
import Testing
@testable import CreditCityKit

/// The pages of Fixtures/small, byte for byte, against Fixtures/golden/small/.
///
/// After a deliberate change of Templates/ or Render/, re-record with
/// `CREDITCITY_RECORD_GOLDEN=1 swift test --filter SiteGoldenTests` and review the diff of the goldens.
/// Feeds (their own tests), search/ (its own tests) and assets/ (copied as they are) are left out.
@Suite("Golden pages")
struct SiteGoldenTests {
    typealias T = TestSupport
    static let goldenDir = T.testsDir.appendingPathComponent("Fixtures/golden/small").path
    static let recording = ProcessInfo.processInfo.environment["CREDITCITY_RECORD_GOLDEN"] == "1"

    static func compared(_ path: String) -> Bool {
        !path.hasPrefix("feeds/") && !path.hasPrefix("search/") && !path.hasPrefix("assets/")
    }

    /// Every page of the small site equals its golden file, and no golden file is left without a page.
    @Test("Fixtures/small pages match the goldens")
    func golden() async throws {
        try await T.withTemporaryFolder { dir in
            let o = TestSupport.buildOptions(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let built = T.files(under: o.outputDir).filter { Self.compared($0.key) }
            #expect(built.count > 20)
            if Self.recording {
                try? FileManager.default.removeItem(atPath: Self.goldenDir)
                for (path, data) in built {
                    let url = URL(fileURLWithPath: Self.goldenDir + "/" + path)
                    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try data.write(to: url)
                }
                return
            }
            let golden = T.files(under: Self.goldenDir)
            #expect(golden.count > 0, "no goldens: record them with CREDITCITY_RECORD_GOLDEN=1")
            #expect(built.keys.sorted() == golden.keys.sorted(), "pages differ from goldens; re-record with CREDITCITY_RECORD_GOLDEN=1")
            for (path, data) in built.sorted(by: { $0.key < $1.key }) {
                guard let expected = golden[path] else { continue }
                if data != expected {
                    let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    let b = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
                    Issue.record("\(path):\(line + 1) differs from golden\n  golden: \(line < a.count ? a[line] : "<end>")\n  built:  \(line < b.count ? b[line] : "<end>")")
                }
            }
        }
    }
}
