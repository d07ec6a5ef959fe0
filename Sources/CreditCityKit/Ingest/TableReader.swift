/// Reads the rows of one table as they come (a worksheet streams; nothing is held but the header):
/// skips title rows above the header, maps the header, and turns every later row into a `RawRow`.
/// Problems with the table as a whole are logged once, with the number of rows they cost.
struct TableReader {
    /// A title is a row with at most one value (what a merged title row stores); this many at most.
    static let maxTitleRows = 5

    private(set) var reading: TableReading
    private let folder: DataFolder
    private let aliases: [String: String]
    /// Whether the keys of JSON records are the header ("keys" rather than "columns" in messages).
    private let keyed: Bool
    private var titles: [(line: Int, text: String)] = []
    private var header: [String] = []
    private var failure: ColumnMapping.Failure?
    private var rejectedRows = 0
    /// Per column, the first row and the number of cells whose number lost digits in the spreadsheet.
    private var lostDigits: [Int: (first: Int, count: Int)] = [:]
    /// Checks every data row's cells before they are mapped (size, control characters, bad bytes).
    private let screen: RecordScreen
    /// Records rejected alone: by the screen, or for breaking the file's syntax.
    private var rejectedAlone = 0

    init(_ reading: TableReading, folder: DataFolder, aliases: [String: String], keyed: Bool = false,
         screen: RecordScreen = RecordScreen(limits: ContentLimits())) {
        self.reading = reading
        self.folder = folder
        self.aliases = aliases
        self.keyed = keyed
        self.screen = screen
    }

    /// Uses the keys of a JSON file as its header.
    mutating func useKeys(_ keys: [String], log: inout DiagnosticLog) {
        useHeader(keys, line: 0, log: &log)
    }

    /// Takes the next row of the table (its cells and its line or Excel row). A row with no value at all
    /// is no record (spreadsheets leave them below the data) and is passed over, except in JSON.
    /// `lostDigits` are the columns of a worksheet row whose numbers are too long to be exact;
    /// `oversized` the cells a reader measured but did not keep; `lastLine` the record's last line.
    mutating func add(_ cells: [String], line: Int, lastLine: Int? = nil, oversized: [Int: Int] = [:], lostDigits: [Int] = [],
                      log: inout DiagnosticLog, emit: (RawRow) -> Void) {
        for column in lostDigits where reading.mapping != nil {
            let seen = self.lostDigits[column]
            self.lostDigits[column] = (seen?.first ?? line, (seen?.count ?? 0) + 1)
        }
        let filled = cells.lazy.filter { !$0.trimmingWhitespace().isEmpty }
        if filled.isEmpty, !keyed { return }
        if failure != nil {
            rejectedRows += 1
            return
        }
        guard let mapping = reading.mapping else {
            if !keyed, titles.count < Self.maxTitleRows, filled.count == 1, ColumnMapping.map(cells, folder: folder, aliases: aliases).1 == .noHeader {
                titles.append((line, filled.first?.trimmingWhitespace() ?? ""))
                return
            }
            useHeader(cells, line: line, log: &log)
            return
        }
        if !keyed, cells.count > header.count, cells[header.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
            log.add(Messages.extraCells(cells.count, header: header.count, file: reading.location, line: line))
        }
        var cells = cells
        let catalog = folder.catalog
        let screened = screen.screen(&cells, location: reading.location, line: line, lastLine: lastLine ?? line, oversized: oversized,
                                     log: &log) { column in
            guard column < mapping.columns.count else { return nil }
            switch mapping.columns[column].target {
            case .field(let f): return (catalog.fields[f].code, catalog.fields[f].name)
            case .legacy(let l): return mapping.legacy.map { ($0.fields[l].code, $0.fields[l].name) }
            case .ignored: return nil
            }
        }
        guard screened else {
            rejectedAlone += 1
            return
        }
        let (values, problems) = mapping.values(of: cells)
        reading.rows += 1
        emit(RawRow(location: SourceLocation(file: reading.location, line: line), values: values, template: mapping.template,
                    problems: problems.map { Diagnostic(.error, file: reading.location, line: line, field: $0.field, $0.message) }))
    }

