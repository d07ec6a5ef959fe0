import Foundation

/// Reads one content file into raw rows keyed by the kind's field catalog.
///
/// Works file by file and hands each row to the caller, so memory holds one file's text at a time
/// (and for a workbook not even that: its sheets stream) rather than the whole content folder.
public enum ContentLoader {
    /// Reads `file` and calls `row` for each record; `aliases` are site.yaml's `columns` for its dataset.
    /// Problems with a table as a whole (encoding, CSV syntax, no header, a missing required column) are
    /// logged as one error that names how many rows were rejected with it; unknown columns get one
    /// warning per table. Returns how each table of the file was read. `bytes`, when given, are the
    /// file's bytes already read (a CSV or JSON file whose hash was taken).
    @discardableResult
    public static func read(_ file: ContentFile, bytes known: [UInt8]? = nil, aliases: [String: String] = [:], log: inout DiagnosticLog,
                            row: (RawRow) -> Void) throws -> [TableReading] {
        if file.format == .xlsx { return try readWorkbook(file, aliases: aliases, log: &log, row: row) }
        let bytes = try known ?? Self.bytes(of: file)
        var reading = TableReading(location: file.displayPath)
        let text: String
        do {
            let decoded = try TextDecoding.decode(bytes)
            text = decoded.text
            reading.encoding = decoded.encoding
        } catch {
            reading.rejection = "\(error)"
            log.add(Messages.fileRejected(file.displayPath, line: nil, "\(error)"))
            return [reading]
        }
        switch file.format {
        case .csv: return [readCSV(text, reading, folder: file.folder, aliases: aliases, log: &log, row: row)]
        case .json, .xlsx: return [readJSON(text, reading, folder: file.folder, aliases: aliases, log: &log, row: row)]
        }
    }

    static func readCSV(_ text: String, _ reading: TableReading, folder: DataFolder, aliases: [String: String],
                        log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        // Checked whole first, then read a row at a time: a long export is never held as rows.
        do {
            try CSVReader.check(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var reader = CSVReader(text: text)
        var table = TableReader(reading, folder: folder, aliases: aliases)
        while let r = try? reader.next() { table.add(r.fields, line: r.line, log: &log, emit: row) }
        table.finish(log: &log)
        return table.reading
    }

    /// JSON records are mapped as CSV rows are, their keys taken as the header: a key that some records
    /// carry is a column of the file, and the others have it empty, exactly as a CSV cell would be (this
    /// matters for 审核状态, where an empty cell is "not approved").
    static func readJSON(_ text: String, _ reading: TableReading, folder: DataFolder, aliases: [String: String],
                         log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var table = TableReader(reading, folder: folder, aliases: aliases, keyed: true)
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
            throw BuildError.unreadable(.content, file.displayPath, "permission denied or not a file")
        }
        let workbook: Workbook
        do {
            workbook = try Workbook(path: file.path)
        } catch {
            var reading = TableReading(location: file.displayPath)
            reading.rejection = "\(error)"
            log.add(Messages.fileRejected(file.displayPath, line: nil, "\(error)"))
            return [reading]
        }
        var readings: [TableReading] = []
        for sheet in workbook.sheets {
            var table = TableReader(TableReading(location: "\(file.displayPath)[\(sheet.name)]", sheet: sheet.name),
                                    folder: file.folder, aliases: aliases)
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

    /// The bytes of a content file; a file that cannot be read fails the build.
    public static func bytes(of file: ContentFile) throws -> [UInt8] {
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw BuildError.unreadable(.content, file.displayPath, (error as NSError).localizedDescription)
        }
    }

    /// One error for a file that cannot be parsed, at the line where parsing stopped.
    static func rejectFile(_ reading: TableReading, _ error: any Error, log: inout DiagnosticLog) -> TableReading {
        let e = error as? ContentSyntaxError
        var reading = reading
        reading.rejection = e?.reason ?? "\(error)"
        log.add(Messages.fileRejected(reading.location, line: e?.line, reading.rejection ?? ""))
        return reading
    }
}
