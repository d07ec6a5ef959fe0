import Testing
@testable import CreditCityKit

/// How a workbook cell's stored value becomes text: serial dates in both date systems, the number
/// formats that mark a date, numbers as Excel shows them, Office's `_xHHHH_` escapes, column letters.
@Suite("Excel cell values")
struct ExcelValueTests {
    /// 1900 system: serial 1 is 1900-01-01, 60 the phantom 1900-02-29 (kept, and then rejected as no such
    /// day), 61 is 1900-03-01; later serials agree with Python's date(1899, 12, 30) + serial.
    @Test("1900 date system", arguments: [
        (1.0, "1900-01-01"), (59.0, "1900-02-28"), (60.0, "1900-02-29"), (61.0, "1900-03-01"),
        (45366.0, "2024-03-15"), (46280.0, "2026-09-15"), (46304.0, "2026-10-09"),
        (46280.5, "2026-09-15 12:00:00"), (46280.999999, "2026-09-16"), (0.25, "06:00:00"),
    ])
    func serial1900(serial: Double, text: String) {
        #expect(ExcelSerialDate.text(serial: serial, date1904: false) == text)
    }

    /// 1904 system: serial 0 is 1904-01-01, so 2026-09-15 is 1462 days less than in the 1900 system.
    @Test("1904 date system", arguments: [(0.0, "1904-01-01"), (44818.0, "2026-09-15"), (44818.375, "2026-09-15 09:00:00")])
    func serial1904(serial: Double, text: String) {
        #expect(ExcelSerialDate.text(serial: serial, date1904: true) == text)
    }

    /// A negative serial is no date in either system.
    @Test func negativeSerial() {
        #expect(ExcelSerialDate.text(serial: -1, date1904: false) == nil)
    }

    /// Custom number formats: a date or time where a year, month, day, hour or second placeholder is
    /// left after quoted text, escapes and bracketed tags are dropped.
    @Test("custom formats", arguments: [
        ("yyyy/m/d", true), ("yyyy\\-mm\\-dd", true), ("[$-804]yyyy\"年\"m\"月\"d\"日\"", true), ("[DBNum1]m\"月\"d\"日\"", true),
        ("m/d/yyyy;@", true), ("h:mm", true), ("[h]:mm:ss", true), ("yyyy-mm-dd h:mm:ss", true),
        ("General", false), ("0.00", false), ("#,##0.00\"元\"", false), ("[Red]0.00;[Blue]-0.00", false), ("@", false),
        ("0.00E+00", false), ("\"年度\"0", false), ("¥#,##0.00", false),
    ])
    func customFormat(code: String, isDate: Bool) {
        #expect(CellStyles.isDateFormat(code) == isDate)
    }

    /// Built-in formats: 14–22 and 45–47 everywhere, 27–36 and 50–58 in Chinese Excel and WPS.
    @Test func builtinFormats() {
        let styles = CellStyles(numberFormats: [164: "yyyy/m/d", 165: "0.00"], cellFormats: [0, 14, 22, 31, 57, 2, 49, 164, 165, 46])
        #expect((0..<10).map { styles.isDate(style: $0) } == [false, true, true, true, true, false, false, true, false, true])
        #expect(!styles.isDate(style: 10))
        #expect(!styles.isDate(style: -1))
    }

    /// Numbers as a General cell shows them: Excel's 17-digit doubles and exponents rounded to 15
    /// significant digits; the shortest form kept as it is.
    @Test("number text", arguments: [
        ("12", "12"), ("0.3", "0.3"), ("0.30000000000000004", "0.3"), ("0.10000000000000001", "0.1"),
        ("1.5E+7", "15000000"), ("4.2050219800101E+017", "420502198001010000"), ("8.5", "8.5"),
    ])
    func numberText(stored: String, shown: String) {
        #expect(ExcelNumber.text(stored) == shown)
    }

    /// An 18-digit number has lost digits; an amount has not.
    @Test func lostDigits() {
        #expect(ExcelNumber.lostDigits("4.2050219800101E+017"))
        #expect(ExcelNumber.lostDigits("420502198001010011"))
        #expect(!ExcelNumber.lostDigits("12.5"))
        #expect(!ExcelNumber.lostDigits("420500"))
    }

    /// `_x000D_` is a carriage return, `_x005F_` a literal underscore; text without escapes is untouched.
    @Test func escapes() {
        func unescape(_ s: String) -> String { String(decoding: OOXMLText.unescaped(Array(s.utf8)), as: UTF8.self) }
        #expect(unescape("第一行_x000D_\n第二行") == "第一行\r\n第二行")
        #expect(unescape("_x005F_x0041_") == "_x0041_")
        #expect(unescape("plain_text_x12") == "plain_text_x12")
        #expect(unescape("名称") == "名称")
    }

    /// Column letters both ways.
    @Test func columns() {
        let cases = [(0, "A"), (25, "Z"), (26, "AA"), (27, "AB"), (16_383, "XFD")]
        for (index, name) in cases {
            #expect(SheetRowsHandler.columnName(index) == name)
            let bytes = Array((name + "12").utf8)
            #expect(bytes.withUnsafeBufferPointer { SheetRowsHandler.columnIndex($0) } == index)
        }
    }
}
