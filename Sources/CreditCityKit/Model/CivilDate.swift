/// A calendar day in Asia/Shanghai (the standard's dates carry no time of day).
///
/// Rules compare and add days, months and years; doing that on plain integers keeps the
/// result independent of the machine's time zone and avoids `DateFormatter` in hot loops.
public struct CivilDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01: four bytes, so a million records' dates stay small and compare as integers.
    public let dayNumber: Int32

    /// A valid calendar day, or nil (2026-02-30, month 13, …).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              day >= 1, day <= CivilDate.daysIn(month: month, year: year) else { return nil }
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        dayNumber = Int32(era * 146_097 + doe - 719_468)
    }

    /// The day with the given day number (inverse of `dayNumber`).
    public init(dayNumber: Int) { self.dayNumber = Int32(truncatingIfNeeded: dayNumber) }

    /// Year, month and day (Howard Hinnant's civil_from_days).
    public var parts: (year: Int, month: Int, day: Int) {
        let z = Int(dayNumber) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var day: Int { parts.day }

    public static func isLeap(_ year: Int) -> Bool {
        (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public func adding(days: Int) -> CivilDate { CivilDate(dayNumber: Int(dayNumber) + days) }

    /// Calendar months later; the day is clamped to the month's end (2026-01-31 + 1 month = 2026-02-28),
    /// the usual reading of "3 months from the decision" in administrative practice.
    public func adding(months: Int) -> CivilDate {
        let (year, month, day) = parts
        let total = year * 12 + (month - 1) + months
        let y = total / 12
        let m = total % 12 + 1
        let d = Swift.min(day, CivilDate.daysIn(month: m, year: y))
        return CivilDate(year: y, month: m, day: d) ?? self
    }

    public func adding(years: Int) -> CivilDate { adding(months: years * 12) }

    /// Whole years of age on `date` for someone born on `self`.
    public func age(on date: CivilDate) -> Int {
        let born = parts, then = date.parts
        var age = then.year - born.year
        if (then.month, then.day) < (born.month, born.day) { age -= 1 }
        return age
    }

    /// ISO 8601 form, `2026-11-21`, written digit by digit (this runs for every date on every page).
    public var iso: String {
        let (year, month, day) = parts
        guard (0...9999).contains(year) else { return "\(year)-\(month)-\(day)" }
        let digits: [UInt8] = [
            UInt8(48 + year / 1000), UInt8(48 + year / 100 % 10), UInt8(48 + year / 10 % 10), UInt8(48 + year % 10), 45,
            UInt8(48 + month / 10), UInt8(48 + month % 10), 45, UInt8(48 + day / 10), UInt8(48 + day % 10),
        ]
        return String(decoding: digits, as: UTF8.self)
    }

    public var description: String { iso }

    public static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.dayNumber < rhs.dayNumber }
}
