import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The built site as a visitor meets it: no broken internal link, every record within three clicks of
/// the home page however many pages a list has, sitemaps without noindex pages.
@Suite("Site links and click depth")
struct SiteLinkTests {
    typealias T = TestSupport
    static let asOf = TestSupport.day("2026-11-22")

    func build(_ content: String, in dir: URL) async throws -> (out: String, report: BuildReport) {
        let o = TestSupport.buildOptions(content: content, in: dir, asOf: Self.asOf)
        let report = try await BuildPipeline(options: o).run()
        return (o.outputDir, report)
    }

    /// Record pages of a built site: `<dataset>/<id>/index.html`.
    func recordPages(_ crawler: SiteCrawler) -> [String] {
        crawler.pages.filter { p in
            let parts = p.split(separator: "/")
            return parts.count == 3 && Dataset(rawValue: String(parts[0])) != nil
                && !["page", "pages", "list"].contains(parts[1])
        }
    }

    /// Checks links, click depth and the sitemap of a built site; returns the record pages found.
    @discardableResult
    func checkSite(_ out: String, records expected: Int) throws -> [String] {
        let crawler = SiteCrawler(root: out)
        #expect(crawler.brokenLinks() == [])
        let depths = crawler.clickDepths()
        let records = recordPages(crawler)
        #expect(records.count == expected)
        for page in records {
            let depth = try #require(depths[page], "\(page) is not reachable from the home page")
            #expect(depth <= 3, "\(page) is \(depth) clicks from home")
        }
        for page in crawler.pages where page.hasPrefix("subjects/") {
            #expect(depths[page] != nil, "\(page) is not reachable")
        }
        // The sitemap lists no page that carries noindex, and every page it lists exists.
        let sitemap = crawler.html("sitemap.xml")
        let base = "https://"
        for loc in sitemap.components(separatedBy: "<loc>").dropFirst().compactMap({ $0.components(separatedBy: "</loc>").first }) {
            #expect(loc.hasPrefix(base))
            let path = String(loc.drop { $0 != "/" }.dropFirst(2).drop { $0 != "/" }.dropFirst())
            let file = path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
            #expect(crawler.exists(file), "sitemap: \(loc)")
            #expect(!crawler.html(file).contains("<meta name=\"robots\" content=\"noindex\">"), "sitemap lists noindex \(loc)")
        }
        return records
    }

    /// The example site of `make site` (Content/): no broken link, every record ≤ 3 clicks from home.
    @Test("example site: links resolve and every record is within 3 clicks")
    func exampleSite() async throws {
        try await T.withTemporaryFolder { dir in
            let (out, report) = try await build(T.repoRoot.appendingPathComponent("Content").path, in: dir)
            try checkSite(out, records: report.shown.values.reduce(0, +))
            let robots = try String(contentsOfFile: out + "/robots.txt", encoding: .utf8)
            #expect(robots.contains("Sitemap: https://credit.example.gov.cn/sitemap.xml"))
            let atom = try String(contentsOfFile: out + "/atom.xml", encoding: .utf8)
            #expect(atom.contains("<updated>2026-11-22T00:00:00+08:00</updated>"))
            #expect(atom.components(separatedBy: "<entry>").count - 1 == report.noticesShown)
        }
    }

    /// 401 penalties at page_size 2 make a list of 201 pages, which a pager of a few links cannot
    /// cross in three clicks; the page directory keeps every record within three.
    @Test("201 list pages: every record still within 3 clicks")
    func longList() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("small", into: dir)
            let csv = content + "/penalties/2026.csv"
            var rows = try String(contentsOfFile: csv, encoding: .utf8)
            for i in 0..<398 {
                let day = String(format: "2026-%02d-%02d", 6 + i % 5, 1 + i % 28)
                rows += "测试市第\(i)建材有限公司,法人及非法人组织,91420500MA4K00003N,,,,,测市监罚〔2026〕\(100 + i)号,违反产品质量法,销售不合格建材,"
                    + "《产品质量法》第四十九条,罚款,罚款十万元,10,\(day),测试市市场监督管理局,11420500MB00000011,测试市市场监督管理局,11420500MB00000011\n"
            }
            try rows.write(toFile: csv, atomically: true, encoding: .utf8)
            let (out, report) = try await build(content, in: dir)
            #expect(report.diagnostics == [])
            #expect(report.shown[.penalties] == 400)
            try checkSite(out, records: report.shown.values.reduce(0, +))
            #expect(FileManager.default.fileExists(atPath: out + "/penalties/page/200/index.html"))
            // One subject page lists all 398 penalties of the same code.
            let subject = try String(contentsOfFile: out + "/subjects/91420500MA4K00003N/index.html", encoding: .utf8)
            #expect(subject.components(separatedBy: "href=\"../../penalties/cf-").count - 1 >= 398)
        }
    }

    /// The Fixtures/small site: every href and src of every page resolves, 404.html included
    /// (it links from the path of base_url).
    @Test("Fixtures/small: no broken internal link")
    func smallSite() async throws {
        try await T.withTemporaryFolder { dir in
            let (out, report) = try await build(T.fixture("small"), in: dir)
            try checkSite(out, records: report.shown.values.reduce(0, +))
            let notFound = try String(contentsOfFile: out + "/404.html", encoding: .utf8)
            #expect(notFound.contains("href=\"/assets/site.css\""))
            #expect(notFound.contains("<meta name=\"robots\" content=\"noindex\">"))
        }
    }

    /// Links in the crawler resolve the way a browser does.
    @Test("link resolution", arguments: [
        ("../../penalties/index.html", "penalties/cf-1/index.html", "penalties/index.html"),
        ("notices/", "index.html", "notices/index.html"),
        ("/assets/site.css", "404.html", "assets/site.css"),
        ("#main", "a/index.html", "a/index.html"),
        ("index.html?q=x", "search/index.html", "search/index.html"),
    ])
    func resolution(link: String, page: String, expected: String) {
        #expect(SiteCrawler(root: "/nonexistent").target(of: link, from: page) == expected)
        #expect(SiteCrawler(root: "/nonexistent").target(of: "https://example.com/", from: page) == nil)
    }
}
