import CreditCityTestSupport
import Crypto
import Foundation
import Testing
@testable import CreditCityKit

/// Whole builds of the fixture sites (SPEC sections 1, 5, 6 and 7) with the repository's Templates/.
@Suite("Build end to end")
struct BuildTests {
    typealias T = TestSupport
    static let asOf = TestSupport.day("2026-11-22")

    func options(content: String, in dir: URL, output: String = "Output", state: String = "state") -> BuildOptions {
        T.buildOptions(content: content, in: dir, asOf: Self.asOf, output: output, state: state)
    }

    func text(_ root: String, _ path: String) throws -> String {
        let data = try #require(FileManager.default.contents(atPath: root + "/" + path), "missing \(path)")
        return String(decoding: data, as: UTF8.self)
    }

    func json(_ root: String, _ path: String) throws -> [String: Any] {
        let data = try #require(FileManager.default.contents(atPath: root + "/" + path), "missing \(path)")
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// Record ids of one dataset's first feed file.
    func ids(_ root: String, _ dataset: String) throws -> [(id: String, record: [String: Any])] {
        let records = try #require(try json(root, "feeds/\(dataset)/0001.json")["records"] as? [[String: Any]])
        return try records.map { (try #require($0["id"] as? String), $0) }
    }

    /// The small site builds: every expected page exists, the home page links to every dataset, each shown
    /// record has its page, and the report in the state folder is the returned report.
    @Test("Fixtures/small: pages, links and report")
    func smallSite() async throws {
        try await T.withTemporaryFolder { dir in
            let o = options(content: T.fixture("small"), in: dir)
            let report = try await BuildPipeline(options: o).run()
            let out = o.outputDir
            #expect(report.diagnostics == [])
            #expect(report.shown == [.licensing: 1, .penalties: 2, .redlist: 1, .blacklist: 1])
            #expect(report.hidden == [.licensing: [.revoked: 1], .penalties: [.minorSeverity: 1]])
            #expect(report.noticesShown == 1)

            for page in ["index.html", "licensing/index.html", "penalties/index.html", "redlist/index.html", "blacklist/index.html",
                         "notices/index.html", "notices/guide/index.html", "feeds/manifest.json", "assets/site.css"] {
                #expect(FileManager.default.fileExists(atPath: out + "/" + page), "\(page)")
            }
            // page_size 2 and at most 2 records per dataset: no second page.
            #expect(!FileManager.default.fileExists(atPath: out + "/penalties/page/2/index.html"))
            let home = try text(out, "index.html")
            for dataset in Dataset.allCases {
                #expect(home.contains("href=\"\(dataset.rawValue)/index.html\""), "home links to \(dataset)")
                let shown = try ids(out, dataset.rawValue)
                #expect(shown.count == report.shown[dataset])
                for (id, _) in shown {
                    #expect(FileManager.default.fileExists(atPath: "\(out)/\(dataset.rawValue)/\(id)/index.html"), "\(dataset)/\(id)")
                }
            }
            #expect(home.contains("href=\"notices/guide/index.html\""))

            // The state folder holds the same report, in machine form.
            #expect(try text(o.stateDir, "last-build.json") == report.json.serialized() + "\n")
        }
    }

    /// The natural person's record page carries noindex and only the masked ID and name; no file holds
    /// either full ID number, and the legal representative's ID is absent in any form.
    @Test("Fixtures/small: privacy of the built site")
    func smallSitePrivacy() async throws {
        try await T.withTemporaryFolder { dir in
            let o = options(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let out = o.outputDir
            let penalties = try ids(out, "penalties")
            let person = try #require(penalties.first { $0.record["CF_XDR_LB"] as? String == "自然人" })
            #expect(person.record["CF_XDR_ZJHM"] as? String == "4205**********0011")
            #expect(person.record["CF_XDR_MC"] as? String == "李*")
            let page = try text(out, "penalties/\(person.id)/index.html")
            #expect(page.contains("<meta name=\"robots\" content=\"noindex\">"))
            #expect(page.contains("4205**********0011"))
            #expect(page.contains("<h1>李*</h1>"))
            #expect(page.contains("138****5678"))
            let company = try #require(penalties.first { $0.record["CF_XDR_LB"] as? String == "法人及非法人组织" })
            #expect(!(try text(out, "penalties/\(company.id)/index.html")).contains("noindex"))

            for (path, data) in T.files(under: out) {
                let s = String(decoding: data, as: UTF8.self)
                #expect(!s.contains("420502198001010011"), "\(path)")
                #expect(!s.contains("199003150039"), "\(path) holds the legal representative's ID")
                #expect(!s.contains("CF_FR_ZJHM") && !s.contains("CF_FR_ZJLX") && !s.contains("法定代表人证件号码"), "\(path)")
                #expect(!s.contains("13812345678"), "\(path)")
            }
            #expect(try PrivacyAudit.scan(root: out) == [])
        }
    }

    /// The manifest counts every dataset and gives the SHA-256 of each feed file, recomputed here.
    @Test("feeds/manifest.json counts and hashes")
    func manifest() async throws {
        try await T.withTemporaryFolder { dir in
            let o = options(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let manifest = try json(o.outputDir, "feeds/manifest.json")
            #expect(manifest["schema"] as? String == "creditcity.manifest/1")
            #expect(manifest["asOf"] as? String == "2026-11-22")
            let site = try #require(manifest["site"] as? [String: Any])
            #expect(site["regionCode"] as? String == "420500")
            #expect(site["name"] as? String == "信用测试市")
            #expect(site["baseURL"] as? String == "https://credit.test.example/")
            let datasets = try #require(manifest["datasets"] as? [String: [String: Any]])
            let expected = ["licensing": 1, "penalties": 2, "redlist": 1, "blacklist": 1, "notices": 1]
            #expect(Set(datasets.keys) == Set(expected.keys))
            for (name, count) in expected {
                let entry = try #require(datasets[name])
                #expect(entry["count"] as? Int == count, "\(name)")
                let files = try #require(entry["files"] as? [[String: Any]])
                #expect(files.compactMap { $0["count"] as? Int }.reduce(0, +) == count)
                for file in files {
                    let path = try #require(file["path"] as? String)
                    let bytes = try #require(FileManager.default.contents(atPath: o.outputDir + "/feeds/" + path))
                    let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
                    #expect(file["sha256"] as? String == digest, "\(path)")
                    let feed = try json(o.outputDir, "feeds/" + path)
                    #expect((feed["records"] as? [Any])?.count == file["count"] as? Int)
                    #expect(feed["dataset"] as? String == name)
                }
            }
        }
    }

    /// Same content, templates and as-of day: two builds into two folders are byte-identical.
    @Test("builds are byte-identical")
    func deterministic() async throws {
        try await T.withTemporaryFolder { dir in
            let a = options(content: T.fixture("small"), in: dir, output: "A", state: "stateA")
            let b = options(content: T.fixture("small"), in: dir, output: "B", state: "stateB")
            _ = try await BuildPipeline(options: a).run()
            _ = try await BuildPipeline(options: b).run()
            let filesA = T.files(under: a.outputDir), filesB = T.files(under: b.outputDir)
            #expect(filesA.count > 10)
            #expect(filesA.keys.sorted() == filesB.keys.sorted())
            for (path, data) in filesA { #expect(filesB[path] == data, "\(path) differs") }
        }
    }

    /// A third penalty overflows page_size 2: page 1 lists two records and its pager marks 1 current and
    /// links on to page 2; page 2 lists the third, and its pager links back to page 1 and has no next;
    /// every pager link leads to a page that exists, and there is no page 3.
    @Test("pagination past page_size")
    func pagination() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("small", into: dir)
            let csv = content + "/penalties/2026.csv"
            var rows = try String(contentsOfFile: csv, encoding: .utf8)
            rows += "测试市第四建材有限公司,法人及非法人组织,91420500MA4K00003N,,,,,测市监罚〔2026〕4号,违反产品质量法,销售不合格建材,"
                + "《产品质量法》第四十九条,罚款,罚款十万元,10,2026-09-01,测试市市场监督管理局,11420500MB00000011,测试市市场监督管理局,11420500MB00000011\n"
            try rows.write(toFile: csv, atomically: true, encoding: .utf8)
            let o = options(content: content, in: dir)
            let report = try await BuildPipeline(options: o).run()
            #expect(report.diagnostics == [])
            #expect(report.shown[.penalties] == 3)

            let first = try Pager(try text(o.outputDir, "penalties/index.html"))
            #expect(first.current == "1")
            #expect(first.links == ["2": "../penalties/page/2/index.html", "下一页": "../penalties/page/2/index.html",
                                    "分页目录": "../penalties/pages/index.html"])
            #expect(first.recordLinks.count == 2)
            let second = try Pager(try text(o.outputDir, "penalties/page/2/index.html"))
            #expect(second.current == "2")
            #expect(second.links == ["上一页": "../../../penalties/index.html", "1": "../../../penalties/index.html",
                                     "分页目录": "../../../penalties/pages/index.html"])
            #expect(second.recordLinks.count == 1)
            #expect(Set(first.recordLinks).isDisjoint(with: second.recordLinks))
            for (page, pager) in [("penalties/index.html", first), ("penalties/page/2/index.html", second)] {
                for href in pager.links.values {
                    let target = URL(fileURLWithPath: o.outputDir + "/" + page).deletingLastPathComponent().appendingPathComponent(href).standardized.path
                    #expect(FileManager.default.fileExists(atPath: target), "\(page): pager link \(href) leads nowhere")
                }
            }
            #expect(!FileManager.default.fileExists(atPath: o.outputDir + "/penalties/page/3/index.html"))
        }
    }

