/// How one table of a content file was read: a CSV or JSON file, or one sheet of a workbook. The build
/// only needs its rows; `creditcity check --explain` prints this so a webmaster can fix an export.
public struct TableReading: Sendable {
    /// The table as diagnostics name it: `Content/penalties/2024.csv`, `Content/penalties/2024.xlsx[Sheet1]`.
    public var location: String
    /// The worksheet's name, for a workbook.
    public var sheet: String?
    /// How a CSV or JSON file's bytes were decoded.
    public var encoding: TextEncoding?
    /// The line (Excel row) of the header; nil for JSON, which has none.
    public var headerLine: Int?
    /// Rows above the header skipped as titles (a merged title row of a workbook).
    public var titleRows: [Int] = []
    /// The header's mapping; nil when no row of the table was a header.
    public var mapping: ColumnMapping?
    /// Data rows handed on for validation.
    public var rows = 0
    /// Why the whole table was not used, when it was not, and how many rows that cost.
    public var rejection: String?
    public var rowsRejectedWhole = 0
    /// Why the table was skipped without an error (a hidden sheet, an empty one).
    public var skipped: String?
    /// Why reading stopped early (a damaged workbook part); the rows before it were read.
    public var damage: String?

    public init(location: String, sheet: String? = nil, encoding: TextEncoding? = nil) {
        self.location = location
        self.sheet = sheet
        self.encoding = encoding
    }
}
