import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `.xlsx` workbooks as real writers save them (Fixtures/workbooks, made by scripts/make-workbook-fixtures.py
/// with openpyxl, XlsxWriter and LibreOffice): every sheet read in tab order, dates as the right day,
/// diagnostics naming sheet and Excel row, and one clear line for each kind of bad workbook.
@Suite("Workbooks")
struct WorkbookTests {
    typealias T = TestSupport

    struct Read {
        var rows: [RawRow]
        var log: [Diagnostic]
        var tables: [TableReading]

        /// `code` of every row, in order.
        func values(_ code: String) -> [String?] {
            let i = FieldCatalog.penalties.index(of: code)
            return rows.map { $0.values[i] }
        }

        var locations: [String] { rows.map(\.location.description) }
    }

    static func display(_ name: String) -> String { "Content/penalties/\(name)" }

    /// Reads fixture workbook `name` as a file of Content/penalties/.
    func read(_ name: String, aliases: [String: String] = [:]) throws -> Read {
        let file = ContentFile(path: T.fixture("workbooks/\(name)"), displayPath: Self.display(name), folder: .penalties, format: .xlsx)
        var log = DiagnosticLog()
        var rows: [RawRow] = []
        let tables = try ContentLoader.read(file, aliases: aliases, log: &log) { rows.append($0) }
        return Read(rows: rows, log: log.diagnostics, tables: tables)
    }

    /// The four records of the two-sheet workbook, whoever saved it: October under a merged title row,
    /// November with its header on row 1, the hidden drop-down sheet left out with a warning.
    @Test("two sheets", arguments: ["two-sheets-openpyxl.xlsx", "two-sheets-libreoffice.xlsx", "no-references.xlsx"])
    func twoSheets(name: String) throws {
        let r = try read(name)
        let file = Self.display(name)
        #expect(r.locations == ["\(file)[10月]:3", "\(file)[10月]:4", "\(file)[11月]:2", "\(file)[11月]:3"])
        #expect(r.values("CF_XDR_MC") == ["测试市恒通建材有限公司", "测试市绿源环保科技有限公司", "测试市鑫达物流有限公司", "李四"])
        #expect(r.values("CF_JDRQ") == ["2026-10-09", "2026-10-20", "2026-11-02", "2026-11-05"])
        #expect(r.values("CF_NR_FK") == ["12", "8.5", "20", "1"])
        #expect(r.values("CF_XDR_ZJHM") == ["", "", "", "420502198001010011"])
        #expect(r.values("BZ") == ["", "当事人已缴纳罚款", "", ""])
        #expect(r.log == [
            Diagnostic(.warning, file: "\(file)[10月]", line: 1,
                       "row 1 is a title above the header ('测试市2026年10月行政处罚信息公示表'); skipped, the header is row 2"),
            Diagnostic(.warning, file: "\(file)[代码表]", line: nil, "ignored: a hidden sheet (templates keep drop-down lists there)"),
        ])
        #expect(r.tables.map(\.sheet) == ["10月", "11月", "代码表"])
        #expect(r.tables.map(\.headerLine) == [2, 1, nil])
        #expect(r.tables.first?.titleRows == [1])
    }

    /// Every record of the two-sheet workbook passes validation (the dates are real days, the amounts numbers).
    @Test func twoSheetsValidate() throws {
        let validator = RecordValidator(kind: .penalty, asOf: T.day("2026-11-22"), policy: .init())
        for row in try read("two-sheets-libreoffice.xlsx").rows {
            #expect(validator.validate(row).diagnostics == [])
        }
    }

    /// The 1904 date system: the same day from a different serial number.
    @Test func date1904() throws {
        let r = try read("date1904-openpyxl.xlsx")
        #expect(r.values("CF_JDRQ") == ["2026-09-15"])
        #expect(r.log == [])
    }

    /// Inline strings (no shared string table), a custom 年月日 date format, a cell with a line break.
    @Test func inlineStrings() throws {
        let r = try read("inline-strings-xlsxwriter.xlsx")
        #expect(r.values("CF_XDR_MC") == ["测试市恒通建材有限公司"])
        #expect(r.values("CF_JDRQ") == ["2026-08-31"])
        #expect(r.values("CF_NR_FK") == ["12.5"])
        #expect(r.values("BZ") == ["第一行\n第二行"])
    }

    /// The 2016 template inside a workbook is mapped like a 2016 CSV.
    @Test func legacyTemplate() throws {
        let r = try read("legacy-template-openpyxl.xlsx")
        #expect(r.tables.first?.mapping?.template == .legacy2016)
        #expect(r.rows.map(\.template) == [.legacy2016])
        #expect(r.values("CF_WFXW") == ["违反产品质量法"])
        #expect(r.values("CF_CFLB") == ["罚款"])
        #expect(r.values("CF_NR") == ["罚款十万元"])
    }

    /// A sheet of records with no header row is rejected with its row count; the next sheet is read.
    @Test func noHeader() throws {
        let r = try read("no-header-openpyxl.xlsx")
        let file = Self.display("no-header-openpyxl.xlsx")
        #expect(r.locations == ["\(file)[正常]:2"])
        #expect(r.log == [Diagnostic(.error, file: "\(file)[数据]", line: 1,
            "sheet rejected (2 rows): no header row: row 1 ('测试市恒通建材有限公司', '法人及非法人组织', '91420500MA4K00001G') "
                + "names no field of penalties; the first row must name the fields by code, Chinese name or a site.yaml columns alias")])
    }

    /// LibreOffice opening a CSV stores an 18-digit ID number as a number and loses its last digits:
    /// the column is named in a warning, and the ID check rejects the row.
    @Test func lostDigits() throws {
        let r = try read("from-csv-libreoffice.xlsx")
        let file = Self.display("from-csv-libreoffice.xlsx")
        #expect(r.values("CF_XDR_ZJHM") == ["420502198001010000", ""])
        #expect(r.values("CF_JDRQ") == ["2026-09-15", "2026-09-16"])
        #expect(r.log == [Diagnostic(.warning, file: "\(file)[from-csv-libreoffice]", line: 2,
            "column E (证件号码) holds 1 number longer than the 15 digits a spreadsheet keeps, so its last digits are lost; "
                + "format the column as text and enter the numbers again")])
    }

    /// Bad workbooks: one line each, naming the file (and sheet and row where there is one).
    @Test func damaged() throws {
        let truncated = try read("damaged-truncated.xlsx")
        #expect(truncated.rows.isEmpty)
        #expect(truncated.log == [Diagnostic(.error, file: Self.display("damaged-truncated.xlsx"), line: nil,
            "file rejected: not a readable .xlsx workbook: the ZIP archive is damaged or incomplete; save it again from Excel, WPS or LibreOffice")])

        let renamed = try read("binary-named-xlsx.xlsx")
        #expect(renamed.log == [Diagnostic(.error, file: Self.display("binary-named-xlsx.xlsx"), line: nil,
            "file rejected: this is an Excel 97–2003 (.xls) workbook with an .xlsx name; rename it to .xls and convert it: "
                + "libreoffice --headless --convert-to xlsx FILE.xls")])

        // The first sheet is whole and read; the second is damaged inside its compressed data.
        let sheet = try read("damaged-sheet.xlsx")
        let file = Self.display("damaged-sheet.xlsx")
        #expect(sheet.locations == ["\(file)[10月]:3", "\(file)[10月]:4"])
        let errors = sheet.log.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.file == "\(file)[11月]")
        #expect(errors.first?.message.hasPrefix("sheet damaged, rows from here on not read: ") == true)
        #expect(errors.allSatisfy { !$0.description.contains("\n") })
    }

    /// An .xls file is not read, and the error says how to convert it; an Excel lock file is passed over.
    @Test func listing() async throws {
        try await T.withTemporaryFolder { dir in
            let penalties = dir.appendingPathComponent("penalties")
            try FileManager.default.createDirectory(at: penalties, withIntermediateDirectories: true)
            for name in ["binary.xls", "two-sheets-openpyxl.xlsx"] {
                try FileManager.default.copyItem(atPath: T.fixture("workbooks/\(name)"), toPath: penalties.appendingPathComponent(name).path)
            }
            try Data("lock".utf8).write(to: penalties.appendingPathComponent("~$two-sheets-openpyxl.xlsx"))
            var log = DiagnosticLog()
            let files = try ContentFile.list(contentDir: dir.path, displayRoot: "Content", folder: .penalties, log: &log)
            #expect(files.map(\.displayPath) == ["Content/penalties/two-sheets-openpyxl.xlsx"])
            #expect(files.map(\.format) == [.xlsx])
            #expect(log.diagnostics == [
                Diagnostic(.error, file: "Content/penalties/binary.xls", line: nil,
                           "file rejected: .xls is the Excel 97–2003 binary format, which is not read; save it as .xlsx (then remove the .xls), "
                               + "e.g. with: libreoffice --headless --convert-to xlsx --outdir Content/penalties Content/penalties/binary.xls"),
                Diagnostic(.warning, file: "Content/penalties/~$two-sheets-openpyxl.xlsx", line: nil,
                           "ignored: a lock file that Excel or WPS leaves while the workbook is open"),
            ])
        }
    }
}
