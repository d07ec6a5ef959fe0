import CreditCityTestSupport
import Testing
@testable import CreditCityKit

/// The statistics accumulator: which month a decision falls in, how 处罚类别 and authorities are
/// counted, and that counts made apart and merged equal counts made in one pass.
@Suite("Site statistics")
struct SiteStatisticsTests {
    static let asOf = TestSupport.day("2026-11-22")

    /// 24 months ending with the as-of day's month; the day before the first month counts as earlier.
    @Test func monthWindow() {
        var s = SiteStatistics(asOf: Self.asOf)
        for day in ["2026-11-22", "2026-11-01", "2024-12-01", "2024-11-30", "2025-06-15"] {
            s.add(.licensing, day: TestSupport.day(day), authority: "示例市市场监督管理局")
        }
        let chart = s.charts[0]
        #expect(chart.id == "licensing-by-month")
        #expect(chart.items.count == 24)
        #expect(chart.items.first?.key == "2024-12" && chart.items.first?.label == "2024年12月")
        #expect(chart.items.last?.key == "2026-11" && chart.items.last?.label == "2026年11月")
        #expect(chart.items.first?.count == 1)
        #expect(chart.items.last?.count == 2)
        #expect(chart.items.first { $0.key == "2025-06" }?.count == 1)
        #expect(chart.rest == 1)
        #expect(chart.total == 5)
        #expect(chart.restLabel == "2024年12月以前作出、仍在公示期内")
    }

    /// In January the window reaches back into the year before last.
    @Test func monthWindowAcrossYears() {
        let s = SiteStatistics(asOf: TestSupport.day("2026-01-05"))
        #expect(s.months.first! == (2024, 2))
        #expect(s.months.last! == (2026, 1))
    }

    /// A decision counts once under each of its 处罚类别, a repeated one once; the bars go by count,
    /// then by the standard's order.
    @Test func penaltyCategories() {
        var s = SiteStatistics(asOf: Self.asOf)
        s.add(.penalties, day: Self.asOf, authority: "A", penaltyCategories: ["罚款", "罚款", "警告"])
        s.add(.penalties, day: Self.asOf, authority: "A", penaltyCategories: ["没收违法所得", "罚款"])
        s.add(.penalties, day: Self.asOf, authority: "B", penaltyCategories: ["没收违法所得"])
        let chart = s.charts[2]
        #expect(chart.id == "penalties-by-category")
        #expect(chart.items.map(\.key) == ["罚款", "没收违法所得", "警告"])
        #expect(chart.items.map(\.count) == [2, 2, 1])
        #expect(chart.total == 3 && chart.rest == 0)
    }

    /// Fifteen authorities by count (equal counts by name); the others are one remainder.
    @Test func topAuthorities() {
        var s = SiteStatistics(asOf: Self.asOf)
        for i in 1...17 {
            for _ in 0..<(i == 17 ? 20 : i) { s.add(.penalties, day: Self.asOf, authority: "机关\(i < 10 ? "0" : "")\(i)") }
        }
        s.add(.penalties, day: Self.asOf, authority: "机关00")
        let chart = s.charts[3]
        #expect(chart.items.count == 15)
        #expect(chart.items.first?.key == "机关17" && chart.items.first?.count == 20)
        #expect(chart.items.last?.key == "机关03")
        #expect(chart.restLabel == "其余 3 个处罚机关")
        #expect(chart.rest == 1 + 1 + 2)
        #expect(chart.items.reduce(0) { $0 + $1.count } + chart.rest == chart.total)
    }

    /// Red and black lists by 名单名称, each in its own chart.
    @Test func lists() {
        var s = SiteStatistics(asOf: Self.asOf)
        s.add(.redlist, day: Self.asOf, authority: "税务局", listName: "A级纳税人")
        s.add(.redlist, day: Self.asOf, authority: "税务局", listName: "A级纳税人")
        s.add(.blacklist, day: Self.asOf, authority: "法院", listName: "失信被执行人")
        let charts = s.charts
        #expect(charts[4].items.map(\.key) == ["A级纳税人"] && charts[4].items.map(\.count) == [2] && charts[4].total == 2)
        #expect(charts[5].items.map(\.key) == ["失信被执行人"] && charts[5].total == 1)
        #expect(s.total(.redlist) == 2 && s.total(.licensing) == 0)
    }

    /// Counting in parts and merging gives the same statistics as counting everything in one pass.
    @Test func mergeEqualsOnePass() {
        var generator = SystemRandomNumberGenerator()
        let seed = UInt64.random(in: 0...UInt64.max, using: &generator)
        var state = seed
        func next(_ n: Int) -> Int {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Int((state >> 33) % UInt64(n))
        }
        var whole = SiteStatistics(asOf: Self.asOf)
        var parts = [SiteStatistics](repeating: SiteStatistics(asOf: Self.asOf), count: 3)
        for _ in 0..<500 {
            let dataset = Dataset.allCases[next(4)]
            let day = Self.asOf.adding(days: -next(1200))
            let categories = (0..<next(3)).map { _ in FieldCatalog.penaltyCategoryValues[next(14)] }
            let authority = "机关\(next(20))", list = "名单\(next(5))"
            whole.add(dataset, day: day, authority: authority, penaltyCategories: categories, listName: list)
            parts[next(3)].add(dataset, day: day, authority: authority, penaltyCategories: categories, listName: list)
        }
        var merged = parts[0]
        merged.merge(parts[1])
        merged.merge(parts[2])
        #expect(merged == whole, "seed \(seed)")
        #expect(merged.charts == whole.charts, "seed \(seed)")
    }

    /// Bar lengths are exact decimal text made from integers: the same counts give the same bytes.
    @Test(arguments: [(1, 3, "26.66"), (3, 3, "80"), (0, 5, "0"), (1, 2, "40"), (1, 32, "2.5"), (1, 800, "0.1"), (1, 1600, "0.05"), (2, 0, "0")])
    func barPercent(count: Int, largest: Int, expected: String) {
        #expect(ChartView.percent(count, of: largest) == expected)
    }
}
