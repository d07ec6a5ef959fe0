import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The search page in a real headless browser (Debian's chromium) against `python3 -m http.server` on
/// 127.0.0.1, serving a built fixture site from a subfolder. Skipped only where chromium is not
/// installed, and then says so on standard error; CI and `make deps` install it.
@Suite("Search in a browser", .serialized)
struct SearchBrowserTests {
    typealias T = TestSupport
    static let chromium = TestProcess.find("chromium")

    /// A company whose name carries markup: it must come out as text.
    static let scriptName = "测试市<script>alert(1)</script>科技有限公司"

    /// Fixtures/small plus that company's 行政处罚 (一般, shown on 2026-11-22).
    static func content(in dir: URL) throws -> String {
        let content = try T.copyFixture("small", into: dir)
        let file = content + "/penalties/2026.csv"
        let code = creditCode("91420500MA4K0009")
        let row = "\"\(scriptName)\",法人及非法人组织,\(code),,,,,测市监罚〔2026〕9号,虚假宣传,发布虚假广告,《广告法》第五十五条,罚款,罚款二十万元,20,2026-09-01,"
            + "测试市市场监督管理局,11420500MB00000011,测试市市场监督管理局,11420500MB00000011\n"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: file))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(row.utf8))
        try handle.close()
        return content
    }

    /// A checksum-valid 统一社会信用代码 from its first 17 characters (SPEC section 2).
    static func creditCode(_ first: String) -> String {
        let charset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
        var sum = 0, weight = 1
        for c in first.prefix(17) {
            sum += (charset.firstIndex(of: c) ?? 0) * weight
            weight = weight * 3 % 31
        }
        let padded = String(first.prefix(17)) + String(repeating: "0", count: max(0, 17 - first.count))
        return padded + String(charset[(31 - sum % 31) % 31])
    }

    /// One result as the browser shows it.
    struct Result: Equatable {
        var name: String
        var href: String
        var records: [String]
    }

    /// Loads search/index.html?q=… in chromium and reads the results out of the DOM it dumps.
    func search(_ query: String, port: Int) throws -> (results: [Result], status: String, dom: String) {
        let chromium = try #require(Self.chromium)
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&+=?#")
        let q = query.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
        let url = "http://127.0.0.1:\(port)/site/search/index.html?q=\(q)"
        let run = try TestProcess.run(chromium, [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
            "--user-data-dir=\(profile.path)", "--virtual-time-budget=5000", "--dump-dom", url,
        ], timeout: 90)
        #expect(!run.timedOut, "chromium ran out of time on \(url)")
        let dom = run.stdout
        let status = Self.firstMatch(#"<p id="search-status"[^>]*>([^<]*)</p>"#, in: dom) ?? ""
        #expect(dom.contains("data-state=\"done\""), "the search did not finish for \(query): \(status)\n\(run.stderr.suffix(2000))")
        var results: [Result] = []
        for item in dom.components(separatedBy: "<li class=\"search-result\">").dropFirst() {
            let href = Self.firstMatch(#"<a class="search-name" href="([^"]*)""#, in: item) ?? ""
            let name = Self.firstMatch(#"<a class="search-name"[^>]*>([^<]*)</a>"#, in: item) ?? ""
            let records = Self.matches(#"<a class="search-record" href="([^"]*)""#, in: item)
            results.append(Result(name: Self.unescape(name), href: href, records: records))
        }
        return (results, Self.unescape(status), dom)
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        guard let re = try? NSRegularExpression(pattern: pattern) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { m in
            Range(m.range(at: 1), in: text).map { String(text[$0]) }
        }
    }

    static func firstMatch(_ pattern: String, in text: String) -> String? { matches(pattern, in: text).first }

    static func unescape(_ s: String) -> String {
        s.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }

    /// A full name, two characters from the middle of a name, a credit-code prefix, a name holding
    /// `<script>` (shown as text, no element made) and a natural person's name (nothing found); every
    /// result links to a page that exists, relative to the subfolder the site is served from.
    @Test("queries in chromium", .enabled(if: chromium != nil || warnSkipped(), "chromium is not installed (apt-get install chromium)"))
    func browser() async throws {
        try await T.withTemporaryFolder { dir in
            let o = TestSupport.buildOptions(content: try Self.content(in: dir), in: dir, output: "site")
            let report = try await BuildPipeline(options: o).run()
            #expect(report.rejectedCount == 0)
            let server = try await SearchProcess.WebServer.start(directory: dir.path)
            defer { server.stop() }
            let site = o.outputDir
            func exists(_ href: String) -> Bool {
                let path = (site + "/search/" + (href.removingPercentEncoding ?? href) as NSString).standardizingPath
                return FileManager.default.fileExists(atPath: path)
            }

            // A full name: the company first, linked to its subject page, with its three records.
            let full = try search("测试市恒通建材有限公司", port: server.port)
            let top = try #require(full.results.first, "\(full.status)")
            #expect(top.name == "测试市恒通建材有限公司")
            #expect(top.href == "../subjects/91420500MA4K00001G/index.html")
            #expect(top.records.count == 3)
            for href in [top.href] + top.records { #expect(exists(href), "\(href)") }

            // Two characters from the middle of a name.
            let middle = try search("通建", port: server.port)
            #expect(middle.results.map(\.name) == ["测试市恒通建材有限公司"])

            // A credit-code prefix, typed in full-width characters and lower case.
            let code = try search("９１４２０５００ma4k00003", port: server.port)
            #expect(code.results.map(\.name) == ["测试市绿源环保科技有限公司"])
            #expect(code.results.first.map { exists($0.href) } == true)

            // Markup in a name is text: escaped in the DOM, no element made from it.
            let markup = try search("<script>", port: server.port)
            #expect(markup.results.map(\.name) == [Self.scriptName])
            #expect(markup.dom.contains("测试市&lt;script&gt;alert(1)&lt;/script&gt;科技有限公司"))
            #expect(!markup.dom.contains("<script>alert"))
            #expect(markup.results.first.map { exists($0.href) } == true)

            // A natural person is never in the index: no result, and the page says so.
            let person = try search("李四", port: server.port)
            #expect(person.results.isEmpty)
            #expect(person.status.contains("未找到"))
        }
    }

    /// Says loudly that the browser test is skipped; returns false so the test stays disabled.
    static func warnSkipped() -> Bool {
        FileHandle.standardError.write(Data("""
            ************************************************************************
            WARNING: chromium is not installed: the search browser test is SKIPPED.
            Install it (apt-get install chromium, or make deps) to run it.
            ************************************************************************

            """.utf8))
        return false
    }
}
