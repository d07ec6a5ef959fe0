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
        #expect(throws: ContentSyntaxError.textAfterClosingQuote(line: 3, field: 1)) {
            try CSVReader.rows("a\n\"x\ny\"z\n")
        }
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
