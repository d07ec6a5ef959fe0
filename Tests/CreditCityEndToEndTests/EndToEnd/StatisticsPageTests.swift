import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The 数据统计 page and feeds/statistics.json of the example city against the feeds of the same build:
/// every number the page shows, in its charts and its data tables, is counted again here from the
/// published records in feeds/<dataset>/*.json, so what is hidden can never be counted.
@Suite("Statistics page", .serialized)
struct StatisticsPageTests {
    typealias T = TestSupport
    typealias Counts = [String: [(key: String, count: Int)]]

    /// The records of one dataset's feed files, through the manifest.
    static func records(_ feeds: String, _ dataset: String) throws -> [[String: Any]] {
        let manifest = try json(feeds + "/manifest.json")
        let files = ((manifest["datasets"] as? [String: Any])?[dataset] as? [String: Any])?["files"] as? [[String: Any]] ?? []
        return try files.flatMap { file in try json(feeds + "/" + (file["path"] as? String ?? ""))["records"] as? [[String: Any]] ?? [] }
    }

    static func json(_ path: String) throws -> [String: Any] {
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// What each chart must show, counted from the feed records: (bars in order, rest, total).
    static func expected(_ feeds: String, asOf: CivilDate) throws -> [String: (bars: [String: Int], rest: Int, total: Int)] {
        var out: [String: (bars: [String: Int], rest: Int, total: Int)] = [:]
        let firstMonth = asOf.adding(months: -23)
        let firstKey = String(format: "%04d-%02d", firstMonth.year, firstMonth.month)
        for (dataset, code) in [("licensing", "XK_JDRQ"), ("penalties", "CF_JDRQ")] {
            let records = try records(feeds, dataset)
            var bars: [String: Int] = [:]
            var m = firstMonth
            for _ in 0..<24 {
                bars[String(format: "%04d-%02d", m.year, m.month)] = 0
                m = m.adding(months: 1)
            }
            var rest = 0
            for r in records {
                let month = String((r[code] as? String ?? "").prefix(7))
                if month < firstKey { rest += 1 } else { bars[month, default: 0] += 1 }
            }
            out["\(dataset)-by-month"] = (bars, rest, records.count)
        }
        let penalties = try records(feeds, "penalties")
        var categories: [String: Int] = [:], authorities: [String: Int] = [:]
        for r in penalties {
            for c in Set(PenaltyCategories.split(r["CF_CFLB"] as? String ?? "")) { categories[c, default: 0] += 1 }
            authorities[r["CF_CFJG"] as? String ?? "", default: 0] += 1
        }
        out["penalties-by-category"] = (categories, 0, penalties.count)
        let ranked = authorities.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        out["penalties-by-authority"] = (Dictionary(uniqueKeysWithValues: ranked.prefix(15).map { ($0.key, $0.value) }),
                                         ranked.dropFirst(15).reduce(0) { $0 + $1.value }, penalties.count)
        for dataset in ["redlist", "blacklist"] {
            let entries = try records(feeds, dataset)
            var names: [String: Int] = [:]
            for r in entries { names[r["MD_MC"] as? String ?? "", default: 0] += 1 }
            out["\(dataset)-by-list"] = (names, 0, entries.count)
        }
        return out
    }

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        guard let re = try? NSRegularExpression(pattern: pattern, options: [.dotMatchesLineSeparators]) else { return [] }
        return re.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { m in
            (1..<m.numberOfRanges).map { Range(m.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The page's numbers (SVG labels, data tables, totals) and statistics.json equal counts made again
    /// from the feeds; the totals equal the build's shown counts, while the example hides records for
    /// every reason.
    @Test func pageAndJSONEqualTheFeeds() async throws {
        try await T.withTemporaryFolder { dir in
            let content = T.repoRoot.appendingPathComponent("Content").path
            let o = T.buildOptions(content: content, in: dir)
            let report = try await BuildPipeline(options: o).run()
            #expect(report.hidden.values.contains { $0.values.contains { $0 > 0 } }, "the example hides nothing: the test would prove less")
            let feeds = o.outputDir + "/feeds"
            let expected = try Self.expected(feeds, asOf: o.asOf)
            let statistics = try Self.json(feeds + "/statistics.json")
            let html = try String(contentsOfFile: o.outputDir + "/statistics/index.html", encoding: .utf8)

            // Totals: JSON, the page's count cards and the build report all say what the feeds hold.
            let totals = try #require(statistics["totals"] as? [String: Int])
            let cards = Dictionary(uniqueKeysWithValues: Self.matches(#"<li class="count-(\w+)"><a class="count-link"[^>]*><span class="count">(\d+)</span>"#, in: html)
                .map { ($0[0], Int($0[1]) ?? -1) })
            for d in Dataset.allCases {
                let held = try Self.records(feeds, d.rawValue).count
                #expect(totals[d.rawValue] == held, "\(d)")
                #expect(cards[d.rawValue] == held, "\(d) card")
                #expect(report.shown[d] == held, "\(d) report")
            }

            let charts = try #require(statistics["charts"] as? [[String: Any]])
            #expect(charts.compactMap { $0["id"] as? String } == expected.keys.sorted { a, b in
                let order = ["licensing-by-month", "penalties-by-month", "penalties-by-category", "penalties-by-authority", "redlist-by-list", "blacklist-by-list"]
                return (order.firstIndex(of: a) ?? 9) < (order.firstIndex(of: b) ?? 9)
            })
            for chart in charts {
                let id = try #require(chart["id"] as? String)
                let want = try #require(expected[id])
                let items = try #require(chart["items"] as? [[String: Any]])
                let json = Dictionary(uniqueKeysWithValues: items.map { ($0["key"] as? String ?? "", $0["count"] as? Int ?? -1) })
                #expect(json == want.bars, "\(id) in statistics.json")
                #expect(chart["rest"] as? Int == want.rest && chart["total"] as? Int == want.total, "\(id) rest and total")

                // The page: this chart's section, its SVG value labels in bar order, its table rows.
                let section = try #require(Self.matches(#"<section class="chart-section [^"]*" id="\#(id)"(.*?)</section>"#, in: html).first?.first)
                let drawn = Self.matches(#"<text class="chart-value"[^>]*>(\d+)</text>"#, in: section).map { Int($0[0]) ?? -1 }
                #expect(drawn == items.map { $0["count"] as? Int ?? -1 }, "\(id) SVG labels")
                let rows = Self.matches(#"<tr><th scope="row">([^<]*)</th><td class="number">(\d+)</td></tr>"#, in: section)
                let labels = items.map { $0["label"] as? String ?? "" }
                #expect(rows.prefix(items.count).map { $0[0] } == labels, "\(id) table labels")
                #expect(rows.prefix(items.count).map { Int($0[1]) ?? -1 } == drawn, "\(id) table counts")
                #expect(rows.last.map { Int($0[1]) } == want.total, "\(id) table total")
                if want.rest > 0 || id.hasSuffix("-by-month") {
                    #expect(rows.dropLast().last.map { Int($0[1]) } == want.rest, "\(id) table rest")
                }
                #expect(section.contains("role=\"img\"") && section.contains("<title id=\"\(id)-title\">") && section.contains("<desc id=\"\(id)-desc\">"))
            }
            // Linked from the home page and the navigation of every page.
            let home = try String(contentsOfFile: o.outputDir + "/index.html", encoding: .utf8)
            #expect(home.contains("href=\"statistics/index.html\""))
            let record = try String(contentsOfFile: o.outputDir + "/objection/index.html", encoding: .utf8)
            #expect(record.contains("<a href=\"../statistics/index.html\">数据统计</a>"))
        }
    }
}
