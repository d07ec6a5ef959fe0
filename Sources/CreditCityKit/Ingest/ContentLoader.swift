import Foundation

/// Reads one content file into raw rows keyed by the kind's field catalog.
///
/// Works file by file and hands each row to the caller, so memory holds one file's text at a time
/// rather than the whole content folder.
public enum ContentLoader {
    /// A file that cannot be read at all (permissions, I/O); this fails the build.
    public struct Unreadable: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): error: cannot read: \(reason)" }
    }

    /// Reads `file` and calls `row` for each record. Problems with the file as a whole (encoding, a
    /// missing required column) are logged as one error that names how many rows were rejected with
    /// it; a record that breaks the syntax, has a field over `limits`, or bytes that are not UTF-8 is
    /// rejected alone; unknown columns get one warning per file, control characters one per field.
    public static func read(_ file: ContentFile, limits: ContentLimits = ContentLimits(), log: inout DiagnosticLog,
                            row: (RawRow) -> Void) throws {
        let bytes: [UInt8]
        do {
            bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw Unreadable(file: file.displayPath, reason: (error as NSError).localizedDescription)
        }
        guard !bytes.isEmpty else {
            log.add(Messages.noRecords(file: file.displayPath, empty: true))
            return
        }
        let decoded: DecodedText
        do {
            decoded = try TextDecoding.decodeContent(bytes)
        } catch let e as TextDecodingError {
            log.add(Diagnostic(.error, file: file.displayPath, line: e.line, "file rejected: byte \(e.offset): \(e.reason)"))
            return
        }
        let screen = RecordScreen(file: file, catalog: file.kind.catalog, limits: limits, invalidBytes: decoded.invalidBytes)
        switch file.format {
        case .csv: readCSV(decoded.text, file: file, screen: screen, log: &log, row: row)
        case .json: readJSON(decoded.text, file: file, screen: screen, log: &log, row: row)
        }
    }

    static func readCSV(_ text: String, file: ContentFile, screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) {
        var reader = CSVReader(text: text, fieldLimit: screen.limits.fieldBytes)
        let header: CSVRow
        do {
            guard let first = try reader.next() else {
                log.add(Messages.noRecords(file: file.displayPath, empty: true))
                return
            }
            header = first
        } catch {
            rejectFile(file, error, log: &log)
            return
        }
        // Records in order; one that breaks the syntax is reported and the reader goes on after it.
        var rows: [CSVRow] = []
        var broken = 0
        while true {
            do {
                guard let r = try reader.next() else { break }
                rows.append(r)
            } catch let e as ContentSyntaxError {
                broken += 1
                log.add(Messages.syntax(e, file: file.displayPath, resumesOn: reader.atEnd ? nil : reader.currentLine))
            } catch {
                rejectFile(file, error, log: &log)
                return
            }
        }
        let catalog = file.kind.catalog
        guard let columns = mapColumns(header.fields, catalog: catalog, file: file, line: header.line,
                                       recordCount: rows.count, log: &log) else { return }
        if rows.isEmpty, broken == 0 { log.add(Messages.noRecords(file: file.displayPath, empty: false)) }
        for (n, r) in rows.enumerated() {
            var values = [String?](repeating: nil, count: catalog.fields.count)
            if r.fields.count > header.fields.count,
               r.fields[header.fields.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                log.add(Diagnostic(.warning, file: file.displayPath, line: r.line,
                                   "row has \(r.fields.count) cells but the header has \(header.fields.count); the extra cells are ignored"))
            }
            var oversized: [Int: Int] = [:]
            for (i, cell) in r.fields.enumerated() where i < columns.count {
                guard let f = columns[i] else { continue }
                values[f] = cell
                if let size = r.oversized[i] { oversized[f] = size }
            }
            let lastLine = n + 1 < rows.count ? rows[n + 1].line - 1 : Int.max
            guard screen.screen(&values, line: r.line, lastLine: lastLine, oversized: oversized, log: &log) else { continue }
            row(RawRow(location: SourceLocation(file: file.displayPath, line: r.line), values: values))
        }
    }

    static func readJSON(_ text: String, file: ContentFile, screen: RecordScreen, log: inout DiagnosticLog, row: (RawRow) -> Void) {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            rejectFile(file, error, log: &log)
            return
        }
        if records.isEmpty { log.add(Messages.noRecords(file: file.displayPath, empty: false)) }
        let catalog = file.kind.catalog
        // Keys are mapped as CSV headers are: one warning per file for those the standard does not know.
        var unknown = Set<String>()
        var present = Set<Int>()
        var mapped: [(RawRow)] = []
        for r in records {
            var values = [String?](repeating: nil, count: catalog.fields.count)
            for (k, v) in r.values.sorted(by: { $0.key < $1.key }) {
                if let f = catalog.index(ofHeader: k) {
                    values[f] = v
                    present.insert(f)
                } else {
                    unknown.insert(k)
                }
            }
            mapped.append(RawRow(location: SourceLocation(file: file.displayPath, line: r.line), values: values))
        }
        // A key that some records of the file carry is a column of the file: the others have it empty,
        // exactly as a CSV cell would be (this matters for 审核状态, where an empty cell is "not approved").
        for i in mapped.indices {
            for f in present where mapped[i].values[f] == nil { mapped[i].values[f] = "" }
        }
        if !unknown.isEmpty {
            log.add(Messages.unknownColumns(unknown.sorted(), what: "keys", file: file.displayPath, line: nil))
        }
        // A JSON export has no header; a required field missing from every record is the same
        // mistake as a missing CSV column and is reported once, rather than once per record.
        let missing = catalog.fields.indices.filter { catalog.fields[$0].columnRequired && !present.contains($0) }
        if !records.isEmpty, !missing.isEmpty {
            log.add(Messages.missingColumns(missing.map { catalog.fields[$0] }, file: file.displayPath, line: nil, rejected: records.count))
            return
        }
        for var r in mapped {
            guard screen.screen(&r.values, line: r.location.line, lastLine: r.location.line, oversized: [:], log: &log) else { continue }
            row(r)
        }
    }

    /// One error for a file that cannot be parsed, at the line where parsing stopped.
    static func rejectFile(_ file: ContentFile, _ error: any Error, log: inout DiagnosticLog) {
        let e = error as? ContentSyntaxError
        log.add(Diagnostic(.error, file: file.displayPath, line: e?.line, "file rejected: \(e?.reason ?? "\(error)")"))
    }

    /// Maps header cells to catalog fields; nil (and one error) when the file cannot be used.
    static func mapColumns(_ header: [String], catalog: FieldCatalog, file: ContentFile, line: Int,
                           recordCount: Int, log: inout DiagnosticLog) -> [Int?]? {
        var columns: [Int?] = []
        var unknown: [String] = []
        var seen: [Int: Int] = [:]
        for (i, h) in header.enumerated() {
            let name = h.trimmingWhitespace()
            if name.isEmpty { columns.append(nil); continue }
            guard let f = catalog.index(ofHeader: name) else {
                unknown.append(name)
                columns.append(nil)
                continue
            }
            if let earlier = seen[f] {
                log.add(Diagnostic(.error, file: file.displayPath, line: line, field: catalog.fields[f].code,
                                   "file rejected (\(recordCount) rows): columns \(earlier + 1) and \(i + 1) both hold \(catalog.fields[f].code) \(catalog.fields[f].name)"))
                return nil
            }
            seen[f] = i
            columns.append(f)
        }
        if !unknown.isEmpty {
            log.add(Messages.unknownColumns(unknown, what: "columns", file: file.displayPath, line: line))
        }
        let missing = catalog.fields.indices.filter { catalog.fields[$0].columnRequired && seen[$0] == nil }
        if !missing.isEmpty {
            log.add(Messages.missingColumns(missing.map { catalog.fields[$0] }, file: file.displayPath, line: line, rejected: recordCount))
            return nil
        }
        return columns
    }
}
