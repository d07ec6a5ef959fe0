import Testing
@testable import CreditCityKit

/// RFC 4180 parsing with physical line numbers, as diagnostics need them.
@Suite("CSVReader")
struct CSVReaderTests {
    /// A simple file: the header is line 1, the first record line 2, and no trailing newline is needed.
    @Test("simple file without trailing newline")
    func simple() throws {
        #expect(try CSVReader.rows("a,b\n1,2\n3,4") == [
            CSVRow(fields: ["a", "b"], line: 1),
            CSVRow(fields: ["1", "2"], line: 2),
            CSVRow(fields: ["3", "4"], line: 3),
        ])
    }

    /// CRLF line ends are not left in the last field, and a trailing line end adds no record.
    @Test("CRLF file")
    func crlf() throws {
        #expect(try CSVReader.rows("a,b\r\n1,2\r\n") == [
            CSVRow(fields: ["a", "b"], line: 1),
            CSVRow(fields: ["1", "2"], line: 2),
        ])
    }

    /// Quoted fields hold commas and doubled quotes; surrounding spaces are kept for the validator to trim.
    @Test("quoted comma and doubled quotes")
    func quoted() throws {
        #expect(try CSVReader.rows("名称,说明\n\"某某公司,分公司\",\"他说\"\"好\"\"\"\n x ,\"\"") == [
            CSVRow(fields: ["名称", "说明"], line: 1),
            CSVRow(fields: ["某某公司,分公司", "他说\"好\""], line: 2),
            CSVRow(fields: [" x ", ""], line: 3),
        ])
    }

    /// Embedded LF and CRLF newlines are kept in the field, and later rows count them in their line numbers.
    @Test("embedded newlines and later line numbers")
    func embeddedNewlines() throws {
        let text = "a,b\n1,\"x\ny\nz\"\n2,\"p\r\nq\"\r\n3,3\n"
        #expect(try CSVReader.rows(text) == [
            CSVRow(fields: ["a", "b"], line: 1),
            CSVRow(fields: ["1", "x\ny\nz"], line: 2),
            CSVRow(fields: ["2", "p\r\nq"], line: 5),
            CSVRow(fields: ["3", "3"], line: 7),
        ])
    }

    /// Completely empty lines (LF or CRLF) are skipped but still counted; a line of commas is a record.
    @Test("empty lines")
    func emptyLines() throws {
        #expect(try CSVReader.rows("\na,b\n\n\r\n1,2\n,\n\n") == [
            CSVRow(fields: ["a", "b"], line: 2),
            CSVRow(fields: ["1", "2"], line: 5),
            CSVRow(fields: ["", ""], line: 6),
        ])
    }

    /// Empty fields at the ends of a record and a record ending right after a comma at end of text.
    @Test("empty fields")
    func emptyFields() throws {
        #expect(try CSVReader.rows(",a,\n1,") == [
            CSVRow(fields: ["", "a", ""], line: 1),
            CSVRow(fields: ["1", ""], line: 2),
        ])
        #expect(try CSVReader.rows("") == [])
        #expect(try CSVReader.rows("\r\n\n") == [])
    }

    /// A quote opened and never closed is reported at the line where it was opened.
    @Test("unterminated quote")
    func unterminated() {
        #expect(throws: ContentSyntaxError(line: 3, reason: "quoted field opened on line 3 is never closed")) {
            try CSVReader.rows("a,b\n1,2\n3,\"never\nclosed\n4,5\n")
        }
    }

    /// A quote inside an unquoted field is an error naming the line and field.
    @Test("quote inside unquoted field")
    func quoteInUnquoted() {
        #expect(throws: ContentSyntaxError.quoteInUnquotedField(line: 2, field: 2)) {
            try CSVReader.rows("a,b\n1,5\"2\n")
        }
    }

    /// Text right after a closing quote is an error, reported on the line where it occurs.
    @Test("text after closing quote")
    func textAfterQuote() {
        #expect(throws: ContentSyntaxError.textAfterClosingQuote(line: 2, field: 2)) {
            try CSVReader.rows("a,b\n1,\"x\"z\n")
        }
    }

    /// A quoted field that runs over lines and is then followed by text most likely lost its closing
    /// quote where it opened: the error is reported on that line, not where the parser stopped.
    @Test("quote left open runs into a later quoted field")
    func quoteLeftOpen() {
        let error = #expect(throws: ContentSyntaxError.self) {
            try CSVReader.rows("a,b\n1,2\n3,\"never closed\n4,\"x\"\n")
        }
        #expect(error?.line == 3)
        #expect(error?.reason == "field 2 opens a quote on line 3 that runs to line 4 and is followed there by text; "
            + "is a closing quote missing on line 3? (a quote inside a quoted field must be doubled)")
    }

    /// After a syntax error the reader resumes on the line after the bad record's first line, so the
    /// records before and after it are kept.
    @Test("reading resumes after a bad record")
    func resumes() throws {
        var reader = CSVReader(text: "a,b\n1,2\n3,\"open\n4,5\n6,7")
        #expect(try reader.next() == CSVRow(fields: ["a", "b"], line: 1))
        #expect(try reader.next() == CSVRow(fields: ["1", "2"], line: 2))
        #expect(throws: ContentSyntaxError.unterminatedQuote(openedOn: 3)) { try reader.next() }
        #expect(reader.currentLine == 4)
        #expect(try reader.next() == CSVRow(fields: ["4", "5"], line: 4))
        #expect(try reader.next() == CSVRow(fields: ["6", "7"], line: 5))
        #expect(try reader.next() == nil)
    }

    /// A field over the limit is measured, not kept: its size is reported and the text left out.
    @Test("oversized fields are measured, not kept")
    func oversized() throws {
        let big = String(repeating: "长", count: 100)
        var reader = CSVReader(text: "a,b,c\nx,\(big),\"\(big)\"\"\"\n", fieldLimit: 200)
        _ = try reader.next()
        #expect(try reader.next() == CSVRow(fields: ["x", "", ""], line: 2, oversized: [1: 300, 2: 301]))
    }

    /// `next()` streams the same rows as `rows(_:)` and then keeps returning nil.
    @Test("streaming")
    func streaming() throws {
        var reader = CSVReader(text: "h\nv")
        #expect(try reader.next() == CSVRow(fields: ["h"], line: 1))
        #expect(try reader.next() == CSVRow(fields: ["v"], line: 2))
        #expect(try reader.next() == nil)
        #expect(try reader.next() == nil)
    }

    /// The error text reads like a compiler diagnostic.
    @Test("error description")
    func errorDescription() {
        #expect(ContentSyntaxError.unterminatedQuote(openedOn: 12).description
            == "line 12: quoted field opened on line 12 is never closed")
    }
}
