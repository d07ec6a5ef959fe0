import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The pages of Fixtures/small, byte for byte, against Fixtures/golden/small/.
///
/// After a deliberate change of Templates/ or Render/, re-record with
/// `CREDITCITY_RECORD_GOLDEN=1 swift test --filter SiteGoldenTests` and review the diff of the goldens.
/// Feeds (FeedGoldenTests), search/ (its own tests) and assets/ (copied as they are) are left out.
@Suite("Golden pages")
struct SiteGoldenTests {
    typealias T = TestSupport
    static let goldenDir = T.fixturesDir.appendingPathComponent("golden/small").path

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
            try Golden.check(built, against: Self.goldenDir)
        }
    }
}
