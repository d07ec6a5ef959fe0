import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Whole builds (content files through the build pipeline): every row of issue 10's table in every
/// text field of every dataset, in notices and in site.yaml builds with the numbers masked, as the
/// oracle and a real browser read the site; a number in a value that cannot be masked fails the build
/// naming the content file, line and field; planted surface forms through whole builds.
@Suite("Privacy in whole builds", .serialized)
struct PrivacyBuildTests {
    typealias T = TestSupport

    /// The issue's table (违法事实 as departments typed it), and the numbers in it.
    static let table = [
        "手机13812345678Email:a@b.cn", "手机１３８１２３４５６７８", "身份证 420502 19900101 0016", "手机 138.1234.5678",
        "138  1234  5678", "1 3 8 1 2 3 4 5 6 7 8", "(138)12345678", "手机138\u{200B}1234\u{00A0}5678",
        "手机138\u{3000}1234\u{3000}5678", "420502-19900101-0016", "４２０５０２１９９００１０１００１６",
        "经查，当事人王小明于2026年3月1日无证经营，联系电话+86 139-1234-5678。",
    ]
    static let numbers: Set<String> = ["13812345678", "420502199001010016", "13912345678"]

    static let siteYAML = """
        name: 信用测试市
        region_code: "420500"
        base_url: https://credit.test.example/
        office: "测试市信用办 138 1234 5678"
        public_numbers: ["0717-6220000"]
        contact:
          phone: "0717-6220000，手机 139-1234-5678"
          address: "测试市东湖大道18号 420502 19900101 0016"

        """

    /// Rows of every dataset and subject kind with `text` in every text field.
    static func rows(_ text: String, _ n: Int) -> [(RecordKind, [String: String])] {
        return PrivacyPropertyTests.bases.map { kind, base in
            var fields = base
            for code in PrivacyPropertyTests.textFields(kind) {
                let keep = ["CF_WSH", "XK_WSH", "MD_RDWH", "MD_MC", "CF_XDR_MC"].contains(code) ? (base[code] ?? "") + "第\(n)件" : ""
                fields[code] = keep + text
            }
            return (kind, fields)
        }
    }

    /// Writes a content folder: site.yaml, one CSV per dataset with `rows`, and `notices`.
    static func content(in dir: URL, rows: [(RecordKind, [String: String])], notices: [(front: [(String, String)], body: String)],
                        site: String = siteYAML) throws -> String {
        let content = dir.appendingPathComponent("Content").path
        var files = ["site.yaml": site]
        for kind in [RecordKind.penalty, .licensing, .listEntry] {
            let ofKind = rows.filter { $0.0 == kind }.map(\.1)
            if !ofKind.isEmpty { files["\(kind.folder)/planted.csv"] = PlantedContent.csv(kind, ofKind) }
        }
        for (i, n) in notices.enumerated() { files["notices/n\(i).md"] = PlantedContent.notice(n.front, body: n.body) }
        try PlantedContent.write(files, into: content)
        return content
    }

    /// Which of `numbers` the oracle can read in the built site.
    static func readable(_ numbers: Set<String>, in root: String) -> Set<String> {
        PrivacyOracle.revealed(numbers, in: PrivacyPropertyTests.oracleWindows(under: root))
    }

    static func tableNotices() -> [(front: [(String, String)], body: String)] {
        table.enumerated().map { i, t in
            ([("title", "通报" + t), ("date", "2026-11-01"), ("doc_number", "测信用办〔2026〕\(i)号 " + t), ("issuer", t)],
             "各单位：\n\n" + t + "\n\n**" + t + "**\n\n| 联系 |\n| --- |\n| " + t + " |\n\n号码 138**1234**5678，13812<!-- c -->345678。\n")
        }
    }

