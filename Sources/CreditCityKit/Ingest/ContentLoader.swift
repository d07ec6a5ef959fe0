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
    /// Problems with a table as a whole (encoding, no header, a missing required column) are logged as
    /// one error that names how many rows were rejected with it; unknown columns get one warning per
    /// table. A record that breaks the CSV syntax, has a field over `limits` or bytes that are not
    /// UTF-8 is rejected alone (`RecordScreen`); control characters are removed with a warning.
    /// Returns how each table of the file was read.
    @discardableResult
    public static func read(_ file: ContentFile, aliases: [String: String] = [:], limits: ContentLimits = ContentLimits(),
                            log: inout DiagnosticLog, row: (RawRow) -> Void) throws -> [TableReading] {
        if file.format == .xlsx { return try readWorkbook(file, aliases: aliases, limits: limits, log: &log, row: row) }
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw Unreadable(file: file.displayPath, reason: (error as NSError).localizedDescription)
        }
        var reading = TableReading(location: file.displayPath)
        guard !bytes.isEmpty else {
            reading.skipped = "empty"
            log.add(Messages.noRecords(file: file.displayPath, empty: true))
            return [reading]
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decodeContent(bytes)
            reading.encoding = decoded.encoding
        } catch {
            let e = error as? TextDecodingError
            reading.rejection = e.map { "byte \($0.offset): \($0.reason)" } ?? "\(error)"
            log.add(Diagnostic(.error, file: file.displayPath, line: e?.line, "file rejected: \(reading.rejection ?? "")"))
            return [reading]
        }
        let screen = RecordScreen(limits: limits, invalidBytes: decoded.invalidBytes)
        switch file.format {
        case .csv: return [readCSV(decoded.text, reading, kind: file.kind, aliases: aliases, screen: screen, log: &log, row: row)]
        case .json, .xlsx: return [readJSON(decoded.text, reading, kind: file.kind, aliases: aliases, screen: screen, log: &log, row: row)]
        }
    }

    /// What reading a CSV text gave, in file order: a record, or one that broke the syntax.
    enum CSVItem {
        case record(CSVRow)
        case broken(ContentSyntaxError, resumesOn: Int?)
    }

    /// A record that breaks RFC 4180 is reported and reading resumes on the next line, so the records
    /// around it are kept; only a broken header rejects the file.
    static func readCSV(_ text: String, _ reading: TableReading, kind: RecordKind, aliases: [String: String],
                        screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        var reader = CSVReader(text: text, fieldLimit: screen.limits.fieldBytes)
        var items: [CSVItem] = []
        while true {
            do {
                guard let r = try reader.next() else { break }
                items.append(.record(r))
            } catch let e as ContentSyntaxError {
                items.append(.broken(e, resumesOn: reader.atEnd ? nil : reader.currentLine))
            } catch {
                return rejectFile(reading, error, log: &log)
            }
        }
        var table = TableReader(reading, kind: kind, aliases: aliases, screen: screen)
        for (n, item) in items.enumerated() {
            switch item {
            case .record(let r):
                let next = items[(n + 1)...].lazy.compactMap { if case .record(let later) = $0 { later.line } else { nil } }.first
                table.add(r.fields, line: r.line, lastLine: next.map { $0 - 1 } ?? Int.max, oversized: r.oversized, log: &log, emit: row)
            case .broken(let e, let resume):
                guard table.reading.mapping != nil else { return rejectFile(table.reading, e, log: &log) }
                table.broken()
                log.add(Messages.syntax(e, file: reading.location, resumesOn: resume))
            }
        }
        table.finish(log: &log)
        return table.reading
    }

    /// JSON records are mapped as CSV rows are, their keys taken as the header: a key that some records
    /// carry is a column of the file, and the others have it empty, exactly as a CSV cell would be (this
    /// matters for 审核状态, where an empty cell is "not approved").
    static func readJSON(_ text: String, _ reading: TableReading, kind: RecordKind, aliases: [String: String],
                         screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var table = TableReader(reading, kind: kind, aliases: aliases, keyed: true, screen: screen)
        guard !records.isEmpty else {
            table.finish(log: &log)
            return table.reading
        }
        let keys = Set(records.flatMap(\.values.keys)).sorted()
        table.useKeys(keys, log: &log)
        for r in records { table.add(keys.map { r.values[$0] ?? "" }, line: r.line, log: &log, emit: row) }
        table.finish(log: &log)
        return table.reading
    }

    /// Every sheet of a workbook in tab order, each a table of its own; a damaged sheet stops at the
    /// damage and the other sheets are still read.
    static func readWorkbook(_ file: ContentFile, aliases: [String: String], limits: ContentLimits, log: inout DiagnosticLog,
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
                                    kind: file.kind, aliases: aliases, screen: RecordScreen(limits: limits))
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
