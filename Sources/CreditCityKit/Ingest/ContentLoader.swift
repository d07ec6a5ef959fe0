import Foundation

/// Reads one content file into raw rows keyed by the kind's field catalog.
///
/// Works file by file and hands each row to the caller, so memory holds one file's text at a time
/// (and for a workbook not even that: its sheets stream) rather than the whole content folder.
public enum ContentLoader {
    /// A file that cannot be read at all (permissions, I/O); this fails the build.
    public struct Unreadable: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): error: cannot read: \(reason)" }
    }

    /// Reads `file` and calls `row` for each record; `aliases` are site.yaml's `columns` for its dataset.
    /// Problems with a table as a whole (encoding, CSV syntax, no header, a missing required column) are
    /// logged as one error that names how many rows were rejected with it; unknown columns get one
    /// warning per table. Returns how each table of the file was read.
    @discardableResult
    public static func read(_ file: ContentFile, aliases: [String: String] = [:], log: inout DiagnosticLog,
                            row: (RawRow) -> Void) throws -> [TableReading] {
        if file.format == .xlsx { return try readWorkbook(file, aliases: aliases, log: &log, row: row) }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw Unreadable(file: file.displayPath, reason: (error as NSError).localizedDescription)
        }
        var reading = TableReading(location: file.displayPath)
        let text: String
        do {
            let decoded = try TextDecoding.decode(bytes)
            text = decoded.text
            reading.encoding = decoded.encoding
        } catch {
            reading.rejection = "\(error)"
            log.add(Diagnostic(.error, file: file.displayPath, line: nil, "file rejected: \(error)"))
            return [reading]
        }
        switch file.format {
        case .csv: return [readCSV(text, reading, kind: file.kind, aliases: aliases, log: &log, row: row)]
        case .json, .xlsx: return [readJSON(text, reading, kind: file.kind, aliases: aliases, log: &log, row: row)]
        }
    }

    static func readCSV(_ text: String, _ reading: TableReading, kind: RecordKind, aliases: [String: String],
                        log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var table = TableReader(reading, kind: kind, aliases: aliases)
        for r in rows { table.add(r.fields, line: r.line, log: &log, emit: row) }
        table.finish(log: &log)
        return table.reading
    }

    /// JSON records are mapped as CSV rows are, their keys taken as the header: a key that some records
    /// carry is a column of the file, and the others have it empty, exactly as a CSV cell would be (this
    /// matters for 审核状态, where an empty cell is "not approved").
    static func readJSON(_ text: String, _ reading: TableReading, kind: RecordKind, aliases: [String: String],
                         log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var table = TableReader(reading, kind: kind, aliases: aliases, keyed: true)
        guard !records.isEmpty else { return table.reading }
        let keys = Set(records.flatMap(\.values.keys)).sorted()
        table.useKeys(keys, log: &log)
        for r in records { table.add(keys.map { r.values[$0] ?? "" }, line: r.line, log: &log, emit: row) }
        table.finish(log: &log)
        return table.reading
    }

    /// Every sheet of a workbook in tab order, each a table of its own; a damaged sheet stops at the
    /// damage and the other sheets are still read.
    static func readWorkbook(_ file: ContentFile, aliases: [String: String], log: inout DiagnosticLog,
                             row: (RawRow) -> Void) throws -> [TableReading] {
        guard FileManager.default.isReadableFile(atPath: file.path) else {
            throw Unreadable(file: file.displayPath, reason: "permission denied or not a file")
        }
        let workbook: Workbook
        do {
            workbook = try Workbook(path: file.path)
        } catch {
            var reading = TableReading(location: file.displayPath)
            reading.rejection = "\(error)"
            log.add(Diagnostic(.error, file: file.displayPath, line: nil, "file rejected: \(error)"))
            return [reading]
        }
        var readings: [TableReading] = []
        for sheet in workbook.sheets {
            var table = TableReader(TableReading(location: "\(file.displayPath)[\(sheet.name)]", sheet: sheet.name),
                                    kind: file.kind, aliases: aliases)
            if sheet.hidden || sheet.part == nil {
                var reading = table.reading
                reading.skipped = sheet.hidden ? "a hidden sheet (templates keep drop-down lists there)" : "a chart sheet, which has no cells"
                if sheet.hidden { log.add(Diagnostic(.warning, file: reading.location, line: nil, "ignored: \(reading.skipped ?? "")")) }
                readings.append(reading)
                continue
            }
            var sheetLog = DiagnosticLog()
            do {
                try withoutActuallyEscaping(row) { emit in
                    try workbook.readRows(of: sheet) { r in
                        table.add(r.cells, line: r.number, lostDigits: r.lostDigits, log: &sheetLog, emit: emit)
                    }
                }
                table.finish(log: &sheetLog)
            } catch {
                table.damaged("\(error)")
                table.finish(log: &sheetLog)
                let at = (error as? WorkbookError)?.row
                sheetLog.add(Diagnostic(.error, file: table.reading.location, line: at,
                                        "sheet damaged, rows from here on not read: \(error)"))
            }
            log.add(contentsOf: sheetLog.diagnostics)
            readings.append(table.reading)
        }
        return readings
    }

    /// One error for a file that cannot be parsed, at the line where parsing stopped.
    static func rejectFile(_ reading: TableReading, _ error: any Error, log: inout DiagnosticLog) -> TableReading {
        let e = error as? ContentSyntaxError
        var reading = reading
        reading.rejection = e?.reason ?? "\(error)"
        log.add(Diagnostic(.error, file: reading.location, line: e?.line, "file rejected: \(reading.rejection ?? "")"))
        return reading
    }
}
