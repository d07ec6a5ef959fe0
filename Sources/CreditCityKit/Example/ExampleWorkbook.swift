/// The departments' workbook of the example city (penalties/2026-q4-departments.xlsx): sheet `10月`
/// under a merged title row, `11月` with its header on row 1; Chinese headers, days in date cells,
/// amounts as numbers.
///
/// The rows are defined here; the .xlsx itself is made by a real spreadsheet writer (openpyxl, through
/// scripts/xlsx-from-json.py, which knows nothing of the domain) from `specification`, and kept in
/// Content/. A test reads it back with the build's own reader and checks its rows are these.
enum ExampleWorkbook {
    struct Sheet: Sendable {
        let name: String
        /// A title above the header, merged across the columns, as departments like to add.
        let title: String?
        /// The Excel number format of the sheet's date cells.
        let dateFormat: String
        let rows: [ExampleRow]

        /// The sheet row of the header; records follow it.
        var headerRow: Int { title == nil ? 1 : 2 }
    }

    static let sheets = [
        Sheet(name: "10月", title: "示例市2026年10月行政处罚信息汇总表（各部门报送）", dateFormat: "yyyy/m/d", rows: ExampleCity.workbookOctober),
        Sheet(name: "11月", title: nil, dateFormat: #"yyyy"年"m"月"d"日""#, rows: ExampleCity.workbookNovember),
    ]

    /// Amounts are number cells.
    static let numberFields: Set<String> = ["CF_NR_FK", "CF_NR_WFFF"]

    /// Where each record is, sheet by sheet, as the build reports it.
    static func locations(path: String) -> [SourceLocation] {
        sheets.flatMap { sheet in
            sheet.rows.indices.map { SourceLocation(file: "\(path)[\(sheet.name)]", line: sheet.headerRow + 1 + $0) }
        }
    }

    /// The workbook for scripts/xlsx-from-json.py: sheets with their title, header and cells, each cell
    /// null, a string, `{"number": N}` or `{"date": "YYYY-MM-DD", "format": F}`.
    static var specification: String {
        let columns = ExampleFileWriter.columns(of: .penaltiesWorkbook)
        let header = columns.map { ExampleFileWriter.json(FieldCatalog.penalties.spec($0).name) }
        let json = ExampleFileWriter.json
        let sheetTexts = sheets.map { sheet in
            let rows = sheet.rows.map { row in
                "      [" + columns.map { code -> String in
                    switch row.fields[code] {
                    case nil: "null"
                    case .day(let iso): "{\"date\": \(json(iso)), \"format\": \(json(sheet.dateFormat))}"
                    case .text(let text) where numberFields.contains(code): "{\"number\": \(text)}"
                    case .text(let text): json(text)
                    }
                }.joined(separator: ", ") + "]"
            }
            return "    {\"name\": \(json(sheet.name)), \"title\": \(sheet.title.map(json) ?? "null"),\n"
                + "     \"header\": [\(header.joined(separator: ", "))],\n"
                + "     \"rows\": [\n" + rows.joined(separator: ",\n") + "\n     ]}"
        }
        return "{\"creator\": \"CreditCity example city\", \"modified\": \"\(ExampleCity.referenceDay.iso)T00:00:00Z\",\n"
            + " \"sheets\": [\n" + sheetTexts.joined(separator: ",\n") + "\n ]}\n"
    }
}
