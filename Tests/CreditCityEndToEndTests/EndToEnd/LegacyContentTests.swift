import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The archive a credit office really has, through the real `creditcity` executable: a 2016-template CSV
/// in GB18030, a workbook saved by LibreOffice, a local platform's headers (Fixtures/legacy), and the
/// bad inputs of every kind, each with one clear line.
@Suite("Legacy template and workbooks, end to end", .serialized)
struct LegacyContentTests {
    typealias T = TestSupport

    /// Runs `creditcity` with `arguments` to its end.
    func run(_ arguments: [String]) throws -> TestProcess.Outcome { try TestProcess.creditcity(arguments) }

    /// The (label, value) pairs of a record page's field table, unescaped.
    static func fieldRows(_ html: String) -> [(String, String)] {
        guard let re = try? NSRegularExpression(pattern: #"<tr><th scope="row">([^<]*)</th><td>([^<]*)</td></tr>"#) else { return [] }
        return re.matches(in: html, range: NSRange(html.startIndex..., in: html)).compactMap { m in
            guard let label = Range(m.range(at: 1), in: html), let value = Range(m.range(at: 2), in: html) else { return nil }
            return (SearchBrowserTests.unescape(String(html[label])), SearchBrowserTests.unescape(String(html[value])))
        }
    }

    /// `build` (or `check`) of `content` into `dir`, as of the fixtures' reference day.
    func build(_ content: String, in dir: URL, command: String = "build", extra: [String] = []) throws -> TestProcess.Outcome {
        try run([command, "--content", content, "--templates", T.templatesDir, "--output", dir.appendingPathComponent("Output").path,
                 "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"] + extra)
    }

    /// The record page of the penalty with 文书号 `number`, and its field rows (label → value) as the page shows them.
    static func recordPage(_ number: String, in output: String) throws -> (id: String, fields: [String: String]) {
        let root = output + "/penalties"
        for id in try FileManager.default.contentsOfDirectory(atPath: root).sorted() where id.hasPrefix("cf-") {
            guard let html = try? String(contentsOfFile: "\(root)/\(id)/index.html", encoding: .utf8), html.contains(number) else { continue }
            return (id, Dictionary(fieldRows(html), uniquingKeysWith: { first, _ in first }))
        }
        throw NoPage(number: number)
    }

    struct NoPage: Error { var number: String }

    /// The acceptance of the issue: the 2016 CSV and the LibreOffice workbook build; the record page shows
    /// the V2.0 fields (处罚类别 罚款, 违法行为类型 from 处罚名称, 处罚内容 from 处罚结果, the authority's code
    /// from site.yaml), the workbook's date cell the right day; each bad row is one line, the missing
    /// authority named once.
    @Test func buildsTheArchive() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            let result = try build(content, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let legacy = content + "/penalties/2019-legacy.csv"
            let lines = result.stderr.split(separator: "\n").map(String.init)
            #expect(lines.contains(legacy + ":5: error: CF_XDR_ZJHM: not a valid 公民身份号码: check character is 2, expected 1"))
            #expect(lines.contains { $0.hasPrefix(legacy + ":6: error: CF_CFLB1: '9' is not a 处罚类别 code of the 2016 template") })
            let authority = lines.filter { $0.contains("测试市交通运输局") }
            #expect(authority == [legacy + ":7: error: CF_CFJG: 处罚机关 '测试市交通运输局' is not in site.yaml authorities, so its "
                + "统一社会信用代码 is unknown: 2 rows of this file rejected, the first here; add it to site.yaml as "
                + "authorities: {测试市交通运输局: <its 统一社会信用代码>}"])
            #expect(lines.contains(content + "/penalties/2026-q4.xlsx[10月]:1: warning: row 1 is a title above the header "
                + "('测试市2026年10月行政处罚信息公示表'); skipped, the header is row 2"))
            #expect(lines.contains("penalties: 8 shown, hidden: status 2"), "\(result.stderr)")
            // Three errors: the two bad rows and the one line for both rows of the missing authority.
            #expect(lines.contains("3 rejected, 2 warnings; as of 2026-11-22"), "\(result.stderr)")

            let output = dir.appendingPathComponent("Output").path
            let page = try Self.recordPage("测市监罚〔2026〕11号", in: output)
            #expect(page.fields["处罚类别"] == "罚款")
            #expect(page.fields["违法行为类型"] == "违反产品质量法")
            #expect(page.fields["处罚内容"] == "罚款十万元")
            #expect(page.fields["处罚机关统一社会信用代码"] == "11420500MB00000011")
            #expect(page.fields["数据来源单位"] == "测试市市场监督管理局")
            #expect(page.fields["行政相对人类别"] == "法人及非法人组织")
            #expect(page.fields["处罚决定日期"] == "2026-06-01")
            #expect(page.fields.keys.allSatisfy { !$0.contains("处罚名称") && !$0.contains("地方编码") && !$0.contains("处罚结果") })

            let shop = try Self.recordPage("测市监罚〔2026〕12号", in: output)
            #expect(shop.fields["行政相对人类别"] == "个体工商户")
            #expect(shop.fields["处罚类别"] == "警告；罚款")

            let october = try Self.recordPage("测市监罚〔2026〕101号", in: output)
            #expect(october.fields["处罚决定日期"] == "2026-10-09")
            let november = try Self.recordPage("测市监罚〔2026〕112号", in: output)
            #expect(november.fields["处罚决定日期"] == "2026-11-05")

            // The feed carries the V2.0 record: V2.0 codes only.
            let feed = try String(contentsOfFile: output + "/feeds/penalties/0001.json", encoding: .utf8)
            #expect(feed.contains("\"CF_WFXW\":\"违反产品质量法\"") || feed.contains("\"CF_WFXW\": \"违反产品质量法\""))
            for legacyCode in ["CF_CFMC", "CF_CFLB1", "CF_XZJG", "DFBM", "CF_JG\""] { #expect(!feed.contains(legacyCode)) }
        }
    }

    /// What a person sees: the 2016 record's page and a workbook record's page opened in headless chromium,
    /// their field tables read from the DOM the browser built.
    @Test("record pages in chromium", .enabled(if: SearchBrowserTests.chromium != nil || SearchBrowserTests.warnSkipped(),
                                              "chromium is not installed (apt-get install chromium)"))
    func pagesInBrowser() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            #expect(try build(content, in: dir).status == 0)
            let output = dir.appendingPathComponent("Output").path
            let chromium = try #require(SearchBrowserTests.chromium)
            func shown(_ number: String) throws -> [String: String] {
                let id = try Self.recordPage(number, in: output).id
                let profile = dir.appendingPathComponent("chromium-\(id)").path
                let run = try TestProcess.run(chromium, [
                    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                    "--user-data-dir=\(profile)", "--dump-dom", "file://\(output)/penalties/\(id)/index.html",
                ], timeout: 90)
                #expect(!run.timedOut)
                return Dictionary(Self.fieldRows(run.stdout), uniquingKeysWith: { first, _ in first })
            }
            let legacy = try shown("测市监罚〔2026〕11号")
            #expect(legacy["处罚类别"] == "罚款")
            #expect(legacy["违法行为类型"] == "违反产品质量法")
            #expect(legacy["处罚内容"] == "罚款十万元")
            #expect(legacy["处罚机关统一社会信用代码"] == "11420500MB00000011")
            let workbook = try shown("测市监罚〔2026〕101号")
            #expect(workbook["处罚决定日期"] == "2026-10-09")
            #expect(workbook["罚款金额（万元）"] == "12")
        }
    }

    /// `check --explain` names the template, the encoding, each sheet and how every column maps.
    @Test func explain() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            let csv = try build(content, in: dir, command: "check", extra: ["--explain", content + "/penalties/2019-legacy.csv"])
            #expect(csv.status == 0, "\(csv.stderr)")
            let out = csv.stdout
            #expect(out.contains("read as: CSV, GB18030 (GBK), header on line 1, 2016 legacy template (V1.0), mapped to V2.0"), "\(out)")
            for line in ["处罚名称", "→ CF_WFXW 违法行为类型 (by 2016 name of CF_CFMC)", "→ CF_NR 处罚内容 (by 2016 name of CF_JG)",
                         "→ CF_CFJG 处罚机关 (by 2016 name of CF_XZJG)", "→ read, not published: V2.0 has no such field (by 2016 name of DFBM)",
                         "filled in: CF_XDR_LB 行政相对人类别, CF_CFJGDM 处罚机关统一社会信用代码", "rows: 9 read, 5 accepted, 4 rejected",
                         "first rejected rows:", "2019-legacy.csv:5: error: CF_XDR_ZJHM: not a valid 公民身份号码"] {
                #expect(out.contains(line), "missing '\(line)' in\n\(out)")
            }

            let book = try build(content, in: dir, command: "check", extra: ["--explain", content + "/penalties/2026-q4.xlsx"])
            #expect(book.status == 0, "\(book.stderr)")
            for line in ["sheet [10月]: header on row 2, title row 1 skipped, V2.0 (national standard)",
                         "sheet [11月]: header on row 1, V2.0 (national standard)", "→ CF_JDRQ 处罚决定日期 (by Chinese name)",
                         "sheet [代码表]: skipped", "rows: 4 read, 4 accepted, 0 rejected"] {
                #expect(book.stdout.contains(line), "missing '\(line)' in\n\(book.stdout)")
            }

            let local = try build(content, in: dir, command: "check", extra: ["--explain", content + "/penalties/2026-local-headers.csv"])
            #expect(local.stdout.contains("处罚相对人"), "\(local.stdout)")
            #expect(local.stdout.contains("→ CF_XDR_MC 行政相对人名称 (by site.yaml alias)"), "\(local.stdout)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output").path))
        }
    }

    /// Every bad input gets one clear line naming file (and sheet and row); everything else is still built.
    @Test func badInputs() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            for name in ["binary.xls", "damaged-truncated.xlsx", "no-header-openpyxl.xlsx", "damaged-sheet.xlsx"] {
                try FileManager.default.copyItem(atPath: T.fixture("workbooks/\(name)"), toPath: "\(content)/penalties/\(name)")
            }
            let result = try build(content, in: dir)
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stderr.split(separator: "\n").map(String.init)
            let p = content + "/penalties/"
            let expected = [
                p + "binary.xls: error: file rejected: .xls is the Excel 97–2003 binary format",
                p + "damaged-truncated.xlsx: error: file rejected: not a readable .xlsx workbook",
                p + "no-header-openpyxl.xlsx[数据]:1: error: sheet rejected (2 rows): no header row",
                p + "damaged-sheet.xlsx[11月]:1: error: sheet damaged, rows from here on not read",
                p + "2019-legacy.csv:6: error: CF_CFLB1: '9' is not a 处罚类别 code",
                p + "2019-legacy.csv:7: error: CF_CFJG: 处罚机关 '测试市交通运输局' is not in site.yaml authorities",
            ]
            for prefix in expected {
                #expect(lines.filter { $0.hasPrefix(prefix) }.count == 1, "no single line '\(prefix)' in\n\(result.stderr)")
            }
            #expect(lines.contains { $0.contains("libreoffice --headless --convert-to xlsx") })
            // The archive's 8 and the good sheet of the headerless workbook; the damaged workbook's whole first
            // sheet is read too, and its two records are those of the archive's workbook again (two duplicate warnings).
            #expect(lines.contains("penalties: 9 shown, hidden: status 2"), "\(result.stderr)")
            #expect(lines.filter { $0.hasPrefix(p + "damaged-sheet.xlsx[10月]:") && $0.contains("replaces the record") }.count == 2)
            let output = dir.appendingPathComponent("Output").path
            #expect(try Self.recordPage("测市监罚〔2026〕403号", in: output).fields["处罚决定日期"] == "2026-09-17")
        }
    }

    /// The 2016 row and the same decision exported in V2.0 are one record: the same page, the same id.
    @Test func sameIdAsV2() async throws {
        try await T.withTemporaryFolder { dir in
            func site(_ name: String, _ file: String, _ bytes: Data) throws -> String {
                let content = dir.appendingPathComponent(name)
                try FileManager.default.createDirectory(at: content.appendingPathComponent("penalties"), withIntermediateDirectories: true)
                try FileManager.default.copyItem(atPath: T.fixture("legacy/site.yaml"), toPath: content.appendingPathComponent("site.yaml").path)
                try bytes.write(to: content.appendingPathComponent("penalties/\(file)"))
                return content.path
            }
            let legacyBytes = try Data(contentsOf: URL(fileURLWithPath: T.fixture("legacy/penalties/2019-legacy.csv")))
            let v2 = "CF_XDR_MC,CF_XDR_LB,CF_XDR_SHXYM,CF_WSH,CF_WFXW,CF_SY,CF_YJ,CF_CFLB,CF_NR,CF_JDRQ,CF_CFJG,CF_CFJGDM,CF_SJLY,CF_SJLYDM\n"
                + "测试市恒通建材有限公司,法人及非法人组织,91420500MA4K00001G,测市监罚〔2026〕11号,违反产品质量法,销售不合格建材，货值2万元。,"
                + "《中华人民共和国产品质量法》第四十九条,罚款,罚款十万元,2026-06-01,测试市市场监督管理局,11420500MB00000011,"
                + "测试市市场监督管理局,11420500MB00000011\n"
            let a = try site("a", "2019-legacy.csv", legacyBytes)
            let b = try site("b", "2026.csv", Data(v2.utf8))
            let dirA = dir.appendingPathComponent("out-a"), dirB = dir.appendingPathComponent("out-b")
            #expect(try build(a, in: dirA).status == 0)
            #expect(try build(b, in: dirB).status == 0)
            let pageA = try Self.recordPage("测市监罚〔2026〕11号", in: dirA.appendingPathComponent("Output").path)
            let pageB = try Self.recordPage("测市监罚〔2026〕11号", in: dirB.appendingPathComponent("Output").path)
            #expect(pageA.id == pageB.id)
            #expect(pageA.fields["处罚类别"] == pageB.fields["处罚类别"])
            #expect(pageA.fields["处罚机关统一社会信用代码"] == pageB.fields["处罚机关统一社会信用代码"])
        }
    }

    /// An alias to a code that does not exist fails the build at load, naming site.yaml's line.
    @Test func badAlias() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try T.copyFixture("legacy", into: dir)
            let yaml = content + "/site.yaml"
            let text = try String(contentsOfFile: yaml, encoding: .utf8).replacingOccurrences(of: "决定文号: CF_WSH", with: "决定文号: CF_WSHH")
            try text.write(toFile: yaml, atomically: true, encoding: .utf8)
            let result = try build(content, in: dir, command: "check")
            #expect(result.status == 1)
            #expect(result.stderr.contains(content + "/site.yaml:8: error: columns.penalties.决定文号: 'CF_WSHH' is not a field code of penalties"),
                    "\(result.stderr)")
        }
    }
}
