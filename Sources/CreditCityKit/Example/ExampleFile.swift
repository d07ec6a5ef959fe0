/// The data files of the example city, each written the way one platform or department exports: CSV
/// with or without BOM, in UTF-8 or GB18030, LF or CRLF, headers as field codes or Chinese names, JSON
/// arrays and JSON Lines, the 2016 template and an Excel workbook, and dates in every form the SPEC
/// accepts. The raw value is the path under Content/.
enum ExampleFile: String, CaseIterable, Sendable {
    case events2026H2 = "events/2026-h2.jsonl", events2026 = "events/2026.csv"
    case licensingArchive = "licensing/2018-2025.csv", licensing2026 = "licensing/2026.json"
    case listsArchive = "lists/2022-2025.csv", listsReview = "lists/2026-review.csv", lists2026 = "lists/2026.json"
    case penaltiesArchive = "penalties/2023-2025.csv", penaltiesLegacy = "penalties/2024-legacy-template.csv"
    case penaltiesQ1 = "penalties/2026-q1-gb18030.csv", penaltiesQ2 = "penalties/2026-q2.jsonl"
    case penaltiesQ3Q4 = "penalties/2026-q3-q4.csv", penaltiesWorkbook = "penalties/2026-q4-departments.xlsx"

    enum Format: Sendable {
        case csv, jsonArray, jsonLines
        /// CSV in the 2016 template's columns.
        case legacyCSV
        /// An .xlsx workbook, made by a real spreadsheet writer from `ExampleWorkbook` (scripts/xlsx-from-json.py).
        case workbook
    }

    /// How a file writes its days; each row takes the next style of its file's list, round and round.
    enum DateStyle: Sendable {
        /// `2026-01-05`, `2026/1/5`, `2026/01/05`, `2026年1月5日`, `20260105`.
        case iso, slash, slashPadded, chinese, compact

        /// `iso` (`YYYY-MM-DD`) in this style; 2099-12-31 (no end) is always written as it is.
        func render(_ iso: String) -> String {
            let parts = iso.split(separator: "-")
            guard parts.count == 3, let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2]),
                  iso != "2099-12-31" else { return iso }
            switch self {
            case .iso: return iso
            case .slash: return "\(y)/\(m)/\(d)"
            case .slashPadded: return parts.joined(separator: "/")
            case .chinese: return "\(y)年\(m)月\(d)日"
            case .compact: return parts.joined()
            }
        }
    }

    var format: Format {
        switch self {
        case .licensing2026, .lists2026: .jsonArray
        case .events2026H2, .penaltiesQ2: .jsonLines
        case .penaltiesLegacy: .legacyCSV
        case .penaltiesWorkbook: .workbook
        default: .csv
        }
    }

    /// The kind of the file's records; nil for events, which are not records.
    var kind: RecordKind? {
        switch self {
        case .events2026H2, .events2026: nil
        case .licensingArchive, .licensing2026: .licensing
        case .listsArchive, .listsReview, .lists2026: .listEntry
        default: .penalty
        }
    }

    /// The field codes of the file's rows, in the standard's order.
    var catalog: FieldCatalog { kind.map(\.catalog) ?? .events }

    var encoding: TextEncoding {
        switch self {
        case .penaltiesQ1, .penaltiesLegacy: .gb18030
        case .licensingArchive, .listsReview, .penaltiesQ3Q4: .utf8WithBOM
        default: .utf8
        }
    }

    var newline: String {
        switch self {
        case .penaltiesQ1, .penaltiesLegacy, .licensingArchive, .listsReview, .penaltiesQ3Q4: "\r\n"
        default: "\n"
        }
    }

    /// CSV headers as Chinese names rather than field codes.
    var chineseHeaders: Bool { [.penaltiesQ1, .listsArchive, .events2026].contains(self) }

    /// A leading 序号 column, which is no field: Excel users number their rows.
    var numbered: Bool { self == .penaltiesQ1 }

    var dateStyles: [DateStyle] {
        switch self {
        case .penaltiesArchive: [.iso, .iso, .slashPadded]
        case .penaltiesQ1: [.slash, .chinese]
        case .penaltiesQ2: [.compact, .iso]
        case .penaltiesQ3Q4, .listsArchive, .events2026: [.iso, .chinese]
        case .licensingArchive: [.iso, .slash]
        case .licensing2026: [.chinese, .iso, .compact]
        case .listsReview: [.slashPadded, .iso]
        case .events2026H2: [.iso, .slash]
        case .penaltiesLegacy: [.slashPadded]
        case .lists2026, .penaltiesWorkbook: [.iso]
        }
    }

    /// What is particular about the file's format, for docs/example-content.md.
    var formatSummary: String {
        switch self {
        case .penaltiesArchive: "CSV, RFC 4180 quoting (commas, doubled quotes, an embedded newline)"
        case .penaltiesQ1: "CSV as written by Excel on Chinese Windows, extra `序号` column"
        case .licensing2026: #"JSON array (status as codes "1"/"2"/"3")"#
        case .listsArchive: "CSV, no 审核状态 column"
        case .listsReview: "CSV with `MD_SHZT` column"
        case .lists2026: "JSON array, no `MD_SHZT`"
        case .penaltiesLegacy:
            "CSV in the 2016 template (V1.0): 处罚类别 and 当前状态 as codes, `YYYY/MM/DD` dates, 数据更新时间戳; "
                + "no 类别, authority code or 数据来源单位 (filled in from site.yaml `authorities`)"
        case .penaltiesWorkbook:
            "Excel workbook written by openpyxl: sheet `10月` under a merged title row, `11月` with its header on "
                + "row 1; dates in date cells, amounts as numbers"
        default:
            switch format {
            case .jsonLines: "JSON Lines"
            case .jsonArray: "JSON array"
            default: "CSV"
            }
        }
    }

    /// The file's records in row order (a workbook's sheet by sheet).
    var rows: [ExampleRow] {
        switch self {
        case .events2026H2: ExampleCity.events2026H2
        case .events2026: ExampleCity.events2026
        case .licensingArchive: ExampleCity.licensingArchive
        case .licensing2026: ExampleCity.licensing2026
        case .listsArchive: ExampleCity.listsArchive
        case .listsReview: ExampleCity.listsReview
        case .lists2026: ExampleCity.lists2026
        case .penaltiesArchive: ExampleCity.penaltiesArchive
        case .penaltiesLegacy: ExampleCity.penaltiesLegacy
        case .penaltiesQ1: ExampleCity.penaltiesQ1
        case .penaltiesQ2: ExampleCity.penaltiesQ2
        case .penaltiesQ3Q4: ExampleCity.penaltiesQ3Q4
        case .penaltiesWorkbook: ExampleWorkbook.sheets.flatMap(\.rows)
        }
    }
}