    /// The pager of a list page (`<nav class="pager">`), apart from the header's and footer's links:
    /// its links by their text, the current page, and the record pages the list links to.
    struct Pager {
        var links: [String: String] = [:]
        var current: String?
        var recordLinks: [String] = []

        init(_ page: String) throws {
            let start = try #require(page.range(of: "<nav class=\"pager\""), "the page has no pager")
            let end = try #require(page.range(of: "</nav>", range: start.upperBound..<page.endIndex))
            let nav = String(page[start.lowerBound..<end.upperBound])
            let link = /<a[^>]*href="([^"]*)"[^>]*>([^<]*)<\/a>/
            for match in nav.matches(of: link) { links[String(match.output.2)] = String(match.output.1) }
            current = nav.firstMatch(of: /<span class="current" aria-current="page">([^<]*)<\/span>/).map { String($0.output.1) }
            recordLinks = page.matches(of: /href="([^"]*\/cf-[a-z0-9]+\/index\.html)"/).map { String($0.output.1) }
        }
    }

    /// Raw HTML and `javascript:` links of a notice's Markdown never reach the page; the rest renders.
    @Test("notice Markdown is sanitised")
    func noticeSanitised() async throws {
        try await T.withTemporaryFolder { dir in
            let o = options(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let page = try text(o.outputDir, "notices/guide/index.html")
            #expect(!page.contains("<script>alert"))
            #expect(!page.contains("javascript:"))
            #expect(page.contains("<table>"))
            #expect(page.contains("<del>10个工作日</del>"))
            #expect(page.contains("href=\"https://credit.test.example/repair\""))
        }
    }

    static let badCodeError = "penalties/2026.csv:17: error: CF_XDR_SHXYM: check character is 3, expected G"

    /// A wrong check character on line 17 gives exactly one error; without --strict the build succeeds.
    @Test("Fixtures/bad-code without --strict")
    func badCode() async throws {
        try await T.withTemporaryFolder { dir in
            let o = options(content: T.fixture("bad-code"), in: dir)
            let report = try await BuildPipeline(options: o).run()
            #expect(report.diagnostics == [Diagnostic(.error, file: T.fixture("bad-code") + "/penalties/2026.csv", line: 17,
                                                      field: "CF_XDR_SHXYM", "check character is 3, expected G")])
            #expect(report.diagnostics.map(\.description) == [T.fixture("bad-code") + "/" + Self.badCodeError])
            #expect(report.shown[.penalties] == 15)
            #expect(report.rejectedCount == 1)
        }
    }

    /// With --strict the rejection fails the build and a previously built Output/ stays byte-identical.
    @Test("Fixtures/bad-code with --strict")
    func badCodeStrict() async throws {
        try await T.withTemporaryFolder { dir in
            let first = options(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: first).run()
            let before = T.files(under: first.outputDir)

            var strict = options(content: T.fixture("bad-code"), in: dir)
            strict.strict = true
            await #expect(throws: BuildPipeline.Failure.self) { try await BuildPipeline(options: strict).run() }
            do {
                _ = try await BuildPipeline(options: strict).run()
            } catch let failure as BuildPipeline.Failure {
                #expect(failure.description.contains("--strict"))
                #expect(failure.report.diagnostics.map(\.description) == [T.fixture("bad-code") + "/" + Self.badCodeError])
            }
            #expect(T.files(under: first.outputDir) == before)
            let saved = try text(strict.stateDir, "last-build.json")
            #expect(saved.contains("\"outcome\":\"failed\""))
        }
    }

    /// An invalid site.yaml fails the build with a message naming the file, the line and the key, and
    /// Output/ is left as it was.
    @Test("invalid site.yaml")
    func invalidSiteConfig() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("small", into: dir)
            let o = options(content: content, in: dir)
            _ = try await BuildPipeline(options: o).run()
            let before = T.files(under: o.outputDir)

            let yaml = content + "/site.yaml"
            let text = try String(contentsOfFile: yaml, encoding: .utf8).replacingOccurrences(of: "\"420500\"", with: "\"4205\"")
            try text.write(toFile: yaml, atomically: true, encoding: .utf8)
            do {
                _ = try await BuildPipeline(options: o).run()
                Issue.record("the build should fail")
            } catch let failure as BuildPipeline.Failure {
                #expect(failure.description.hasPrefix(yaml + ":2: error: region_code: "), "\(failure.description)")
                #expect(failure.description.contains("4205"))
            }
            #expect(T.files(under: o.outputDir) == before)
        }
    }
}
