/// What the site publishes, counted for the 数据统计 page and `feeds/statistics.json`.
///
/// An accumulator: `add` takes the compact facts of one shown record (dataset, decision day, 处罚类别,
/// authority, 名单名称) and keeps only counters, so a build can feed it from a stream of a million
/// records, and `merge` joins the counts of chunks counted apart (on several cores or shards). Only
/// shown records may be added: what is hidden is never counted anywhere public.
public struct SiteStatistics: Sendable, Equatable {
    /// How many calendar months the monthly charts cover, ending with the as-of day's month.
    public static let monthCount = 24
    /// How many authorities the department chart names; the rest are counted together.
    public static let topAuthorities = 15

    public let asOf: CivilDate
    /// Shown records per dataset.
    public private(set) var totals: [Dataset: Int] = [:]
    /// Licensing and penalty decisions per month, oldest first; index 0 is `firstMonth`.
    public private(set) var byMonth: [Dataset: [Int]] = [:]
    /// Decisions older than the first month that are still shown (a 严重 penalty shows for 3 years).
    public private(set) var earlier: [Dataset: Int] = [:]
    /// Penalties per 处罚类别: a decision with several categories counts once under each.
    public private(set) var penaltyCategories: [String: Int] = [:]
    /// Penalties per 处罚机关.
    public private(set) var penaltyAuthorities: [String: Int] = [:]
    /// Red and black list entries per 名单名称.
    public private(set) var listNames: [Dataset: [String: Int]] = [:]

    public init(asOf: CivilDate) { self.asOf = asOf }

    /// Months since year 0 of the first month counted.
    var firstMonth: Int { Self.monthNumber(asOf) - (Self.monthCount - 1) }

    static func monthNumber(_ day: CivilDate) -> Int { day.year * 12 + day.month - 1 }

    /// The months the monthly charts cover, oldest first, as (year, month).
    public var months: [(year: Int, month: Int)] {
        (0..<Self.monthCount).map { i in ((firstMonth + i) / 12, (firstMonth + i) % 12 + 1) }
    }

    /// Counts one shown record. `day` is its decision day (认定日期 for list entries); `penaltyCategories`
    /// its 处罚类别 (penalties only, repeats counted once); `listName` its 名单名称 (lists only).
    public mutating func add(_ dataset: Dataset, day: CivilDate, authority: String,
                             penaltyCategories categories: some Sequence<String> = [String](), listName: String? = nil) {
        totals[dataset, default: 0] += 1
        switch dataset {
        case .licensing, .penalties:
            let index = Self.monthNumber(day) - firstMonth
            if index < 0 {
                earlier[dataset, default: 0] += 1
            } else if index < Self.monthCount {
                byMonth[dataset, default: [Int](repeating: 0, count: Self.monthCount)][index] += 1
            }
            // A decision after the as-of day is never shown, so nothing falls past the last month.
            if dataset == .penalties {
                for category in Set(categories) { penaltyCategories[category, default: 0] += 1 }
                penaltyAuthorities[authority, default: 0] += 1
            }
        case .redlist, .blacklist:
            listNames[dataset, default: [:]][listName ?? "", default: 0] += 1
        }
    }

    /// Adds the counts of `other`, made for the same as-of day from other records.
    public mutating func merge(_ other: SiteStatistics) {
        precondition(other.asOf == asOf, "statistics of different as-of days")
        totals.merge(other.totals, uniquingKeysWith: +)
        earlier.merge(other.earlier, uniquingKeysWith: +)
        byMonth.merge(other.byMonth) { a, b in zip(a, b).map(+) }
        penaltyCategories.merge(other.penaltyCategories, uniquingKeysWith: +)
        penaltyAuthorities.merge(other.penaltyAuthorities, uniquingKeysWith: +)
        listNames.merge(other.listNames) { a, b in a.merging(b, uniquingKeysWith: +) }
    }

    public func total(_ dataset: Dataset) -> Int { totals[dataset] ?? 0 }
}

extension SiteStatistics {
    /// Counts every shown record of the plan.
    public init(plan: SitePlan) {
        self.init(asOf: plan.asOf)
        for dataset in Dataset.allCases {
            for i in plan.datasets[dataset] ?? [] { add(plan.record(i)) }
        }
    }

    /// Counts one shown record from its public form.
    public mutating func add(_ r: ShownRecord) {
        switch r.dataset {
        case .penalties:
            // A penalty's summary is its 处罚类别 as published.
            add(.penalties, day: r.date, authority: r.authority, penaltyCategories: PenaltyCategories.split(r.summary))
        case .licensing:
            add(.licensing, day: r.date, authority: r.authority)
        case .redlist, .blacklist:
            add(r.dataset, day: r.date, authority: r.authority, listName: r.summary)
        }
    }
}