    private mutating func useHeader(_ cells: [String], line: Int, log: inout DiagnosticLog) {
        let (mapping, failure) = ColumnMapping.map(cells, folder: folder, aliases: aliases, requireHeader: !keyed)
        header = cells
        reading.headerLine = keyed ? nil : line
        reading.mapping = mapping
        reading.titleRows = titles.map(\.line)
        self.failure = failure
        if let first = titles.first {
            let rows = titles.count == 1 ? "row \(first.line) is a title" : "rows \(first.line)–\(titles[titles.count - 1].line) are titles"
            log.add(Diagnostic(.warning, file: reading.location, line: first.line,
                               "\(rows) above the header ('\(first.text)'); skipped, the header is row \(line)"))
        }
        let unknown = mapping.unknownHeaders
        if !unknown.isEmpty, failure != .noHeader {
            log.add(Messages.unknownColumns(unknown, what: keyed ? "keys" : "columns", file: reading.location, line: reading.headerLine))
        }
    }

    /// Counts a record that broke the file's syntax (reported by the caller), so an emptied file is not
    /// called one without records.
    mutating func broken() {
        rejectedAlone += 1
    }

    /// Records that the table's data is damaged from `line` on (a workbook part that cannot be read).
    mutating func damaged(_ reason: String) {
        reading.damage = reason
    }

    /// Ends the table: logs the error that rejected it, now that its rows are counted.
    mutating func finish(log: inout DiagnosticLog) {
        let location = reading.location
        for (column, seen) in lostDigits.sorted(by: { $0.key < $1.key }) {
            let name = column < header.count ? " (\(header[column].trimmingWhitespace()))" : ""
            log.add(Diagnostic(.warning, file: location, line: seen.first,
                               "column \(SheetRowsHandler.columnName(column))\(name) holds \(seen.count) number\(seen.count == 1 ? "" : "s") "
                                   + "longer than the 15 digits a spreadsheet keeps, so \(seen.count == 1 ? "its" : "their") last digits are lost; "
                                   + "format the column as text and enter the numbers again"))
        }
        switch failure {
        case nil:
            // A CSV or JSON file without records is said out loud, so an export that came out empty is
            // noticed; an empty sheet of a workbook (Excel's Sheet2 and Sheet3) is not.
            let isFile = reading.sheet == nil
            guard reading.mapping == nil else {
                if isFile, reading.rows == 0, rejectedAlone == 0 { log.add(Messages.noRecords(file: location, empty: false)) }
                return
            }
            if let first = titles.first {
                reading.skipped = "no header row and no records, only '\(first.text)'"
                log.add(Diagnostic(.warning, file: location, line: first.line, "ignored: \(reading.skipped ?? "")"))
            } else if reading.damage == nil {
                reading.skipped = "empty"
                if isFile { log.add(Messages.noRecords(file: location, empty: false)) }
            }
            return
        case .noHeader:
            let cells = header.map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }.prefix(3).map { "'\($0)'" }
            let message = "no header row: row \(reading.headerLine ?? 1) (\(cells.joined(separator: ", "))) names no field of "
                + "\(folder.name); the first row must name the fields by code, Chinese name or a site.yaml columns alias"
            reading.rejection = message
            reading.rowsRejectedWhole = rejectedRows + 1
            log.add(Diagnostic(.error, file: location, line: reading.headerLine, "\(rejected(rejectedRows + 1)): \(message)"))
        case .duplicate(let a, let b, let code, let name):
            let what = keyed ? "keys \(header[a - 1]) and \(header[b - 1])" : "columns \(a) and \(b)"
            reading.rejection = "\(what) both hold \(code) \(name)"
            reading.rowsRejectedWhole = rejectedRows
            log.add(Diagnostic(.error, file: location, line: reading.headerLine, field: code,
                               "\(rejected(rejectedRows)): \(reading.rejection ?? "")"))
        case .missing(let labels):
            let d = Messages.missingColumns(labels.map { ($0.code, $0.name) }, file: location, line: reading.headerLine,
                                            rejected: rejectedRows, unit: reading.sheet == nil ? "file" : "sheet")
            reading.rejection = d.message
            reading.rowsRejectedWhole = rejectedRows
            log.add(d)
        }
    }

    private func rejected(_ rows: Int) -> String {
        "\(reading.sheet == nil ? "file" : "sheet") rejected (\(rows) rows)"
    }
}
