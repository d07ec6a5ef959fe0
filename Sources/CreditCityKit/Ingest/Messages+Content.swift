/// The sentences of the reader's own diagnostics: file-level problems, limits and damaged text.
extension Messages {
    /// How many unknown names a warning lists before it says "and N more".
    static let namesListed = 10
    /// How much of one unknown name a warning shows.
    static let nameShown = 40

    /// One warning for the columns (or JSON keys) of a file the standard does not know; a header of a
    /// million unknown columns still prints one short line.
    static func unknownColumns(_ names: [String], what: String, file: String, line: Int?) -> Diagnostic {
        let shown = names.prefix(namesListed).map { name in
            let printable = RecordScreen.removingControlCharacters(name).0
            return printable.count > nameShown ? printable.prefix(nameShown) + "…" : printable
        }
        let more = names.count > namesListed ? " and \(names.count - namesListed) more" : ""
        return Diagnostic(.warning, file: file, line: line, "unknown \(what) ignored: \(shown.joined(separator: ", "))\(more)")
    }

    /// A file with no records: said out loud, so an export that came out empty is noticed.
    static func noRecords(file: String, empty: Bool) -> Diagnostic {
        Diagnostic(.warning, file: file, line: nil, empty ? "the file is empty; no records read" : "the file holds no records")
    }

    /// A record that breaks the file's syntax: only it is rejected, and reading goes on.
    static func syntax(_ error: ContentSyntaxError, file: String, resumesOn next: Int?) -> Diagnostic {
        let resume = next.map { "; reading resumes on line \($0)" } ?? ""
        return Diagnostic(.error, file: file, line: error.line, "record rejected: \(error.reason)\(resume)")
    }

    /// A field over `site.yaml` `limits.field_bytes`.
    static func oversizedField(code: String, name: String, bytes: Int, limit: Int, file: String, line: Int) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, field: code,
                   "\(name) is \(bytes) bytes, over the limit of \(limit) bytes per field (site.yaml limits.field_bytes); record rejected")
    }

    /// Control characters taken out of a field: they have no place in a web page or a feed.
    static func controlCharacters(_ removed: [Unicode.Scalar], field: String?, file: String, line: Int?) -> Diagnostic {
        let codes = Set(removed.map(\.value)).sorted().prefix(5).map { "U+" + String($0, radix: 16, uppercase: true).leftPadded(4) }
        let count = removed.count == 1 ? "1 control character" : "\(removed.count) control characters"
        return Diagnostic(.warning, file: file, line: line, field: field, "\(count) removed (\(codes.joined(separator: ", ")))")
    }

    /// A record holding bytes that are not UTF-8 in a file that otherwise is.
    static func notUTF8(_ first: TextDecodingError, field: String?, file: String, line: Int) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, field: field, "record rejected: line \(first.line): \(first.reason)")
    }
}

extension Messages {
    /// A workbook sheet not read (hidden: templates keep drop-down lists there).
    static func ignoredSheet(_ location: String, _ why: String) -> Diagnostic {
        Diagnostic(.warning, file: location, line: nil, "ignored: \(why)")
    }

    /// A sheet whose XML breaks off: the rows before the damage are kept.
    static func damagedSheet(_ location: String, row: Int?, _ reason: String) -> Diagnostic {
        Diagnostic(.error, file: location, line: row, "sheet damaged, rows from here on not read: \(reason)")
    }
}

extension String {
    /// The string with leading zeros up to `width` characters (hex codes in messages).
    func leftPadded(_ width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}
