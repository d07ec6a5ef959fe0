/// One CSV record with the physical line it starts on, so diagnostics can point into the file.
public struct CSVRow: Sendable, Equatable {
    public var fields: [String]
    /// 1-based physical line of the record's first byte (the header is line 1).
    public var line: Int

    public init(fields: [String], line: Int) {
        self.fields = fields
        self.line = line
    }
}

/// How a CSV file breaks RFC 4180; reported, not repaired, because the webmaster must fix the file.
extension ContentSyntaxError {
    /// A quote that opens a field and is never matched; everything after it was swallowed.
    public static func unterminatedQuote(openedOn line: Int) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "quoted field opened on line \(line) is never closed")
    }

    /// A `"` inside a field that did not start with one (RFC 4180 requires quoting the whole field).
    public static func quoteInUnquotedField(line: Int, field: Int) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "field \(field) contains a quote character but is not enclosed in quotes; "
            + "enclose the whole field in quotes and double the quotes inside it")
    }

    /// Text between a closing quote and the next comma or line end, e.g. `"abc"def`.
    public static func textAfterClosingQuote(line: Int, field: Int) -> ContentSyntaxError {
        ContentSyntaxError(line: line, reason: "field \(field) has text after its closing quote; "
            + "a quote inside a quoted field must be doubled")
    }
}

/// An RFC 4180 reader over decoded text, one record at a time.
///
/// It works on the UTF-8 bytes: every delimiter is ASCII, so no byte of a multi-byte character can be
/// mistaken for one, and byte scanning is much faster than `Character` iteration on large exports.
public struct CSVReader: Sendable {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    private var position = 0
    /// Physical line of the byte at `position`.
    private var line = 1

    public init(text: String) {
        bytes = Array(text.utf8)
    }

    /// Whether fields are made (false when only the syntax is checked).
    private var collecting = true

    /// Throws the first syntax error of `text`, without making its fields: a file that breaks RFC 4180
    /// is rejected whole, so it is checked before its rows are read one by one.
    public static func check(_ text: String) throws {
        var reader = CSVReader(text: text)
        reader.collecting = false
        while try reader.next() != nil {}
    }

    /// Every record of `text`, header included.
    public static func rows(_ text: String) throws -> [CSVRow] {
        var reader = CSVReader(text: text)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// The next record, or nil at the end of the text. Completely empty lines are skipped.
    public mutating func next() throws -> CSVRow? {
        skipEmptyLines()
        guard position < bytes.count else { return nil }
        let startLine = line
        var fields: [String] = []
        while true {
            // `position` may be at the end here when the text ends right after a comma.
            let field = position < bytes.count && bytes[position] == Self.quote
                ? try quotedField(number: fields.count + 1)
                : try unquotedField(number: fields.count + 1)
            fields.append(field)
            // Each field parser stops on a comma, a line end or the end of the text.
            guard position < bytes.count else { break }
            if bytes[position] == Self.comma {
                position += 1
                continue
            }
            consumeLineEnd()
            break
        }
        return CSVRow(fields: fields, line: startLine)
    }

    /// Whether a line end (LF, CRLF, or a CR as the very last byte) starts at `index`.
    private func isLineEnd(at index: Int) -> Bool {
        let byte = bytes[index]
        if byte == Self.lineFeed { return true }
        guard byte == Self.carriageReturn else { return false }
        return index + 1 == bytes.count || bytes[index + 1] == Self.lineFeed
    }

    private mutating func consumeLineEnd() {
        if bytes[position] == Self.carriageReturn { position += 1 }
        if position < bytes.count, bytes[position] == Self.lineFeed {
            position += 1
            line += 1
        }
    }

    private mutating func skipEmptyLines() {
        while position < bytes.count, isLineEnd(at: position) { consumeLineEnd() }
    }

    /// An unquoted field up to the next comma or line end; a quote inside it is an error.
    private mutating func unquotedField(number: Int) throws -> String {
        let start = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == Self.comma || isLineEnd(at: position) { break }
            if byte == Self.quote { throw ContentSyntaxError.quoteInUnquotedField(line: line, field: number) }
            position += 1
        }
        return collecting ? String(decoding: bytes[start..<position], as: UTF8.self) : ""
    }

    /// A quoted field; `""` is a literal quote and line ends inside it are kept byte for byte.
    private mutating func quotedField(number: Int) throws -> String {
        let openedOn = line
        position += 1
        var value: [UInt8] = []
        var chunkStart = position
        while true {
            guard position < bytes.count else { throw ContentSyntaxError.unterminatedQuote(openedOn: openedOn) }
            let byte = bytes[position]
            if byte == Self.lineFeed {
                line += 1
            } else if byte == Self.quote {
                if collecting { value.append(contentsOf: bytes[chunkStart..<position]) }
                position += 1
                if position < bytes.count, bytes[position] == Self.quote {
                    if collecting { value.append(Self.quote) }
                    position += 1
                    chunkStart = position
                    continue
                }
                break
            }
            position += 1
        }
        if position < bytes.count, bytes[position] != Self.comma, !isLineEnd(at: position) {
            throw ContentSyntaxError.textAfterClosingQuote(line: line, field: number)
        }
        return collecting ? String(decoding: value, as: UTF8.self) : ""
    }
}
