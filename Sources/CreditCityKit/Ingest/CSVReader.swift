import Foundation

/// One CSV record with the physical line it starts on, so diagnostics can point into the file.
public struct CSVRow: Sendable, Equatable {
    public var fields: [String]
    /// 1-based physical line of the record's first byte (the header is line 1).
    public var line: Int
    /// Fields longer than the reader's limit, by index, with their size in bytes; such a field is
    /// left empty in `fields`, so a 50 MB cell never becomes a 50 MB string.
    public var oversized: [Int: Int]

    public init(fields: [String], line: Int, oversized: [Int: Int] = [:]) {
        self.fields = fields
        self.line = line
        self.oversized = oversized
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

    /// Text between a closing quote and the next comma or line end, e.g. `"abc"def`. When the quoted
    /// field ran over several lines, the likely mistake is a quote left open where it started, so the
    /// error is reported there.
    public static func textAfterClosingQuote(line: Int, field: Int, openedOn: Int? = nil) -> ContentSyntaxError {
        guard let openedOn, openedOn != line else {
            return ContentSyntaxError(line: line, reason: "field \(field) has text after its closing quote; "
                + "a quote inside a quoted field must be doubled")
        }
        return ContentSyntaxError(line: openedOn, reason: "field \(field) opens a quote on line \(openedOn) that runs to line \(line) "
            + "and is followed there by text; is a closing quote missing on line \(openedOn)? (a quote inside a quoted field must be doubled)")
    }
}

/// An RFC 4180 reader over decoded text, one record at a time.
///
/// It works on the UTF-8 bytes: every delimiter is ASCII, so no byte of a multi-byte character can be
/// mistaken for one, and byte scanning is much faster than `Character` iteration on large exports.
///
/// A record that breaks RFC 4180 throws from `next()`, after which reading resumes on the line after
/// the one the bad record started on: one stray quote costs its record, not the rest of the file.
public struct CSVReader: Sendable {
    private static let quote = UInt8(ascii: "\"")
    private static let comma = UInt8(ascii: ",")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")

    private let bytes: [UInt8]
    private var position = 0
    /// Physical line of the byte at `position`.
    private var line = 1
    /// Fields longer than this many bytes are measured but not kept (`CSVRow.oversized`).
    private let fieldLimit: Int
    private var oversized: [Int: Int] = [:]

    /// The physical line the next record starts on (after a syntax error: where reading resumes).
    public var currentLine: Int { line }
    /// Whether nothing but line ends is left.
    public var atEnd: Bool { bytes[position...].allSatisfy { $0 == Self.lineFeed || $0 == Self.carriageReturn } }

    public init(text: String, fieldLimit: Int = .max) {
        bytes = Array(text.utf8)
        self.fieldLimit = fieldLimit
    }

    /// Every record of `text`, header included.
    public static func rows(_ text: String) throws -> [CSVRow] {
        var reader = CSVReader(text: text)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }

    /// The next record, or nil at the end of the text. Completely empty lines are skipped. A syntax
    /// error throws, and the next call continues on the line after the bad record's first line.
    public mutating func next() throws -> CSVRow? {
        skipEmptyLines()
        guard position < bytes.count else { return nil }
        let startLine = line, start = position
        var fields: [String] = []
        oversized = [:]
        while true {
            // `position` may be at the end here when the text ends right after a comma.
            let field: String
            do {
                field = position < bytes.count && bytes[position] == Self.quote
                    ? try quotedField(number: fields.count + 1)
                    : try unquotedField(number: fields.count + 1)
            } catch {
                resume(afterLineStartingAt: start, line: startLine)
                throw error
            }
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
        return CSVRow(fields: fields, line: startLine, oversized: oversized)
    }

    /// Moves to the start of the line after the one that begins at `start` (line `line`).
    private mutating func resume(afterLineStartingAt start: Int, line startLine: Int) {
        position = start
        while position < bytes.count, bytes[position] != Self.lineFeed { position += 1 }
        if position < bytes.count { position += 1 }
        line = startLine + 1
    }

    /// The field's text, or "" with its size noted when it is over the limit.
    private mutating func keep(_ value: ArraySlice<UInt8>, count: Int, number: Int) -> String {
        guard count <= fieldLimit else {
            oversized[number - 1] = count
            return ""
        }
        return String(decoding: value, as: UTF8.self)
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
        // One pass over the raw buffer: exports hold fields of any size, and a damaged one may hold
        // megabytes in a single cell.
        let (end, quoteAt) = bytes.withUnsafeBufferPointer { buffer -> (Int, Bool) in
            var i = start
            while i < buffer.count {
                let byte = buffer[i]
                if byte == 0x2C || byte == 0x0A { return (i, false) }                           // , LF
                if byte == 0x0D, i + 1 == buffer.count || buffer[i + 1] == 0x0A { return (i, false) }  // CR LF
                if byte == 0x22 { return (i, true) }                                             // "
                i += 1
            }
            return (i, false)
        }
        position = end
        if quoteAt { throw ContentSyntaxError.quoteInUnquotedField(line: line, field: number) }
        return keep(bytes[start..<end], count: end - start, number: number)
    }

    /// Where the next `byte` is at or after `from` (the end when there is none), and how many line
    /// feeds come before it; `memchr` finds both, so a long quoted field costs no byte loop.
    private func scan(to byte: UInt8, from: Int) -> (index: Int, lineFeeds: Int) {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress, from < buffer.count else { return (buffer.count, 0) }
            let end = memchr(base + from, Int32(byte), buffer.count - from)
                .map { base.distance(to: $0.assumingMemoryBound(to: UInt8.self)) } ?? buffer.count
            var lineFeeds = 0, i = from
            while i < end, let lf = memchr(base + i, 0x0A, end - i) {
                lineFeeds += 1
                i = base.distance(to: lf.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return (end, lineFeeds)
        }
    }

    /// A quoted field; `""` is a literal quote and line ends inside it are kept byte for byte.
    private mutating func quotedField(number: Int) throws -> String {
        let openedOn = line
        position += 1
        var value: [UInt8] = []
        var size = 0
        // Bytes past the limit are counted, not copied.
        func take(_ chunk: ArraySlice<UInt8>) {
            size += chunk.count
            if size <= fieldLimit { value.append(contentsOf: chunk) }
        }
        while true {
            let (quoteAt, lineFeeds) = scan(to: Self.quote, from: position)
            line += lineFeeds
            guard quoteAt < bytes.count else {
                position = bytes.count
                throw ContentSyntaxError.unterminatedQuote(openedOn: openedOn)
            }
            take(bytes[position..<quoteAt])
            position = quoteAt + 1
            // A doubled quote is one quote of the text; a single one closes the field.
            guard position < bytes.count, bytes[position] == Self.quote else { break }
            take([Self.quote])
            position += 1
        }
        if position < bytes.count, bytes[position] != Self.comma, !isLineEnd(at: position) {
            throw ContentSyntaxError.textAfterClosingQuote(line: line, field: number, openedOn: openedOn)
        }
        return keep(value[...], count: size, number: number)
    }
}
