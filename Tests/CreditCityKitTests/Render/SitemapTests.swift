import Foundation
import Testing
@testable import CreditCityKit

/// sitemap.xml past the protocol's limit of URLs per file becomes an index of parts, and a natural
/// person's record page is never listed.
@Suite("Sitemaps")
struct SitemapTests {
    typealias T = TestSupport

    func shown(_ kind: RecordKind, _ fields: [String: String], id: String) throws -> ShownRecord {
        var record = try T.record(kind, fields)
        record.id = id
        let decision = PublicationRules(asOf: T.day("2026-11-22"), policy: .init()).decide(record)
        #expect(decision.isShown)
        return ShownRecord(record: record, index: 0, decision: decision, masker: Masker(policy: .init()))
    }

    func render(limit: Int, in dir: URL) async throws -> [String: String] {
        let config = SiteConfig(name: "信用测试市", regionCode: "420500", baseURL: "https://credit.test.example/sub", office: "测试办")
        let renderer = SiteRenderer(library: try await SiteRenderer.loadTemplates(T.templatesDir), config: config, asOf: T.day("2026-11-22"))
        let records = [try shown(.penalty, T.penaltyFields, id: "cf-org"), try shown(.penalty, T.personPenaltyFields, id: "cf-person"),
                       try shown(.licensing, T.licensingFields, id: "xk-org")]
        let plan = SitePlan(config: config, asOf: T.day("2026-11-22"), shown: records, notices: [])
        let writer = FileTreeWriter(root: dir.path)
        try renderer.renderSitemaps(plan, writer: writer, limit: limit)
        return T.files(under: dir.path).mapValues { String(decoding: $0, as: UTF8.self) }
    }

    /// Within the limit: one urlset; the person's page is left out, the organisation's is in.
    @Test("one urlset within the limit")
    func single() async throws {
        try await T.withTemporaryFolder { dir in
            let files = try await render(limit: 50_000, in: dir)
            #expect(files.keys.sorted() == ["sitemap.xml"])
            let xml = try #require(files["sitemap.xml"])
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "))
            #expect(xml.contains("<loc>https://credit.test.example/sub/penalties/cf-org/</loc>"))
            #expect(!xml.contains("cf-person"))
            #expect(xml.contains("<loc>https://credit.test.example/sub/subjects/91420500MA4K00001G/</loc>"))
        }
    }

    /// Past the limit: sitemap.xml is an index of parts of at most `limit` URLs, which together hold
    /// exactly the URLs of the single sitemap.
    @Test("an index of parts past the limit")
    func split() async throws {
        try await T.withTemporaryFolder { dir in
            let whole = try #require(try await render(limit: 50_000, in: dir.appendingPathComponent("a"))["sitemap.xml"])
            let files = try await render(limit: 3, in: dir.appendingPathComponent("b"))
            let index = try #require(files["sitemap.xml"])
            #expect(index.contains("<sitemapindex "))
            let parts = files.keys.filter { $0.hasPrefix("sitemaps/") }.sorted()
            #expect(parts.first == "sitemaps/sitemap-0001.xml")
            #expect(parts.allSatisfy { index.contains("<loc>https://credit.test.example/sub/\($0)</loc>") })
            let locs: (String) -> [String] = { $0.components(separatedBy: "\n").filter { $0.hasPrefix("<url>") } }
            var all: [String] = []
            for p in parts {
                let urls = locs(files[p] ?? "")
                #expect(urls.count <= 3 && !urls.isEmpty)
                all += urls
            }
            #expect(all == locs(whole))
        }
    }
}
