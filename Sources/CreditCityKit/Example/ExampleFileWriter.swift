/// Writes one data file of the example city byte for byte as its platform exports it, and tells where
/// each row landed (the physical line of a CSV record, the position in a JSON array, the line of JSON
/// Lines, the row of a sheet), which the build reports its decisions by.
enum ExampleFileWriter {
    struct Written {
        var bytes: [UInt8]
        /// Where each row of `ExampleFile.rows` is, as the build names it: `penalties/x.csv:17`, a
        /// workbook's rows as `penalties/x.xlsx[10月]:3`.
        var locations: [SourceLocation]
    }

    /// A file that cannot be written in its encoding (a character GB18030 lacks), or a workbook that was
    /// not built into the library.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func write(_ file: ExampleFile) throws -> Written {
        let rows = file.rows
        switch file.format {
        case .workbook:
            guard let workbook = EmbeddedResources.exampleWorkbook.first else {
                throw Failure(description: "\(file.rawValue): the workbook was not built into CreditCityKit")
            }
            return Written(bytes: workbook.bytes, locations: ExampleWorkbook.locations(path: file.rawValue))
        case .jsonArray, .jsonLines:
            let objects = rows.enumerated().map { i, row in
                columns(of: file).compactMap { code in value(row, code, file, i).map { "\(json(code)): \(json($0))" } }
            }
            let text = file.format == .jsonArray
                ? "[\n" + objects.map { "  {\n    " + $0.joined(separator: ",\n    ") + "\n  }" }.joined(separator: ",\n") + "\n]\n"
                : objects.map { "{" + $0.joined(separator: ", ") + "}\n" }.joined()
            return Written(bytes: Array(text.utf8), locations: rows.indices.map { SourceLocation(file: file.rawValue, line: $0 + 1) })
        case .csv, .legacyCSV:
            let codes = file.format == .legacyCSV ? LegacyTemplate.penalties.fields.map(\.code) : columns(of: file)
            var header = file.format == .legacyCSV ? LegacyTemplate.penalties.fields.map(\.name)
                : codes.map { file.chineseHeaders ? file.catalog.spec($0).name : $0 }
            if file.numbered { header.insert("序号", at: 0) }
            var lines = [csvLine(header)]
            var locations: [SourceLocation] = []
            var line = 2
            for (i, row) in rows.enumerated() {
                var cells = codes.map { value(row, $0, file, i) ?? "" }
                if file.numbered { cells.insert(String(i + 1), at: 0) }
                locations.append(SourceLocation(file: file.rawValue, line: line))
                line += 1 + cells.reduce(0) { $0 + $1.utf8.count { $0 == 0x0A } }
                lines.append(csvLine(cells))
            }
            let text = lines.map { $0 + file.newline }.joined()
            return Written(bytes: try encode(text, file), locations: locations)
        }
    }

    /// The field codes any row of the file has, in the standard's order.
    static func columns(of file: ExampleFile) -> [String] {
        let rows = file.rows
        return file.catalog.fields.map(\.code).filter { code in rows.contains { $0.fields[code] != nil } }
    }

    /// A row's value of `code` as the file writes it: days in the style of the row's turn.
    static func value(_ row: ExampleRow, _ code: String, _ file: ExampleFile, _ index: Int) -> String? {
        switch row.fields[code] {
        case .text(let text): text
        case .day(let iso): file.dateStyles[index % file.dateStyles.count].render(iso)
        case nil: nil
        }
    }

    /// RFC 4180: a field with a comma, a quote or a line end is quoted, its quotes doubled.
    static func csvLine(_ cells: [String]) -> String {
        cells.map { cell in
            cell.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" })
                ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
        }.joined(separator: ",")
    }

    /// A JSON string as the feeds write one (Chinese text stays as it is).
    static func json(_ text: String) -> String {
        var out: [UInt8] = []
        JSONValue.writeString(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The text in the file's encoding; GB18030 through the system's iconv.
    static func encode(_ text: String, _ file: ExampleFile) throws -> [UInt8] {
        switch file.encoding {
        case .utf8: return Array(text.utf8)
        case .utf8WithBOM: return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        case .gb18030:
            do {
                return try Iconv.convert(Array(text.utf8), from: "UTF-8", to: "GB18030")
            } catch {
                throw Failure(description: "\(file.rawValue): cannot be written in GB18030 (\(error))")
            }
        }
    }
}
