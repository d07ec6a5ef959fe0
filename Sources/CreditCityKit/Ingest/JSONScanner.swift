/// A cursor over UTF-8 bytes that knows its physical line; the JSON grammar `JSONRecordReader` needs.
struct JSONScanner {
    let bytes: [UInt8]
    var position = 0
    var line = 1
    var lineStart = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func advance() { position += 1 }

    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek == byte else { return false }
        position += 1
        return true
    }

    /// Skips JSON white space, counting line feeds so errors can name the line.
    mutating func skipWhitespace() {
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\n"):
                position += 1
                line += 1
                lineStart = position
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r"): position += 1
            default: return
            }
        }
    }

    /// Skips spaces, tabs and CR but stops at LF, where JSON Lines requires a record to end.
    mutating func skipBlanksOnLine() {
        while let byte = peek, byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") {
            position += 1
        }
    }

    /// A syntax error at the cursor; the column counts characters, not bytes, as editors do.
    func error(_ what: String) -> ContentSyntaxError {
        let end = min(position, bytes.count)
        let column = bytes[lineStart..<end].reduce(1) { $1 & 0xC0 == 0x80 ? $0 : $0 + 1 }
        return .syntax(line: line, column: column, peek == nil ? what + " (the text ends here)" : what)
    }

    /// What a value starting with `byte` is, in words, for shape errors.
    static func kind(startingWith byte: UInt8?) -> String? {
        guard let byte else { return nil }
        return switch byte {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "{"): "an object"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): "a number"
        default: nil
        }
    }

    /// A flat object; shape errors carry `recordLine`.
    mutating func object(recordLine: Int) throws -> [String: String] {
        guard consume(UInt8(ascii: "{")) else {
            if let kind = Self.kind(startingWith: peek) { throw ContentSyntaxError.notAnObject(line: recordLine, found: kind) }
            throw error("expected an object")
        }
        var values: [String: String] = [:]
        var seen: Set<String> = []
        skipWhitespace()
        if consume(UInt8(ascii: "}")) { return values }
        while true {
            skipWhitespace()
            guard peek == UInt8(ascii: "\"") else { throw error("expected a quoted key") }
            let key = try string()
            guard seen.insert(key).inserted else { throw ContentSyntaxError.duplicateKey(line: recordLine, key: key) }
            skipWhitespace()
            guard consume(UInt8(ascii: ":")) else { throw error("expected ':' after key \"\(key)\"") }
            skipWhitespace()
            if let value = try scalar(key: key, recordLine: recordLine) { values[key] = value }
            skipWhitespace()
            if consume(UInt8(ascii: ",")) { continue }
            if consume(UInt8(ascii: "}")) { return values }
            throw error("expected ',' or '}' after the value of \"\(key)\"")
        }
    }

    /// A string, number, boolean as text, or nil for null.
    mutating func scalar(key: String, recordLine: Int) throws -> String? {
        guard let byte = peek else { throw error("expected a value for \"\(key)\"") }
        switch byte {
        case UInt8(ascii: "\""): return try string()
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            throw ContentSyntaxError.nested(line: recordLine, key: key, kind: Self.kind(startingWith: byte) ?? "")
        case UInt8(ascii: "t"): try literal("true"); return "true"
        case UInt8(ascii: "f"): try literal("false"); return "false"
        case UInt8(ascii: "n"): try literal("null"); return nil
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value for \"\(key)\"")
        }
    }

    mutating func literal(_ word: String) throws {
        for expected in word.utf8 {
            guard consume(expected) else { throw error("expected \(word)") }
        }
    }

    /// A quoted string with JSON escapes resolved.
    mutating func string() throws -> String {
        position += 1
        var value: [UInt8] = []
        var chunkStart = position
        while let byte = peek {
            switch byte {
            case UInt8(ascii: "\""):
                value.append(contentsOf: bytes[chunkStart..<position])
                position += 1
                return String(decoding: value, as: UTF8.self)
            case UInt8(ascii: "\\"):
                value.append(contentsOf: bytes[chunkStart..<position])
                position += 1
                try escape(into: &value)
                chunkStart = position
            case 0..<0x20:
                throw error(byte == UInt8(ascii: "\n")
                    ? "line break inside a string (write it as \\n)" : "control character inside a string")
            default:
                position += 1
            }
        }
        throw error("string is never closed")
    }

    /// One escape after a backslash, appended as UTF-8.
    mutating func escape(into value: inout [UInt8]) throws {
        guard let byte = peek else { throw error("string is never closed") }
        position += 1
        let simple: UInt8? = switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): byte
        case UInt8(ascii: "b"): 0x08
        case UInt8(ascii: "f"): 0x0C
        case UInt8(ascii: "n"): 0x0A
        case UInt8(ascii: "r"): 0x0D
        case UInt8(ascii: "t"): 0x09
        default: nil
        }
        if let simple {
            value.append(simple)
            return
        }
        guard byte == UInt8(ascii: "u") else { throw error("unknown escape \\\(Unicode.Scalar(byte))") }
        var code = try hex4()
        if (0xD800..<0xDC00).contains(code) {
            // A character outside the BMP arrives as a surrogate pair of two \u escapes.
            guard consume(UInt8(ascii: "\\")), consume(UInt8(ascii: "u")) else { throw error("unpaired \\u surrogate") }
            let low = try hex4()
            guard (0xDC00..<0xE000).contains(low) else { throw error("unpaired \\u surrogate") }
            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
        }
        guard let scalar = Unicode.Scalar(code) else { throw error("unpaired \\u surrogate") }
        value.append(contentsOf: String(Character(scalar)).utf8)
    }

    mutating func hex4() throws -> UInt32 {
        var code: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = peek, let digit = Self.hexValue(byte) else { throw error("\\u needs four hex digits") }
            code = code << 4 | digit
            position += 1
        }
        return code
    }

    static func hexValue(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    /// A JSON number as plain decimal text: `1.2e1` → `12`, `12.0` → `12`, `5e-3` → `0.005`.
    mutating func number() throws -> String {
        let start = position
        let negative = consume(UInt8(ascii: "-"))
        let integer = digits()
        guard !integer.isEmpty else { throw error("expected digits in a number") }
        guard integer.count == 1 || integer.first != UInt8(ascii: "0") else {
            position = start
            throw error("number with a leading zero")
        }
        var fraction: ArraySlice<UInt8> = []
        if consume(UInt8(ascii: ".")) {
            fraction = digits()
            guard !fraction.isEmpty else { throw error("expected digits after the decimal point") }
        }
        var exponent = 0
        if consume(UInt8(ascii: "e")) || consume(UInt8(ascii: "E")) {
            let exponentNegative = consume(UInt8(ascii: "-"))
            if !exponentNegative { _ = consume(UInt8(ascii: "+")) }
            let exponentDigits = digits()
            // Past a few hundred places the plain form would be absurd text, so refuse it.
            guard !exponentDigits.isEmpty, exponentDigits.count <= 3 else { throw error("number exponent missing or too large") }
            exponent = exponentDigits.reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
            if exponentNegative { exponent = -exponent }
        }
        return Self.plainDecimal(negative: negative, digits: Array(integer + fraction), point: integer.count + exponent)
    }

    mutating func digits() -> ArraySlice<UInt8> {
        let start = position
        while let byte = peek, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return bytes[start..<position]
    }

    /// Writes `digits` with a decimal point after `point` digits (which may be outside the digits).
    static func plainDecimal(negative: Bool, digits: [UInt8], point: Int) -> String {
        let zero = UInt8(ascii: "0")
        var digits = digits[...]
        var point = point
        while digits.count > max(point, 0), digits.last == zero { digits.removeLast() }
        while point > 0, digits.first == zero {
            digits.removeFirst()
            point -= 1
        }
        guard digits.contains(where: { $0 != zero }) else { return "0" }
        var text: [UInt8] = negative ? [UInt8(ascii: "-")] : []
        if point <= 0 {
            text += [zero, UInt8(ascii: ".")] + [UInt8](repeating: zero, count: -point) + digits
        } else if point >= digits.count {
            text += digits + [UInt8](repeating: zero, count: point - digits.count)
        } else {
            text += digits[..<(digits.startIndex + point)] + [UInt8(ascii: ".")] + digits[(digits.startIndex + point)...]
        }
        return String(decoding: text, as: UTF8.self)
    }
}
