/// What a browser shows of an HTML or XML document, for the audit: tags and comments removed,
/// character references decoded. Inline tags (`<strong>`, `<a>`, `<span>` …) join the text on their
/// two sides, as the reader sees it; any other tag (a paragraph, a table cell, a list item, `<br>`) ends
/// the text before it: digits in two cells or on two lines are two values, not one number (else the kept
/// ends of a masked number and a code in the next cell or line would read as a third). Attribute values,
/// comments and script or style contents are in the source a scraper reads, so they are read too,
/// each on its own (`apart`).
struct HTMLText {
    var visible: ReadText
    var apart: ReadText

    /// Tags that do not break the line: text on both sides reads as one.
    static let inlineTags: Set<String> = [
        "a", "abbr", "b", "bdi", "bdo", "big", "cite", "code", "data", "del", "dfn", "em", "font", "i", "ins",
        "kbd", "label", "mark", "nobr", "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup",
        "time", "tt", "u", "var", "wbr",
    ]

    /// Reads `b`; `origin` maps an index of `b` to the file offset it came from (nil: the index itself).
    /// Without `tracksOrigin` no offsets are kept (the audit's first, cheap reading).
    init(_ b: UnsafeBufferPointer<UInt8>, origin: [Int32]? = nil, tracksOrigin: Bool = true) {
        visible = ReadText(capacity: b.count, tracksOrigin: tracksOrigin)
        apart = ReadText(tracksOrigin: tracksOrigin)
        func at(_ i: Int) -> Int { origin.map { $0.isEmpty ? i : Int($0[min(i, $0.count - 1)]) } ?? i }
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c == 0x3C, i + 1 < n {
                let next = b[i + 1]
                if next == 0x21, Self.starts(b, i, "<!--") {
                    let end = Self.find(b, "-->", from: i + 4) ?? n
                    for k in (i + 4)..<end { apart.append(b[k], from: at(k)) }
                    apart.appendBoundary(from: at(i))
                    i = min(n, end + 3)
                    continue
                }
                if next == 0x21 || next == 0x3F {
                    i = (Self.find(b, ">", from: i) ?? (n - 1)) + 1
                    visible.appendBoundary(from: at(i - 1))
                    continue
                }
                let closing = next == 0x2F
                let nameStart = i + (closing ? 2 : 1)
                if nameStart < n, Self.isLetter(b[nameStart]) {
                    var j = nameStart
                    while j < n, Self.isLetter(b[j]) || (b[j] >= 0x30 && b[j] <= 0x39) || b[j] == 0x2D || b[j] == 0x3A { j += 1 }
                    let name = String(decoding: UnsafeBufferPointer(rebasing: b[nameStart..<j]), as: UTF8.self).lowercased()
                    i = readAttributes(b, from: j, at)
                    if !Self.inlineTags.contains(name) { visible.appendBoundary(from: at(i - 1)) }
                    if !closing, name == "script" || name == "style" {
                        let end = Self.findClosing(b, name, from: i) ?? n
                        for k in i..<end { apart.append(b[k], from: at(k)) }
                        apart.appendBoundary(from: at(i))
                        i = end
                    }
                    continue
                }
            }
            if c == 0x26, let (scalar, length) = ReadText.characterReference(b, at: i) {
                visible.append(scalar: scalar, from: at(i))
                i += length
                continue
            }
            visible.append(c, from: at(i))
            i += 1
        }
    }

    /// Reads the attributes of a tag from `j` to its `>`; each value goes to `apart`, decoded.
    /// Returns the index after the `>`.
    mutating func readAttributes(_ b: UnsafeBufferPointer<UInt8>, from start: Int, _ at: (Int) -> Int) -> Int {
        let n = b.count
        var j = start
        while j < n, b[j] != 0x3E {
            guard b[j] == 0x3D else { j += 1; continue }
            j += 1
            while j < n, b[j] == 0x20 || b[j] == 0x0A || b[j] == 0x09 { j += 1 }
            guard j < n else { break }
            let quote = b[j] == 0x22 || b[j] == 0x27 ? b[j] : nil
            if quote != nil { j += 1 }
            while j < n, quote.map({ b[j] != $0 }) ?? (b[j] != 0x20 && b[j] != 0x3E && b[j] != 0x0A && b[j] != 0x09) {
                if b[j] == 0x26, let (scalar, length) = ReadText.characterReference(b, at: j) {
                    apart.append(scalar: scalar, from: at(j))
                    j += length
                } else if b[j] == 0x25, j + 2 < n, let hi = ReadText.digit(b[j + 1], hex: true),
                          let lo = ReadText.digit(b[j + 2], hex: true), hi < 8 {
                    // A percent-encoded ASCII character of an address (%20, %31).
                    apart.append(UInt8(hi * 16 + lo), from: at(j))
                    j += 3
                } else {
                    apart.append(b[j], from: at(j))
                    j += 1
                }
            }
            apart.appendBoundary(from: at(j))
            if quote != nil, j < n { j += 1 }
        }
        return min(n, j + 1)
    }

    static func isLetter(_ c: UInt8) -> Bool { (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A }

    static func starts(_ b: UnsafeBufferPointer<UInt8>, _ i: Int, _ s: StaticString) -> Bool {
        guard i + s.utf8CodeUnitCount <= b.count else { return false }
        for k in 0..<s.utf8CodeUnitCount where b[i + k] != s.utf8Start[k] { return false }
        return true
    }

    static func find(_ b: UnsafeBufferPointer<UInt8>, _ s: StaticString, from: Int) -> Int? {
        var i = from
        while i < b.count {
            if b[i] == s.utf8Start[0], starts(b, i, s) { return i }
            i += 1
        }
        return nil
    }

    /// The `</name` that ends a script or style element (any case).
    static func findClosing(_ b: UnsafeBufferPointer<UInt8>, _ name: String, from: Int) -> Int? {
        let target = Array(name.utf8)
        var i = from
        while i + 2 + target.count <= b.count {
            if b[i] == 0x3C, b[i + 1] == 0x2F,
               zip(b[(i + 2)..<(i + 2 + target.count)], target).allSatisfy({ ($0 | 0x20) == $1 }) { return i }
            i += 1
        }
        return nil
    }
}