    /// Acceptance: every row of the table in every text field of records, notices and site.yaml builds,
    /// and no number of the table can be read anywhere in the site.
    @Test func issueTableInEveryTextField() async throws {
        try await T.withTemporaryFolder { dir in
            let rows = Self.table.enumerated().flatMap { i, t in Self.rows(t, i) }
            let content = try Self.content(in: dir, rows: rows, notices: Self.tableNotices())
            let options = T.buildOptions(content: content, in: dir)
            let report = try await BuildPipeline(options: options).run()
            #expect(report.rejectedCount == 0, "\(report.diagnostics)")
            #expect(report.shown.values.reduce(0, +) == rows.count)
            #expect(Self.readable(Self.numbers, in: options.outputDir) == [])
            // The natural person and the 个体工商户's operator are named in full on none of their pages
            // (an organisation's record may name 王小明: he is not its subject).
            let pages = T.files(under: options.outputDir)
            let theirs = pages.filter { $0.key.hasPrefix("penalties/cf-") }.map { String(decoding: $0.value, as: UTF8.self) }
                .filter { $0.contains("自然人") || $0.contains("个体工商户") }
            #expect(theirs.count == 2 * Self.table.count)
            #expect(!theirs.contains { $0.contains("王小明") })
            // The office's own number stays; the audit, run again as `creditcity audit` does, agrees.
            let objection = String(decoding: pages["objection/index.html"] ?? Data(), as: UTF8.self)
            #expect(objection.contains("0717-6220000，手机 139-****-5678"))
            let allowed = try PrivacyAudit.allowed(site: options.outputDir, siteYAML: content + "/site.yaml")
            #expect(try PrivacyAudit.scan(root: options.outputDir, allowed: allowed) == [])
        }
    }

