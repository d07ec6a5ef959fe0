import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// sitemap.xml past the protocol's limit of URLs per file becomes an index of parts, and a natural
/// person's record page is never listed.
@Suite("Sitemaps")
struct SitemapTests {
    typealias T = TestSupport

    /// The sitemaps of three shown records (an organisation's penalty and licence, a person's penalty)
    /// and the ids they got.
    func render(limit: Int, in dir: URL) async throws -> (files: [String: String], ids: [String]) {
        let config = SiteConfig(name: "信用测试市", regionCode: "420500", baseURL: "https://credit.test.example/sub", office: "测试办")
        let renderer = SiteRenderer(library: try SiteRenderer.loadTemplates(T.templatesDir), config: config, asOf: T.day("2026-11-22"))
        var index = RecordIndex()
        for (kind, fields) in [(RecordKind.penalty, T.penaltyFields), (.penalty, T.personPenaltyFields), (.licensing, T.licensingFields)] {
            index.add(try T.record(kind, fields))
        }
        index.assignIDs()
        let rules = PublicationRules(asOf: T.day("2026-11-22"), policy: .init())
        var display = StringTable()
        let shown = index.entries.indices.map { i in
            let e = index.entries[i]
            let decision = rules.decide(e.facts, kind: e.kind, dataset: e.dataset, subject: e.subject)
            #expect(decision.isShown)
            return DecisionStage.shownEntry(index, i, decision: decision, masker: Masker(policy: .init()), display: &display)
        }
        let plan = SitePlan(config: config, asOf: T.day("2026-11-22"), index: index, display: display, shown: shown, notices: [])
        let writer = FileTreeWriter(root: dir.path)
        try renderer.sitemaps(plan, limit: limit) { path, bytes in try writer.write(path, bytes) }
        return (T.files(under: dir.path).mapValues { String(decoding: $0, as: UTF8.self) }, index.entries.indices.map(index.id))
    }

    /// Within the limit: one urlset; the person's page is left out, the organisation's is in.
    @Test("one urlset within the limit")
    func single() async throws {
        try await T.withTemporaryFolder { dir in
            let (files, ids) = try await render(limit: 50_000, in: dir)
            #expect(files.keys.sorted() == ["sitemap.xml"])
            let xml = try #require(files["sitemap.xml"])
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset "))
            #expect(xml.contains("<loc>https://credit.test.example/sub/penalties/\(ids[0])/</loc>"))
            #expect(xml.contains("<loc>https://credit.test.example/sub/licensing/\(ids[2])/</loc>"))
            #expect(!xml.contains(ids[1]))
            #expect(xml.contains("<loc>https://credit.test.example/sub/subjects/91420500MA4K00001G/</loc>"))
        }
    }

    /// Past the limit: sitemap.xml is an index of parts of at most `limit` URLs, which together hold
    /// exactly the URLs of the single sitemap.
    @Test("an index of parts past the limit")
    func split() async throws {
        try await T.withTemporaryFolder { dir in
            let whole = try #require(try await render(limit: 50_000, in: dir.appendingPathComponent("a")).files["sitemap.xml"])
            let files = try await render(limit: 3, in: dir.appendingPathComponent("b")).files
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
