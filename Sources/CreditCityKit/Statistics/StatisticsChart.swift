/// One chart of the 数据统计 page and of `feeds/statistics.json`: labelled counts of one dataset.
///
/// The page draws it as an SVG bar chart with a data table; the feed carries the same numbers, so
/// what a reader sees and what a portal reads cannot differ.
public struct StatisticsChart: Sendable, Equatable {
    /// What the bars are: months, 处罚类别, 处罚机关 or 名单名称.
    public enum Dimension: String, Sendable {
        case month, category, authority, list
    }

    /// One bar: `key` for machines ("2026-05"), `label` for people ("2026年5月").
    public struct Item: Sendable, Equatable {
        public var key: String
        public var label: String
        public var count: Int
    }

    /// Stable name, used as the JSON key and the page's anchor: "penalties-by-month".
    public var id: String
    public var dataset: Dataset
    public var dimension: Dimension
    public var title: String
    /// One sentence saying exactly what is counted.
    public var note: String
    /// The header of the label column of the data table.
    public var labelHeader: String
    public var items: [Item]
    /// Shown records of the dataset.
    public var total: Int
    /// Records counted in `total` but in no bar: decisions before the first month, authorities past
    /// the top 15. Always 0 for 处罚类别, where one decision can count under several bars.
    public var rest: Int
    /// What `rest` is, for people: "2024年12月以前作出" or "其余 12 个处罚机关".
    public var restLabel: String?
}

extension SiteStatistics {
    /// Every chart, in the page's order.
    public var charts: [StatisticsChart] {
        [monthChart(.licensing), monthChart(.penalties), categoryChart, authorityChart, listChart(.redlist), listChart(.blacklist)]
    }

    static func monthLabel(_ year: Int, _ month: Int) -> String { "\(year)年\(month)月" }

    static func monthKey(_ year: Int, _ month: Int) -> String { "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") }

    func monthChart(_ dataset: Dataset) -> StatisticsChart {
        let counts = byMonth[dataset] ?? [Int](repeating: 0, count: Self.monthCount)
        let months = months
        let items = zip(months, counts).map { m, count in
            StatisticsChart.Item(key: Self.monthKey(m.year, m.month), label: Self.monthLabel(m.year, m.month), count: count)
        }
        let first = months.first.map { Self.monthLabel($0.year, $0.month) } ?? ""
        let kind = dataset == .licensing ? "行政许可" : "行政处罚"
        let dayName = dataset == .licensing ? "许可决定日期" : "处罚决定日期"
        var note = "近\(Self.monthCount)个月（\(first)至\(asOf.year)年\(asOf.month)月\(asOf.day)日）作出、现正公示的\(kind)决定，按\(dayName)所在月份统计。"
        if dataset == .penalties { note += "轻微失信行为的处罚信息和公示期已满的信息不予公示，不在统计之列。" }
        return StatisticsChart(id: "\(dataset.rawValue)-by-month", dataset: dataset, dimension: .month,
                               title: "\(kind)决定（按月）", note: note, labelHeader: "月份", items: items,
                               total: total(dataset), rest: earlier[dataset] ?? 0, restLabel: "\(first)以前作出、仍在公示期内")
    }

    var categoryChart: StatisticsChart {
        let order = FieldCatalog.penaltyCategoryValues
        let rank: (String) -> Int = { order.firstIndex(of: $0) ?? order.count }
        let names = penaltyCategories.keys.sorted { a, b in
            let (ca, cb) = (penaltyCategories[a] ?? 0, penaltyCategories[b] ?? 0)
            return ca != cb ? ca > cb : rank(a) != rank(b) ? rank(a) < rank(b) : a < b
        }
        return StatisticsChart(id: "penalties-by-category", dataset: .penalties, dimension: .category, title: "行政处罚（按处罚类别）",
                               note: "现正公示的行政处罚决定，按处罚类别统计；一项决定有多个处罚类别的，分别计入各类别。",
                               labelHeader: "处罚类别", items: names.map { .init(key: $0, label: $0, count: penaltyCategories[$0] ?? 0) },
                               total: total(.penalties), rest: 0, restLabel: nil)
    }

    var authorityChart: StatisticsChart {
        let ranked = Self.ranked(penaltyAuthorities)
        let top = ranked.prefix(Self.topAuthorities)
        let others = ranked.dropFirst(Self.topAuthorities)
        return StatisticsChart(id: "penalties-by-authority", dataset: .penalties, dimension: .authority,
                               title: "行政处罚（按处罚机关，前\(Self.topAuthorities)位）",
                               note: "现正公示的行政处罚决定，按处罚机关统计，列出决定数最多的\(Self.topAuthorities)个处罚机关。",
                               labelHeader: "处罚机关", items: top.map { .init(key: $0.name, label: $0.name, count: $0.count) },
                               total: total(.penalties), rest: others.reduce(0) { $0 + $1.count },
                               restLabel: others.isEmpty ? nil : "其余 \(others.count) 个处罚机关")
    }

    func listChart(_ dataset: Dataset) -> StatisticsChart {
        let ranked = Self.ranked(listNames[dataset] ?? [:])
        return StatisticsChart(id: "\(dataset.rawValue)-by-list", dataset: dataset, dimension: .list, title: "\(dataset.title)（按名单名称）",
                               note: "现正公示的\(dataset.title)主体，按名单名称统计。", labelHeader: "名单名称",
                               items: ranked.map { .init(key: $0.name, label: $0.name, count: $0.count) },
                               total: total(dataset), rest: 0, restLabel: nil)
    }

    /// Largest count first; equal counts by name, so the order never depends on a dictionary.
    static func ranked(_ counts: [String: Int]) -> [(name: String, count: Int)] {
        counts.map { (name: $0.key, count: $0.value) }.sorted { $0.count != $1.count ? $0.count > $1.count : $0.name < $1.name }
    }
}