    /// A personal number in a value published as it is (an amount, a notice slug) fails the build,
    /// naming the content file, line and field; Output/ is left as it was.
    @Test func unmaskableValuesFailTheBuild() async throws {
        try await T.withTemporaryFolder { dir in
            var rows = Self.rows("销售不合格建材", 0)
            let content = try Self.content(in: dir, rows: rows, notices: [])
            let options = T.buildOptions(content: content, in: dir)
            _ = try await BuildPipeline(options: options).run()
            let before = T.files(under: options.outputDir)

            rows[0].1["CF_NR_FK"] = "13812345678"
            _ = try Self.content(in: dir, rows: rows, notices: [
                ([("title", "通知"), ("date", "2026-11-01"), ("slug", "tel-13912345678")], "正文\n"),
            ])
            do {
                _ = try await BuildPipeline(options: options).run()
                Issue.record("the build should have failed")
            } catch let failure as BuildPipeline.Failure {
                #expect(failure.description == "error: privacy: 2 personal numbers would be published (listed above); Output/ is unchanged")
                let errors = failure.report.diagnostics.filter { $0.severity == .error }.map(\.description)
                #expect(errors == [
                    "\(content)/penalties/planted.csv:2: error: CF_NR_FK: unmasked mobile number 138****5678 would be published in this value; correct the content",
                    "\(content)/notices/n0.md:1: error: slug: unmasked mobile number 139****5678 would be published in the slug, which is part of the page's address and cannot be masked; choose another slug",
                ])
            }
            #expect(T.files(under: options.outputDir) == before)
        }
    }

    /// Planted surface forms through whole builds: CSV and Markdown files, site.yaml, the build's own
    /// audit, every file read by the oracle. 4 builds × 250 numbers.
    @Test("planted numbers through whole builds", arguments: 0..<4)
    func plantedThroughBuilds(build: Int) async throws {
        let plants = (0..<250).map { PlantedNumber(seed: UInt64(1_000_003 &* (build + 1) &+ $0 &* 7919), markdown: $0 % 5 == 4) }
        try await T.withTemporaryFolder { dir in
            var plain = plants.filter { !$0.isMarkdown }[...]
            let office = plain.removeFirst()
            let site = Self.siteYAML.replacingOccurrences(of: "\"测试市信用办 138 1234 5678\"", with: PlantedContent.yaml("测试市信用办" + office.text))
            let notices = PrivacyPropertyTests.notices(markdown: plants.filter(\.isMarkdown), plain: &plain)
            var order = PlantedNumber.Random(seed: UInt64(build))
            let rows = PrivacyPropertyTests.rows(&plain, order: &order)
            let content = try Self.content(in: dir, rows: rows, notices: notices, site: site)
            let options = T.buildOptions(content: content, in: dir)
            let report = try await BuildPipeline(options: options).run()
            #expect(report.rejectedCount == 0, "\(report.diagnostics.prefix(5))")
            for number in Self.readable(Set(plants.map(\.number)), in: options.outputDir) {
                Issue.record("readable in the built site: \(plants.filter { $0.number == number })")
            }
        }
    }

    /// `creditcity audit DIR --content C`, as a webmaster runs it: the office's public number is allowed
    /// with C's site.yaml, a planted number fails naming file and byte, a --content without site.yaml is
    /// a usage error.
    @Test func auditCommand() async throws {
        try await T.withTemporaryFolder { dir in
            let site = Self.siteYAML.replacingOccurrences(of: "\"测试市信用办 138 1234 5678\"", with: "\"测试市信用办（值班 139 0717 0000）\"")
                .replacingOccurrences(of: "[\"0717-6220000\"]", with: "[\"0717-6220000\", \"13907170000\"]")
            let content = try Self.content(in: dir, rows: Self.rows("销售不合格建材", 0), notices: [], site: site)
            let options = T.buildOptions(content: content, in: dir)
            _ = try await BuildPipeline(options: options).run()
            let cli = CommandLineTests()
            #expect(try cli.run(["audit", options.outputDir, "--content", content]).status == 0)
            let without = try cli.run(["audit", options.outputDir, "--content", dir.path])
            #expect(without.status == 2 && without.stderr.contains("site.yaml does not exist"))
            let index = options.outputDir + "/index.html"
            let page = try String(contentsOfFile: index, encoding: .utf8)
            try page.replacingOccurrences(of: "<body>", with: "<body><p>电话 138<b>1234</b>5678</p>").write(toFile: index, atomically: true, encoding: .utf8)
            let found = try cli.run(["audit", options.outputDir, "--content", content])
            #expect(found.status == 1)
            #expect(found.stderr.contains("/index.html: byte ") && found.stderr.contains("unmasked mobile number 138****5678 in the page text"))
            #expect(!found.stderr.contains("13812345678"))
        }
    }

    /// What a reader sees: chromium's DOM of the natural person's record page and of a notice, as text.
    @Test(.enabled(if: SearchBrowserTests.chromium != nil || SearchBrowserTests.warnSkipped(), "chromium is not installed"))
    func inABrowser() async throws {
        let chromium = try #require(SearchBrowserTests.chromium)
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir, rows: Self.table.enumerated().flatMap { i, t in Self.rows(t, i) }.filter { $0.1["CF_XDR_LB"] == "自然人" },
                                           notices: Array(Self.tableNotices().prefix(4)))
            let options = T.buildOptions(content: content, in: dir)
            _ = try await BuildPipeline(options: options).run()
            let pages = FileTree.regularFiles(under: options.outputDir).filter { $0.hasPrefix("penalties/cf-") || $0.hasPrefix("notices/n") }
            #expect(pages.count == Self.table.count + 4)
            for page in pages.prefix(6) + pages.suffix(4) {
                let profile = dir.appendingPathComponent("chromium-profile")
                let run = try TestProcess.run(chromium, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--user-data-dir=\(profile.path)", "--dump-dom", URL(fileURLWithPath: options.outputDir + "/" + page).absoluteString,
                ], timeout: 120)
                #expect(!run.timedOut && run.stdout.contains("</html>"), "chromium did not show \(page): \(run.stderr.suffix(500))")
                let shown = PrivacyOracle.visibleText(html: run.stdout)
                #expect(shown.contains("5678") || shown.contains("0016") || shown.contains("５６７８"), "\(page) lost its masked text")
                #expect(PrivacyOracle.revealed(Self.numbers, in: PrivacyOracle.windows(shown)) == [], "\(page): \(shown)")
                #expect(!shown.contains("王小明"))
            }
        }
    }
}
