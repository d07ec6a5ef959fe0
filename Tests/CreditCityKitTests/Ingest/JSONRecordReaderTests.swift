import Testing
@testable import CreditCityKit

/// JSON arrays and JSON Lines flattened to text records, with positions and readable errors.
@Suite("JSONRecordReader")
struct JSONRecordReaderTests {
    /// In an array, a record's line is its 1-based position, however the file is laid out.
    @Test("array positions")
    func arrayPositions() throws {
        let text = """
        [
          {"CF_XDR_MC": "某某公司", "CF_NR_FK": 0.5},

          {"CF_XDR_MC": "另一公司",
           "CF_NR_FK": 12}
        ]
        """
        #expect(try JSONRecordReader.records(text) == [
            JSONRecord(values: ["CF_XDR_MC": "某某公司", "CF_NR_FK": "0.5"], line: 1),
            JSONRecord(values: ["CF_XDR_MC": "另一公司", "CF_NR_FK": "12"], line: 2),
        ])
    }

    /// In JSON Lines, a record's line is its physical line; blank lines are allowed and counted.
    @Test("JSON Lines physical lines")
    func jsonLines() throws {
        let text = "{\"a\": \"1\"}\n\n{\"a\": \"3\"}\r\n{\"a\": \"4\"}"
        #expect(try JSONRecordReader.records(text) == [
            JSONRecord(values: ["a": "1"], line: 1),
            JSONRecord(values: ["a": "3"], line: 3),
            JSONRecord(values: ["a": "4"], line: 4),
        ])
    }

    /// Numbers come out as plain decimal text: no exponent, no `.0` on integers, exact digits.
    @Test("number formatting", arguments: [
        ("0.5", "0.5"), ("12", "12"), ("12.0", "12"), ("1.2e1", "12"), ("1.20", "1.2"), ("-3", "-3"),
        ("5e-3", "0.005"), ("0.05e-1", "0.005"), ("1E+3", "1000"), ("0", "0"), ("-0.0", "0"), ("0e5", "0"),
        ("12345678901234567890.25", "12345678901234567890.25"), ("100", "100"), ("2.5E-1", "0.25"),
    ])
    func numbers(json: String, text: String) throws {
        let records = try JSONRecordReader.records("[{\"n\": \(json)}]")
        #expect(records.first?.values["n"] == text)
    }

    /// Booleans become "true"/"false"; null and missing keys are absent; escapes are resolved.
    @Test("booleans, null and escapes")
    func scalars() throws {
        let records = try JSONRecordReader.records(#"[{"t": true, "f": false, "z": null, "s": "a\"b\\c\n\u4E2D\ud840\udc00/"}]"#)
        #expect(records == [JSONRecord(values: ["t": "true", "f": "false", "s": "a\"b\\c\n中𠀀/"], line: 1)])
    }

    /// Empty inputs hold no records.
    @Test("empty inputs")
    func empty() throws {
        #expect(try JSONRecordReader.records("") == [])
        #expect(try JSONRecordReader.records(" \n ") == [])
        #expect(try JSONRecordReader.records("[]") == [])
        #expect(try JSONRecordReader.records("[{}]") == [JSONRecord(values: [:], line: 1)])
    }

    /// A nested object or array is an error naming the key, at the record's position.
    @Test("nested value")
    func nested() {
        #expect(throws: ContentSyntaxError(line: 2, reason:
            "value of \"CF_NR\" is an object; only text, numbers, true/false and null are allowed")) {
            try JSONRecordReader.records(#"[{"a": 1}, {"CF_NR": {"x": 1}}]"#)
        }
        #expect(throws: ContentSyntaxError(line: 3, reason:
            "value of \"list\" is an array; only text, numbers, true/false and null are allowed")) {
            try JSONRecordReader.records("{}\n\n{\"list\": [1]}")
        }
    }

    /// An element that is not an object is reported at its position (array) or line (JSON Lines).
    @Test("element that is not an object")
    func notObject() {
        #expect(throws: ContentSyntaxError(line: 2, reason: "record is a string, not an object")) {
            try JSONRecordReader.records(#"[{}, "x"]"#)
        }
        #expect(throws: ContentSyntaxError(line: 2, reason: "record is an array, not an object")) {
            try JSONRecordReader.records("{}\n[1]")
        }
    }

    /// Syntax errors carry the physical line and the column in characters.
    @Test("syntax errors", arguments: [
        ("[\n  {\"名称\": \"x\" \"b\": 1}\n]", 2, "invalid JSON at column 14: expected ',' or '}' after the value of \"名称\""),
        ("[{\"a\": 1},]", 1, "invalid JSON at column 11: expected an object"),
        ("[{\"a\": 01}]", 1, "invalid JSON at column 8: number with a leading zero"),
        ("[{\"a\": \"x\ny\"}]", 1, "invalid JSON at column 10: line break inside a string (write it as \\n)"),
        ("{\"a\": 1} {\"b\": 2}", 1, "invalid JSON at column 10: expected a line end after the record (JSON Lines holds one object per line)"),
        ("[{\"a\": 1}", 1, "invalid JSON at column 10: expected ',' or ']' after record 1 (the text ends here)"),
        ("[{\"a\": 1}] x", 1, "invalid JSON at column 12: text after the end of the array"),
        ("a,b\n1,2", 1, "invalid JSON at column 1: expected a JSON array of objects, or JSON Lines with one object per line"),
        ("[{\"a\": tru}]", 1, "invalid JSON at column 11: expected true"),
    ])
    func syntax(text: String, line: Int, reason: String) {
        #expect(throws: ContentSyntaxError(line: line, reason: reason)) {
            try JSONRecordReader.records(text)
        }
    }

    /// The same key twice in a record is reported rather than silently keeping one value.
    @Test("duplicate key")
    func duplicateKey() {
        #expect(throws: ContentSyntaxError(line: 1, reason: "key \"a\" appears twice in the record")) {
            try JSONRecordReader.records(#"[{"a": 1, "a": 2}]"#)
        }
    }
}
