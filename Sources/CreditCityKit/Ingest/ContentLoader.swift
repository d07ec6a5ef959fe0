import Foundation

/// Reads one content file into raw rows keyed by the kind's field catalog.
///
/// Works file by file and hands each row to the caller, so memory holds one file's text at a time
/// rather than the whole content folder.
public enum ContentLoader {
    /// Reads `file` and calls `row` for each record. Problems with the file as a whole (encoding,
    /// CSV syntax, a missing required column) are logged as one error that names how many rows were
    /// rejected with it; unknown columns get one warning per file.
    public static func read(_ file: ContentFile, log: inout DiagnosticLog, row: (RawRow) -> Void) throws {
        read(file, bytes: try bytes(of: file), log: &log, row: row)
    }

    /// The bytes of a content file; a file that cannot be read fails the build.
    public static func bytes(of file: ContentFile) throws -> [UInt8] {
        do {
            return try [UInt8](Data(contentsOf: URL(fileURLWithPath: file.path)))
        } catch {
            throw BuildError.unreadable(.content, file.displayPath, (error as NSError).localizedDescription)
        }
    }

    /// Reads a content file whose bytes are already in memory.
    public static func read(_ file: ContentFile, bytes: [UInt8], log: inout DiagnosticLog, row: (RawRow) -> Void) {
        let text: String
        do {
            text = try TextDecoding.decode(bytes).text
        } catch {
            log.add(Messages.fileRejected(file.displayPath, line: nil, "\(error)"))
            return
        }
        switch file.format {
        case .csv: readCSV(text, file: file, log: &log, row: row)
        case .json: readJSON(text, file: file, log: &log, row: row)
        }
    }

    static func readCSV(_ text: String, file: ContentFile, log: inout DiagnosticLog, row: (RawRow) -> Void) {
        let rows: [CSVRow]
        do {
            rows = try CSVReader.rows(text)
        } catch {
            rejectFile(file, error, log: &log)
            return
        }
        guard let header = rows.first else { return }
        let catalog = file.folder.catalog
        guard let columns = mapColumns(header.fields, catalog: catalog, file: file, line: header.line,
                                       recordCount: rows.count - 1, log: &log) else { return }
        for r in rows.dropFirst() {
            var values = [String?](repeating: nil, count: catalog.fields.count)
            if r.fields.count > header.fields.count,
               r.fields[header.fields.count...].contains(where: { !$0.trimmingWhitespace().isEmpty }) {
                log.add(Messages.extraCells(r.fields.count, header: header.fields.count, file: file.displayPath, line: r.line))
            }
            for (i, cell) in r.fields.enumerated() where i < columns.count {
                if let f = columns[i] { values[f] = cell }
            }
            row(RawRow(location: SourceLocation(file: file.displayPath, line: r.line), values: values))
        }
    }

    static func readJSON(_ text: String, file: ContentFile, log: inout DiagnosticLog, row: (RawRow) -> Void) {
        let records: [JSONRecord]
        do {
            records = try JSONRecordReader.records(text)
        } catch {
            rejectFile(file, error, log: &log)
            return
        }
        let catalog = file.folder.catalog
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
            log.add(Messages.unknownKeys(unknown.sorted(), file: file.displayPath))
        }
        // A JSON export has no header; a required field missing from every record is the same
        // mistake as a missing CSV column and is reported once, rather than once per record.
        let missing = catalog.fields.indices.filter { catalog.fields[$0].columnRequired && !present.contains($0) }
        if !records.isEmpty, !missing.isEmpty {
            log.add(Messages.missingColumns(missing.map { catalog.fields[$0] }, file: file.displayPath, line: nil, rejected: records.count))
            return
        }
        mapped.forEach(row)
    }

    /// One error for a file that cannot be parsed, at the line where parsing stopped.
    static func rejectFile(_ file: ContentFile, _ error: any Error, log: inout DiagnosticLog) {
        let e = error as? ContentSyntaxError
        log.add(Messages.fileRejected(file.displayPath, line: e?.line, e?.reason ?? "\(error)"))
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
                log.add(Messages.duplicateColumn(catalog.fields[f], columns: (earlier + 1, i + 1), file: file.displayPath, line: line,
                                                 rejected: recordCount))
                return nil
            }
            seen[f] = i
            columns.append(f)
        }
        if !unknown.isEmpty {
            log.add(Messages.unknownColumns(unknown, file: file.displayPath, line: line))
        }
        let missing = catalog.fields.indices.filter { catalog.fields[$0].columnRequired && seen[$0] == nil }
        if !missing.isEmpty {
            log.add(Messages.missingColumns(missing.map { catalog.fields[$0] }, file: file.displayPath, line: line, rejected: recordCount))
            return nil
        }
        return columns
    }
}
