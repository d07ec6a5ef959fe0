/// `feeds/statistics.json`: the numbers behind the 数据统计 page, for portals and for anyone who
/// wants the data rather than the picture (docs/feeds.md).
///
/// The page and this file are made from the same `SiteStatistics`, so they always agree.
public enum StatisticsFeed {
    /// The file's path under feeds/, as the manifest names it.
    public static let path = "statistics.json"

    public static func json(_ statistics: SiteStatistics) -> JSONValue {
        var totals: [String: JSONValue] = [:]
        for d in Dataset.allCases { totals[d.rawValue] = .int(statistics.total(d)) }
        return .object([
            "schema": .string("creditcity.statistics/1"),
            "asOf": .string(statistics.asOf.iso),
            "totals": .object(totals),
            "charts": .array(statistics.charts.map(chart)),
        ])
    }

    static func chart(_ c: StatisticsChart) -> JSONValue {
        .object([
            "id": .string(c.id),
            "dataset": .string(c.dataset.rawValue),
            "dimension": .string(c.dimension.rawValue),
            "title": .string(c.title),
            "note": .string(c.note),
            "total": .int(c.total),
            "rest": .int(c.rest),
            "restLabel": c.restLabel.map { .string($0) } ?? .null,
            "items": .array(c.items.map { .object(["key": .string($0.key), "label": .string($0.label), "count": .int($0.count)]) }),
        ])
    }
}

extension FeedSchemas {
    /// `feeds/statistics.json`.
    public var statisticsFile: JSONValue {
        let item = Self.closed(["key": Self.text, "label": Self.text, "count": Self.count], required: ["key", "label", "count"])
        let chart = Self.closed([
            "id": .object(["type": .string("string"), "pattern": .string("^[a-z]+-by-[a-z]+$")]),
            "dataset": .object(["enum": Self.strings(Dataset.allCases.map(\.rawValue))]),
            "dimension": .object(["enum": Self.strings(["month", "category", "authority", "list"])]),
            "title": Self.text, "note": Self.text, "total": Self.count, "rest": Self.count,
            "restLabel": .object(["type": .array([.string("string"), .string("null")])]),
            "items": .object(["type": .string("array"), "items": item]),
        ], required: ["id", "dataset", "dimension", "title", "note", "total", "rest", "restLabel", "items"])
        return root("statistics", title: "CreditCity statistics of the published records", Self.closed([
            "schema": Self.const("creditcity.statistics/1"),
            "asOf": Self.day,
            "totals": Self.closed(Dictionary(uniqueKeysWithValues: Dataset.allCases.map { ($0.rawValue, Self.count) }),
                                  required: Dataset.allCases.map(\.rawValue)),
            "charts": .object(["type": .string("array"), "items": chart]),
        ], required: ["schema", "asOf", "totals", "charts"]))
    }
}
