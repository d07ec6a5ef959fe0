
/// The 数据统计 page: totals per dataset and one chart per `StatisticsChart`, each with its data table.
public struct StatisticsPage: TemplateModel {
    public var chrome: PageChrome
    public var crumbs: [Crumb]
    /// The shown records per dataset, linked to their lists.
    public var totals: [DatasetCount]
    public var charts: [ChartView]
    /// feeds/statistics.json and its JSON Schema, relative to this page.
    public var jsonHref: String
    public var schemaHref: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "crumbs": crumbs
        case "totals": totals
        case "charts": charts
        case "jsonHref": jsonHref
        case "schemaHref": schemaHref
        default: chrome.child(named: name)
        }
    }
}

/// One chart as the template draws it: an SVG of horizontal bars whose geometry is worked out here,
/// and the rows of its data table.
///
/// Bar lengths are percentages of the plot's width and text sizes are CSS pixels, so a chart fills
/// any screen from 360 px up without scaling its labels down to unreadable sizes.
public struct ChartView: TemplateModel {
    public var id: String
    public var title: String
    public var note: String
    /// The SVG's `<desc>`: the chart's content in one or two sentences.
    public var summary: String
    public var labelHeader: String
    /// Height of the SVG in CSS pixels.
    public var height: Int
    /// Where the bars start: after the labels ("88"), or at the left edge when labels sit above the bars.
    public var plotX: Int
    /// Width of the bars' area, a percentage of the chart's width ("72%", "100%").
    public var plotWidth: String
    public var bars: [BarView]
    public var total: Int
    /// "正在公示的行政处罚合计": the row of the table that gives `total`.
    public var totalLabel: String
    public var rest: Int
    public var restLabel: String?
    public var jsonHref: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "id": id
        case "title": title
        case "note": note
        case "summary": summary
        case "labelHeader": labelHeader
        case "height": height
        case "plotX": plotX
        case "plotWidth": plotWidth
        case "bars": bars
        case "empty": bars.isEmpty
        case "total": total
        case "totalLabel": totalLabel
        case "rest": rest
        case "restLabel": restLabel
        case "jsonHref": jsonHref
        default: nil
        }
    }
}

/// One bar: its label and count, and where the template puts the label, the bar and the count.
public struct BarView: TemplateModel {
    /// The label in the chart (short: "2026-05") and in the table (full: "2026年5月").
    public var shortLabel: String
    public var label: String
    public var count: Int
    public var labelY: Int
    public var barY: Int
    public var barHeight: Int
    public var valueY: Int
    /// The bar's length as a percentage of the plot width, at most 80 so the count fits after it.
    public var percent: String

    public func child(named name: String) -> (any TemplateRepresentable)? {
        switch name {
        case "shortLabel": shortLabel
        case "label": label
        case "count": count
        case "labelY": labelY
        case "barY": barY
        case "barHeight": barHeight
        case "valueY": valueY
        case "percent": percent
        default: nil
        }
    }
}

extension ChartView {
    /// Months are short enough to stand left of their bars; names of departments and lists stand above.
    public init(_ chart: StatisticsChart, jsonHref: String) {
        let labelsLeft = chart.dimension == .month
        let rowHeight = labelsLeft ? 28 : 48
        let largest = chart.items.map(\.count).max() ?? 0
        bars = chart.items.enumerated().map { i, item in
            let top = 4 + i * rowHeight
            return BarView(shortLabel: labelsLeft ? item.key : item.label, label: item.label, count: item.count,
                           labelY: top + (labelsLeft ? 19 : 16), barY: top + (labelsLeft ? 5 : 22), barHeight: 18,
                           valueY: top + (labelsLeft ? 19 : 36), percent: Self.percent(item.count, of: largest))
        }
        id = chart.id
        title = chart.title
        note = chart.note
        labelHeader = chart.labelHeader
        height = 8 + chart.items.count * rowHeight
        plotX = labelsLeft ? 88 : 0
        plotWidth = labelsLeft ? "72%" : "100%"
        total = chart.total
        totalLabel = "正在公示的\(chart.dataset.title)合计"
        rest = chart.rest
        restLabel = chart.restLabel
        self.jsonHref = jsonHref
        let sum = chart.items.reduce(0) { $0 + $1.count }
        if let top = chart.items.max(by: { $0.count < $1.count }), top.count > 0 {
            summary = "\(chart.title)：图中 \(chart.items.count) 项合计 \(sum) 条，最多的是\(top.label)（\(top.count) 条）。数据见下方数据表。"
        } else {
            summary = "\(chart.title)：暂无公示信息。"
        }
    }

    /// `count / largest` of 80 %, as decimal text with at most two places, in integers only, so the
    /// same counts always give the same bytes.
    static func percent(_ count: Int, of largest: Int) -> String {
        guard largest > 0 else { return "0" }
        let hundredths = count * 8000 / largest
        let fraction = hundredths % 100
        if fraction == 0 { return "\(hundredths / 100)" }
        return "\(hundredths / 100)." + (fraction % 10 == 0 ? "\(fraction / 10)" : fraction < 10 ? "0\(fraction)" : "\(fraction)")
    }
}
