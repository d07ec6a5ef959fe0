/// Turns a date cell's stored number (an Excel serial date) into the text the date fields accept.
///
/// Two systems exist: the 1900 system (Windows Excel, WPS, LibreOffice by default), where day 1 is
/// 1900-01-01 and day 60 is the 1900-02-29 that Lotus 1-2-3 wrongly took for a leap day and Excel kept;
/// and the 1904 system (old Mac workbooks, `<workbookPr date1904="1"/>`), where day 0 is 1904-01-01.
enum ExcelSerialDate {
    /// `2024-03-15`, `2024-03-15 09:30:00` when the serial has a time of day, `09:30:00` for a time alone;
    /// nil for a negative serial, which no date system defines.
    static func text(serial: Double, date1904: Bool) -> String? {
        guard serial.isFinite, serial >= 0, serial < 3_000_000 else { return nil }
        var days = Int(serial.rounded(.down))
        var seconds = Int(((serial - Double(days)) * 86_400).rounded())
        if seconds == 86_400 {
            days += 1
            seconds = 0
        }
        let time = seconds > 0 ? clock(seconds) : nil
        if days == 0, !date1904 {
            // Day 0 of the 1900 system is Excel's "1900-01-00": a time with no date.
            return time ?? "1900-01-00"
        }
        let day: String
        if date1904 {
            day = epoch1904.adding(days: days).iso
        } else if days == 60 {
            // Not a real day; the date fields will reject it as "no such day", which is the truth.
            day = "1900-02-29"
        } else {
            // Before the phantom leap day, serial 1 is 1900-01-01; after it, every serial is one day early.
            day = (days < 60 ? epoch1900.adding(days: days - 1) : epoch1900.adding(days: days - 2)).iso
        }
        return time.map { day + " " + $0 } ?? day
    }

    private static let epoch1900 = CivilDate(year: 1900, month: 1, day: 1) ?? CivilDate(dayNumber: -25_567)
    private static let epoch1904 = CivilDate(year: 1904, month: 1, day: 1) ?? CivilDate(dayNumber: -24_107)

    private static func clock(_ seconds: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
