/// One record of a JSON content file, flattened to text like a CSV row so both feed the same validator.
public struct JSONRecord: Sendable, Equatable {
    /// Field code or Chinese header → text; null and missing values are absent.
    public var values: [String: String]
    /// 1-based position in a JSON array, or the physical line in JSON Lines (SPEC section 1).
    public var line: Int

    public init(values: [String: String], line: Int) {
        self.values = values
        self.line = line
    }
}

/// Why a JSON content file cannot be read.
///
/// For a syntax error `line` is the physical line (with the column in the reason), because that is where
/// an editor must go; for a well-formed record of the wrong shape it is the record's `JSONRecord.line`.
extension ContentSyntaxError {
    /// Malformed JSON at a physical line and character column.
    static func syntax(line: Int, column: Int, _ what: String) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "invalid JSON at column \(column): \(what)")
    }

    /// A well-formed element that is a string, number, … instead of an object.
    static func notAnObject(line: Int, found kind: String) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "record is \(kind), not an object")
    }

    /// A field whose value is an object or array, which no column of the standard can hold.
    static func nested(line: Int, key: String, kind: String) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "value of \"\(key)\" is \(kind); "
            + "only text, numbers, true/false and null are allowed")
    }

    /// A key given twice; which value is meant cannot be guessed.
    static func duplicateKey(line: Int, key: String) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "key \"\(key)\" appears twice in the record")
    }
}

/// Reads a JSON array of flat objects or JSON Lines into `JSONRecord`s.
///
/// A scanner of our own rather than `JSONSerialization`: it keeps the exact text of numbers (no binary
/// floating point, no `12.0`), tells booleans from numbers on every platform, and can say where an error is.
public enum JSONRecordReader {
    /// All records of `text`; an empty text holds none.
    public static func records(_ text: String) throws -> [JSONRecord] {
        var scanner = JSONScanner(Array(text.utf8))
        scanner.skipWhitespace()
        guard let first = scanner.peek else { return [] }
        switch first {
        case UInt8(ascii: "["): return try arrayRecords(&scanner)
        case UInt8(ascii: "{"): return try lineRecords(&scanner)
        default:
            throw scanner.error("expected a JSON array of objects, or JSON Lines with one object per line")
        }
    }

    /// `[ {…}, {…} ]`: records numbered by position.
    private static func arrayRecords(_ scanner: inout JSONScanner) throws -> [JSONRecord] {
        var records: [JSONRecord] = []
        scanner.advance()
        scanner.skipWhitespace()
        if scanner.peek == UInt8(ascii: "]") {
            scanner.advance()
        } else {
            while true {
                scanner.skipWhitespace()
                let position = records.count + 1
                records.append(JSONRecord(values: try scanner.object(recordLine: position), line: position))
                scanner.skipWhitespace()
                if scanner.consume(UInt8(ascii: ",")) { continue }
                if scanner.consume(UInt8(ascii: "]")) { break }
                throw scanner.error("expected ',' or ']' after record \(position)")
            }
        }
        scanner.skipWhitespace()
        guard scanner.peek == nil else { throw scanner.error("text after the end of the array") }
        return records
    }

    /// JSON Lines: one object per line, blank lines allowed, records numbered by physical line.
    private static func lineRecords(_ scanner: inout JSONScanner) throws -> [JSONRecord] {
        var records: [JSONRecord] = []
        while scanner.peek != nil {
            let line = scanner.line
            records.append(JSONRecord(values: try scanner.object(recordLine: line), line: line))
            scanner.skipBlanksOnLine()
            if let next = scanner.peek, next != UInt8(ascii: "\n") {
                throw scanner.error("expected a line end after the record (JSON Lines holds one object per line)")
            }
            scanner.skipWhitespace()
        }
        return records
    }
}
