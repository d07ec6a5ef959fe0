/// What a JSON parser gets from a feed file, for the audit: every string value decoded (escapes,
/// `\u` and surrogate pairs) and every number, each read on its own; a string holding markup is also
/// read as the HTML a portal would show.
///
/// Values of the keys that hold hashes and ids (`sha256`, `id`) are skipped: a SHA-256 in hex may hold
/// eleven digits in a row, and these are excluded by where they are, never by what surrounds a number.
/// Returns nil when the bytes are not JSON (the audit then reads them as plain text).
struct JSONText {
    static let skippedKeys: Set<String> = ["sha256", "id"]

    var values = ReadText()

    init?(_ b: UnsafeBufferPointer<UInt8>, tracksOrigin: Bool = true) {
        values = ReadText(capacity: b.count, tracksOrigin: tracksOrigin)
        // For each open container: is it an object, and is the next string in it a key?
        var objects: [Bool] = []
        var expectKey = false
        var key = ""
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            switch c {
            case 0x20, 0x0A, 0x0D, 0x09, 0x3A:
                i += 1
            case 0x7B, 0x5B:
                objects.append(c == 0x7B)
                expectKey = c == 0x7B
                i += 1
            case 0x7D, 0x5D:
                guard objects.popLast() != nil else { return nil }
                i += 1
            case 0x2C:
                expectKey = objects.last == true
                i += 1
            case 0x22:
                var text = ReadText(tracksOrigin: tracksOrigin)
                guard let end = Self.string(b, from: i, into: &text) else { return nil }
                if expectKey {
                    key = String(decoding: text.bytes, as: UTF8.self)
                    expectKey = false
                } else if !(objects.last == true && Self.skippedKeys.contains(key)) {
                    values.append(text)
                    values.appendBoundary(from: i)
                    if text.bytes.contains(0x3C) || text.bytes.contains(0x26) {
                        let html = text.bytes.withUnsafeBufferPointer { HTMLText($0, origin: text.origin, tracksOrigin: tracksOrigin) }
                        values.append(html.visible)
                        values.appendBoundary(from: i)
                        values.append(html.apart)
                        values.appendBoundary(from: i)
                    }
                }
                i = end
            default:
                // A number, true, false or null: read as written.
                let start = i
                while i < n, ![0x2C, 0x7D, 0x5D, 0x20, 0x0A, 0x0D, 0x09].contains(b[i]) { i += 1 }
                guard i > start else { return nil }
                if !(objects.last == true && Self.skippedKeys.contains(key)) {
                    for k in start..<i { values.append(b[k], from: k) }
                    values.appendBoundary(from: start)
                }
            }
        }
        guard objects.isEmpty else { return nil }
    }

    /// Decodes the string starting at the quote at `i`; returns the index after its closing quote.
    static func string(_ b: UnsafeBufferPointer<UInt8>, from i: Int, into out: inout ReadText) -> Int? {
        var j = i + 1
        while j < b.count {
            let c = b[j]
            if c == 0x22 { return j + 1 }
            guard c == 0x5C else { out.append(c, from: j); j += 1; continue }
            guard j + 1 < b.count else { return nil }
            switch b[j + 1] {
            case 0x75:
                guard let unit = hex4(b, j + 2) else { return nil }
                var scalar = unit
                var length = 6
                if (0xD800..<0xDC00).contains(unit), j + 11 < b.count, b[j + 6] == 0x5C, b[j + 7] == 0x75,
                   let low = hex4(b, j + 8), (0xDC00..<0xE000).contains(low) {
                    scalar = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    length = 12
                }
                out.append(scalar: scalar, from: j)
                j += length
            case 0x6E: out.append(0x0A, from: j); j += 2
            case 0x74: out.append(0x09, from: j); j += 2
            case 0x72: out.append(0x0D, from: j); j += 2
            case 0x62, 0x66: out.append(0x20, from: j); j += 2
            default: out.append(b[j + 1], from: j); j += 2
            }
        }
        return nil
    }

    static func hex4(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt32? {
        guard i + 4 <= b.count else { return nil }
        var v: UInt32 = 0
        for k in i..<(i + 4) {
            guard let d = ReadText.digit(b[k], hex: true) else { return nil }
            v = v * 16 + d
        }
        return v
    }
}
