import CreditCityTestSupport
import PropertyBased
import Testing
@testable import CreditCityKit

/// Working days: weekends off, the State Council's 2025 and 2026 holidays off, their make-up
/// weekend days worked, and site.yaml `holidays` on top.
@Suite("Working-day calendar")
struct WorkingDayCalendarTests {
    typealias T = TestSupport
    let calendar = WorkingDayCalendar.official

    /// Days from the two notices: holidays on weekdays are off, make-up weekend days are worked.
    @Test(arguments: [
        ("2025-01-01", false), ("2025-01-26", true), ("2025-01-28", false), ("2025-02-04", false), ("2025-02-05", true),
        ("2025-02-08", true), ("2025-04-27", true), ("2025-05-05", false), ("2025-06-02", false), ("2025-09-28", true),
        ("2025-10-08", false), ("2025-10-11", true), ("2025-10-12", false),
        ("2026-01-02", false), ("2026-01-04", true), ("2026-02-14", true), ("2026-02-23", false), ("2026-02-24", true),
        ("2026-02-28", true), ("2026-04-06", false), ("2026-05-05", false), ("2026-05-09", true), ("2026-06-19", false),
        ("2026-09-20", true), ("2026-09-25", false), ("2026-10-07", false), ("2026-10-10", true), ("2026-11-20", true),
        ("2026-11-21", false), ("2026-11-22", false),
    ])
    func officialDays(_ day: String, _ working: Bool) {
        #expect(calendar.isWorkingDay(T.day(day)) == working, "\(day)")
    }

    /// The deadline is the 7th working day after the decision day (the decision day not counted);
    /// the examples of docs/report.md.
    @Test(arguments: [
        ("2026-11-20", "2026-12-01"), // Friday: the next two weeks' days, weekends skipped
        ("2026-11-21", "2026-12-01"), // a Saturday decision counts from Monday
        ("2026-09-24", "2026-10-12"), // 中秋 and 国庆 in between; 10/10 (Saturday) is worked
        ("2026-02-12", "2026-02-28"), // 2/14 and 2/28 (Saturdays) are worked, 春节 2/15–2/23 is not
        ("2025-01-24", "2025-02-10"), // 1/26 (Sunday) and 2/8 (Saturday) worked around 春节
    ])
    func deadlines(_ decided: String, _ due: String) {
        #expect(calendar.workingDay(7, after: T.day(decided)) == T.day(due), "\(decided)")
    }

    /// Counting a range at once agrees with counting it day by day, for ranges of any length across
    /// the built-in years and beyond, with extra site.yaml days too.
    @Test func rangeCountMatchesDayByDay() async {
        let extra = calendar.adding([SiteConfig.Holiday(day: T.day("2027-01-01"), off: true),
                                     SiteConfig.Holiday(day: T.day("2027-02-06"), off: false)])
        let origin = T.day("2024-06-01")
        await propertyCheck(count: 300, input: Gen.int(in: 0...1200), Gen.int(in: -5...900)) { start, length in
            let a = origin.adding(days: start), b = a.adding(days: length)
            var naive = 0, d = a
            while d < b {
                d = d.adding(days: 1)
                if extra.isWorkingDay(d) { naive += 1 }
            }
            #expect(extra.workingDays(after: a, through: b) == naive, "\(a) → \(b)")
        }
    }

    /// site.yaml `holidays` adds days off and make-up days, and overrides a built-in day.
    @Test func siteDaysAddAndOverride() {
        let c = calendar.adding([SiteConfig.Holiday(day: T.day("2027-01-01"), off: true),
                                 SiteConfig.Holiday(day: T.day("2027-02-06"), off: false),
                                 SiteConfig.Holiday(day: T.day("2026-10-10"), off: true)])
        #expect(!c.isWorkingDay(T.day("2027-01-01")))
        #expect(c.isWorkingDay(T.day("2027-02-06")))
        #expect(!c.isWorkingDay(T.day("2026-10-10")))
        #expect(calendar.isWorkingDay(T.day("2027-01-01")))
    }

    /// site.yaml `holidays` is read with the day and `off` (default true), and a bad entry names its line.
    @Test func siteYamlHolidays() throws {
        let yaml = "name: 信用测试市\nregion_code: \"420500\"\nbase_url: https://x.example/\nholidays:\n  - {date: 2027-01-01, off: true}\n  - {date: 2027/2/7, off: false}\n  - date: 2027-02-11\n"
        let config = try SiteConfigLoader.parse(yaml, displayPath: "site.yaml")
        #expect(config.holidays == [.init(day: T.day("2027-01-01"), off: true), .init(day: T.day("2027-02-07"), off: false),
                                    .init(day: T.day("2027-02-11"), off: true)])
        #expect(throws: BuildError.self) {
            try SiteConfigLoader.parse(yaml + "  - {date: 2027-02-30}\n", displayPath: "site.yaml")
        }
        do {
            _ = try SiteConfigLoader.parse(yaml + "  - {date: 2027-03-01, off: maybe}\n", displayPath: "site.yaml")
            Issue.record("off: maybe accepted")
        } catch let f as BuildError {
            #expect(f.description == "site.yaml:8: error: holidays: off must be true (a day off) or false (a make-up working day)")
        }
    }
}
