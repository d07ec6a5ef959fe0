/// statistics/index.html (数据统计): charts of what the site publishes, drawn at build time as inline
/// SVG, each with its data table and a link to `feeds/statistics.json`; and accessibility/index.html,
/// where the 长辈版 switch leads when JavaScript is off.
extension SiteRenderer {
    /// The statistics page of `statistics` (made from the same shown records as every other page).
    public func statisticsPage(_ statistics: SiteStatistics) throws -> String {
        let path = SitePaths.statistics
        let root = SitePaths.root(for: path)
        let jsonHref = root + SitePaths.statisticsFeed
        let page = StatisticsPage(
            chrome: chrome(path: path, title: "数据统计", current: "statistics"),
            crumbs: [home(root)],
            totals: Dataset.allCases.map {
                let base = SitePaths.datasetBase($0)
                return DatasetCount(key: $0.rawValue, title: $0.title, count: statistics.total($0),
                                    href: root + SitePaths.page(1, of: base), directoryHref: root + SitePaths.directory(of: base))
            },
            charts: statistics.charts.map { ChartView($0, jsonHref: jsonHref) },
            jsonHref: jsonHref, schemaHref: root + "feeds/schema/statistics.json")
        return try render(page, "statistics")
    }

    func accessibilityPage() throws -> String {
        let path = SitePaths.accessibility
        let c = config.contact
        let set: (String) -> String? = { $0.isEmpty ? nil : $0 }
        let page = AccessibilityPage(chrome: chrome(path: path, title: "无障碍与长辈版", current: nil),
                                     crumbs: [home(SitePaths.root(for: path))],
                                     department: set(c.department), phone: set(c.phone), email: set(c.email))
        return try render(page, "accessibility")
    }
}
