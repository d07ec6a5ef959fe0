import Foundation

/// Reads one content file into raw rows keyed by the kind's field catalog.
///
/// Works file by file and hands each row to the caller, so memory holds one file's text at a time
/// (and for a workbook not even that: its sheets stream) rather than the whole content folder.
public enum ContentLoader {
    /// Reads `file` and calls `row` for each record; `aliases` are site.yaml's `columns` for its dataset.
    /// Problems with a table as a whole (encoding, no header, a missing required column) are logged as
    /// one error that names how many rows were rejected with it; unknown columns get one warning per
    /// table. A record that breaks the CSV syntax, has a field over `limits` or bytes that are not
    /// UTF-8 is rejected alone (`RecordScreen`); control characters are removed with a warning.
    /// Returns how each table of the file was read. `bytes`, when given, are the file's bytes already
    /// read (a CSV or JSON file whose hash was taken).
    @discardableResult
    public static func read(_ file: ContentFile, bytes known: [UInt8]? = nil, aliases: [String: String] = [:],
                            limits: ContentLimits = ContentLimits(), log: inout DiagnosticLog,
                            row: (RawRow) -> Void) throws -> [TableReading] {
        if file.format == .xlsx { return try readWorkbook(file, aliases: aliases, limits: limits, log: &log, row: row) }
        let bytes = try known ?? Self.bytes(of: file)
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
            log.add(Messages.fileRejected(file.displayPath, line: e?.line, reading.rejection ?? ""))
            return [reading]
        }
        let screen = RecordScreen(limits: limits, invalidBytes: decoded.invalidBytes)
        switch file.format {
        case .csv: return [readCSV(decoded.text, reading, folder: file.folder, aliases: aliases, screen: screen, log: &log, row: row)]
        case .json, .xlsx: return [readJSON(decoded.text, reading, folder: file.folder, aliases: aliases, screen: screen, log: &log, row: row)]
        }
    }

    /// A record that breaks RFC 4180 is reported and reading resumes on the next line, so the records
    /// around it are kept; only a broken header rejects the file. Records are handed on as they are
    /// read, each once the next good record (which bounds its lines) is known: a long export is never
    /// held as rows.
    static func readCSV(_ text: String, _ reading: TableReading, folder: DataFolder, aliases: [String: String],
                        screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        var reader = CSVReader(text: text, fieldLimit: screen.limits.fieldBytes)
        var table = TableReader(reading, folder: folder, aliases: aliases, screen: screen)
        // The last good record, not yet handed on, and the broken ones read after it.
        var pending: CSVRow?
        var broken: [(ContentSyntaxError, resumesOn: Int?)] = []
        // Hands on the pending record, its lines ending before `nextLine`, then reports the broken ones;
        // false when a broken record comes before the header (the file is rejected).
        func flush(nextLine: Int?) -> Bool {
            if let r = pending {
                table.add(r.fields, line: r.line, lastLine: nextLine.map { $0 - 1 } ?? Int.max, oversized: r.oversized, log: &log, emit: row)
                pending = nil
            }
            for (e, resume) in broken {
                guard table.reading.mapping != nil else { return false }
                table.broken()
                log.add(Messages.syntax(e, file: reading.location, resumesOn: resume))
            }
            broken.removeAll()
            return true
        }
        while true {
            do {
                guard let r = try reader.next() else { break }
                guard flush(nextLine: r.line) else { return rejectFile(table.reading, broken[0].0, log: &log) }
                pending = r
            } catch let e as ContentSyntaxError {
                broken.append((e, reader.atEnd ? nil : reader.currentLine))
            } catch {
                return rejectFile(table.reading, error, log: &log)
            }
        }
        guard flush(nextLine: nil) else { return rejectFile(table.reading, broken[0].0, log: &log) }
        table.finish(log: &log)
        return table.reading
    }

    /// JSON records are mapped as CSV rows are, their keys taken as the header: a key that some records
    /// carry is a column of the file, and the others have it empty, exactly as a CSV cell would be (this
    /// matters for 审核状态, where an empty cell is "not approved").
    static func readJSON(_ text: String, _ reading: TableReading, folder: DataFolder, aliases: [String: String],
                         screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) -> TableReading {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            return rejectFile(reading, error, log: &log)
        }
        var table = TableReader(reading, folder: folder, aliases: aliases, keyed: true, screen: screen)
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
                                    folder: file.folder, aliases: aliases, screen: RecordScreen(limits: limits))
            if sheet.hidden || sheet.part == nil {
                var reading = table.reading
                reading.skipped = sheet.hidden ? "a hidden sheet (templates keep drop-down lists there)" : "a chart sheet, which has no cells"
                if sheet.hidden { log.add(Messages.ignoredSheet(reading.location, reading.skipped ?? "")) }
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
                sheetLog.add(Messages.damagedSheet(table.reading.location, row: at, "\(error)"))
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
