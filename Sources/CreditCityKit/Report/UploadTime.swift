/// Reads `SJC` 数据更新时间, the moment a record reached the platform, as the day it was in Asia/Shanghai.
///
/// Platforms write it in many ways: `2026-11-21 09:30:00`, `2026/11/21`, `2026-11-21T09:30:00+08:00`,
/// `2026-11-21T01:30:00Z`, `20261121093000`, `202611210930`, `20261121`, `2026年11月21日`, and
/// Unix time in seconds (10 digits) or milliseconds (13 digits). A time with an offset is moved to
/// +08:00 first, so `2026-11-20T20:00:00Z` is 2026-11-21.
public enum UploadTime {
    public static func day(_ raw: String) -> CivilDate? {
        let text = raw.trimmingWhitespace()
        let bytes = Array(text.utf8)
        if !bytes.isEmpty, bytes.allSatisfy(isDigit) { return compact(bytes) }
        if let (local, offsetMinutes) = splitOffset(text) {
            guard let (day, minutes) = dayAndMinutes(local) else { return nil }
            // Local time at the given offset → UTC → Asia/Shanghai (+08:00, no daylight saving since 1991).
            let shanghai = minutes - offsetMinutes + 8 * 60
            return day.adding(days: Int((Double(shanghai) / 1440).rounded(.down)))
        }
        guard case .success(.day(let day)) = DateParsing.parse(text) else { return nil }
        return day
    }

    /// Digits only: a compact date(-time) or Unix time.
    static func compact(_ b: [UInt8]) -> CivilDate? {
        func n(_ from: Int, _ count: Int) -> Int { b[from..<(from + count)].reduce(0) { $0 * 10 + Int($1 - 48) } }
        switch b.count {
        case 8, 12, 14:
            if b.count >= 12, n(8, 2) > 23 || n(10, 2) > 59 { return nil }
            if b.count == 14, n(12, 2) > 59 { return nil }
            return CivilDate(year: n(0, 4), month: n(4, 2), day: n(6, 2))
        case 10, 13:
            let seconds = b.count == 13 ? n(0, 13) / 1000 : n(0, 10)
            return CivilDate(dayNumber: 0).adding(days: (seconds + 8 * 3600) / 86_400)
        default:
            return nil
        }
    }

    /// `text` without a trailing `Z`, `+08:00`, `+0800` or `-05:00` after a time, and that offset in minutes.
    static func splitOffset(_ text: String) -> (String, Int)? {
        guard let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) else { return nil }
        let time = text[text.index(after: t)...]
        if time.hasSuffix("Z") { return (String(text.dropLast()), 0) }
        guard let sign = time.lastIndex(where: { $0 == "+" || $0 == "-" }) else { return nil }
        let digits = time[time.index(after: sign)...].filter { $0 != ":" }
        guard digits.count == 4, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
        let minutes = value / 100 * 60 + value % 100
        return (String(text[..<sign]), time[sign] == "-" ? -minutes : minutes)
    }

    /// `2026-11-21T09:30:00` → the day and minutes since its midnight.
    static func dayAndMinutes(_ text: String) -> (CivilDate, Int)? {
        guard case .success(.day(let day)) = DateParsing.parse(text.replacingOccurrences(of: "T", with: " ")),
              let t = text.firstIndex(where: { $0 == "T" || $0 == " " }) else { return nil }
        let parts = text[text.index(after: t)...].split(separator: ":")
        guard parts.count >= 2, let h = Int(parts[0]), let m = Int(parts[1].prefix(2)), (0..<24).contains(h), (0..<60).contains(m) else { return nil }
        return (day, h * 60 + m)
    }

    static func isDigit(_ b: UInt8) -> Bool { b >= 48 && b <= 57 }
}
