import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The three forms of the report: a terminal table aligned by display width, CSV that Excel opens
/// (BOM, CRLF, quoting, no formulas), and an HTML page with every value escaped and nothing from
/// other hosts, valid to html5lib's strict parser.
@Suite("Report formats")
struct ReportFormatTests {
    typealias T = TestSupport

    static let sample: TimelinessReport = {
        var a = TimelinessReport.Department(name: "测试市交通运输局")
        a.penalties = 3
        a.licensing = 1
        a.rejected = ["违法事实缺失": 2, "统一社会信用代码校验位错误": 1]
        a.late = [.init(kind: .penalty, documentNumber: "测交罚〔2026〕7号", authority: "测试市交通运输局", decided: T.day("2026-11-02"),
                        uploaded: T.day("2026-11-20"), source: .sjc, due: T.day("2026-11-11"), workingDaysLate: 7,
                        location: SourceLocation(file: "Content/penalties/2026.csv", line: 4))]
        var b = TimelinessReport.Department(name: "=HYPERLINK(\"x\")<b>局</b>, 二")
        b.penalties = 1
        b.late = [.init(kind: .licensing, documentNumber: "许〔2026〕\"1\"号", authority: "x", decided: T.day("2026-11-02"),
                        uploaded: T.day("2026-12-10"), source: .firstSeen, due: T.day("2026-11-11"), workingDaysLate: 21,
                        location: SourceLocation(file: "Content/licensing/2026.csv", line: 2))]
        return TimelinessReport(siteName: "信用测试市", office: "测试市信用办", from: T.day("2026-11-01"), to: T.day("2026-11-30"),
                                asOf: T.day("2026-12-10"), deadline: 7, departments: [a, b],
                                unattributed: [Diagnostic(.error, file: "Content/penalties/old.csv", line: 1, "file rejected (1 rows): missing required column")],
                                unreadableUploadTimes: 1)
    }()

    /// Every row of a table has its columns at the same display positions, Chinese and digits alike.
    @Test func tableAlignsByDisplayWidth() throws {
        let text = ReportTable.render(Self.sample)
        let lines = text.split(separator: "\n").map(String.init)
        let header = try #require(lines.first { $0.hasPrefix("数据来源单位") })
        let rows = lines.filter { $0.hasPrefix("测试市交通运输局 ") || $0.hasPrefix("合计") || $0.hasPrefix("数据来源单位") }
        #expect(rows.count == 3)
        #expect(Set(rows.map { DisplayWidth.of($0) }).count == 1, "\(rows)")
        #expect(header.hasSuffix("按时率"))
        #expect(rows.contains { $0.hasPrefix("测试市交通运输局 ") && $0.hasSuffix("  7     4     3     1   75.0%") })
        #expect(text.contains("拒收原因：违法事实缺失 2；统一社会信用代码校验位错误 1"))
        #expect(text.contains("无法归属到单位的拒收"))
        #expect(text.contains("1 条记录的数据更新时间（SJC）无法识别"))
        #expect(DisplayWidth.of("测试a（〔") == 9)
    }

    /// UTF-8 with BOM, CRLF, quoted cells with commas and quotes, and a leading = defused.
    @Test func csvOpensInExcel() {
        let bytes = ReportCSV.render(Self.sample)
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF])
        let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        #expect(text.hasSuffix("\r\n") && !text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines[2] == "数据来源单位,报送,有效,拒收,拒收原因,超期,按时率")
        #expect(lines[3] == "测试市交通运输局,7,4,3,违法事实缺失 2；统一社会信用代码校验位错误 1,1,75.0%")
        #expect(lines[4] == "\"'=HYPERLINK(\"\"x\"\")<b>局</b>, 二\",1,1,0,,1,0.0%")
        #expect(lines.contains("测试市交通运输局,测交罚〔2026〕7号,行政处罚,测试市交通运输局,2026-11-02,2026-11-20,数据更新时间,2026-11-11,7,Content/penalties/2026.csv:4"))
        #expect(lines.contains { $0.contains("\"许〔2026〕\"\"1\"\"号\"") && $0.contains(",首次构建,") })
    }

    /// Values are escaped, the page loads nothing from anywhere (no src, no link, no URL), prints, and
    /// html5lib's strict parser accepts it, as it does the site's pages.
    @Test func htmlIsSelfContainedAndValid() async throws {
        let html = ReportHTML.render(Self.sample)
        #expect(html.contains("&lt;b&gt;局&lt;/b&gt;"))
        #expect(!html.contains("<b>局"))
        #expect(!html.contains("src=") && !html.contains("<link") && !html.contains("http") && !html.contains("<script"))
        #expect(html.contains("@media print") && html.contains("@page"))
        #expect(html.contains("统计期间：2026年11月1日至2026年11月30日"))
        #expect(html.contains("（一）测试市交通运输局") && html.contains("（二）"))
        #expect(html.contains("按时公开率 60.0%"))
        #expect(html.contains("2026-12-10<sup>*</sup>"))
        try await T.withTemporaryFolder { dir in
            let file = dir.appendingPathComponent("report.html").path
            try html.write(toFile: file, atomically: true, encoding: .utf8)
            let python = try #require(T.python3)
            let run = try TestProcess.run(python, ["-c", """
                import sys, html5lib
                html5lib.HTMLParser(strict=True).parse(open(sys.argv[1], "rb").read(), transport_encoding="utf-8")
                """, file], timeout: 300)
            #expect(run.status == 0, "\(run.stdout)\(run.stderr)")
        }
    }

    @Test func chineseSectionNumbers() {
        #expect([1, 9, 10, 11, 20, 35].map(ReportHTML.chineseNumber) == ["一", "九", "十", "十一", "二十", "三十五"])
    }
}
