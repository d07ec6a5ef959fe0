/// Working days (工作日) in mainland China: Monday to Friday, except the official holidays, plus the
/// make-up working days on weekends. The 2025 and 2026 calendars are built in (`OfficialCalendar`);
/// site.yaml `holidays` adds days or overrides them.
///
/// Counting is arithmetic on day numbers plus a sorted list of exceptions, so the days between a
/// 2018 decision and a 2026 upload cost the same as a week.
public struct WorkingDayCalendar: Sendable {
    /// Days that differ from the weekday rule, by day number: true a day off, false a working day.
    private var exceptions: [Int: Bool] = [:]
    /// Day numbers whose status differs from their weekday's, sorted, each with +1 (a weekend day that
    /// is worked) or −1 (a weekday off); with running sums for counting a range at once.
    private var adjustments: [(day: Int, delta: Int)] = []
    private var runningSum: [Int] = []

    /// The built-in official calendar.
    public static let official = WorkingDayCalendar(OfficialCalendar.days.compactMap { entry in
        guard case .success(.day(let d)) = DateParsing.parse(entry.day) else { return nil }
        return (d, entry.off)
    })

    public init(_ days: [(day: CivilDate, off: Bool)] = []) {
        for (day, off) in days { exceptions[Int(day.dayNumber)] = off }
        rebuild()
    }

    /// This calendar with `days` added; a day given here overrides the built-in one.
    public func adding(_ days: [(day: CivilDate, off: Bool)]) -> WorkingDayCalendar {
        var c = self
        for (day, off) in days { c.exceptions[Int(day.dayNumber)] = off }
        c.rebuild()
        return c
    }

    /// This calendar with site.yaml `holidays` added.
    public func adding(_ holidays: [SiteConfig.Holiday]) -> WorkingDayCalendar {
        adding(holidays.map { ($0.day, $0.off) })
    }

    private mutating func rebuild() {
        adjustments = exceptions.compactMap { day, off in
            let weekend = Self.isWeekend(day)
            if off && !weekend { return (day, -1) }
            if !off && weekend { return (day, 1) }
            return nil
        }.sorted { $0.day < $1.day }
        var sum = 0
        runningSum = adjustments.map { sum += $0.delta; return sum }
    }

    /// Saturday or Sunday. Day 0 (1970-01-01) was a Thursday.
    static func isWeekend(_ dayNumber: Int) -> Bool {
        let weekday = ((dayNumber + 3) % 7 + 7) % 7 // 0 Monday … 6 Sunday
        return weekday >= 5
    }

    public func isWorkingDay(_ day: CivilDate) -> Bool {
        if let off = exceptions[Int(day.dayNumber)] { return !off }
        return !Self.isWeekend(Int(day.dayNumber))
    }

    /// The `n`-th working day after `day` (not counting `day` itself): the last day of "within n
    /// working days of `day`".
    public func workingDay(_ n: Int, after day: CivilDate) -> CivilDate {
        var d = day, counted = 0
        while counted < n {
            d = d.adding(days: 1)
            if isWorkingDay(d) { counted += 1 }
        }
        return d
    }

    /// The working days after `start` up to and including `end` (0 when `end` is not after `start`).
    public func workingDays(after start: CivilDate, through end: CivilDate) -> Int {
        guard end > start else { return 0 }
        let a = Int(start.dayNumber), b = Int(end.dayNumber)
        return weekdaysBefore(b + 1) - weekdaysBefore(a + 1) + adjustment(through: b) - adjustment(through: a)
    }

    /// Monday-to-Friday days with day number below `n`, counted from a Monday long before any record.
    private func weekdaysBefore(_ n: Int) -> Int {
        let monday = -3 - 7 * 100_000 // 1969-12-29 minus 100,000 weeks
        let x = n - monday
        return x / 7 * 5 + min(x % 7, 5)
    }

    /// The sum of the adjustments on days up to and including `day`.
    private func adjustment(through day: Int) -> Int {
        var low = 0, high = adjustments.count
        while low < high {
            let mid = (low + high) / 2
            if adjustments[mid].day <= day { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? 0 : runningSum[low - 1]
    }
}
