/// A workbook's shared string table (`xl/sharedStrings.xml`): every text that cells refer to by index.
///
/// Cells of any sheet may name any entry, so the table is kept whole, but compactly: one byte buffer of
/// UTF-8 and the end offset of each entry, rather than a `String` object per text.
struct SharedStrings {
    private var bytes: [UInt8] = []
    private var ends: [Int] = []

    var count: Int { ends.count }

    /// Entry `index`, or nil when the workbook has no such entry.
    subscript(index: Int) -> String? {
        guard index >= 0, index < ends.count else { return nil }
        let start = index == 0 ? 0 : ends[index - 1]
        return String(decoding: bytes[start..<ends[index]], as: UTF8.self)
    }

    mutating func append(_ text: [UInt8]) {
        bytes.append(contentsOf: OOXMLText.unescaped(text))
        ends.append(bytes.count)
    }
}

/// Reads `<si>` entries: plain `<t>` text, or rich-text runs `<r><t>…</t></r>` joined; phonetic guides
/// (`<rPh>`, furigana that Japanese Excel adds) are not part of the text.
final class SharedStringsHandler: XMLEventHandler {
    private(set) var table = SharedStrings()
    private var current: [UInt8] = []
    private var inEntry = false
    private var inText = false
    private var phoneticDepth = 0

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("si") {
            inEntry = true
            current.removeAll(keepingCapacity: true)
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t"), inEntry, phoneticDepth == 0 {
            inText = true
        }
    }

    func endElement(_ name: XMLName) {
        if name.is("t") {
            inText = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        } else if name.is("si") {
            table.append(current)
            inEntry = false
        }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {
        if inText { current.append(contentsOf: text) }
    }
}

/// Text as Office stores it in XML: characters XML cannot hold (a carriage return, control characters)
/// are written `_xHHHH_` (ECMA-376 ST_Xstring), and a literal `_x` that would read as one is `_x005F_`.
enum OOXMLText {
    /// `bytes` with every `_xHHHH_` replaced by its character; untouched (no copy) when there is none.
    static func unescaped(_ bytes: [UInt8]) -> [UInt8] {
        guard containsEscape(bytes) else { return bytes }
        var units: [UInt16] = []
        var out: [UInt8] = []
        var i = 0
        func flushUnits() {
            guard !units.isEmpty else { return }
            out.append(contentsOf: Array(String(decoding: units, as: UTF16.self).utf8))
            units.removeAll()
        }
        while i < bytes.count {
            if let unit = escapedUnit(bytes, at: i) {
                units.append(unit)
                i += 7
                continue
            }
            flushUnits()
            out.append(bytes[i])
            i += 1
        }
        flushUnits()
        return out
    }

    private static func containsEscape(_ bytes: [UInt8]) -> Bool {
        var i = 0
        while i + 6 < bytes.count {
            if bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"), escapedUnit(bytes, at: i) != nil { return true }
            i += 1
        }
        return false
    }

    /// The UTF-16 unit of an escape `_xHHHH_` starting at `i`, if one does.
    private static func escapedUnit(_ bytes: [UInt8], at i: Int) -> UInt16? {
        guard i + 6 < bytes.count, bytes[i] == UInt8(ascii: "_"), bytes[i + 1] == UInt8(ascii: "x"),
              bytes[i + 6] == UInt8(ascii: "_") else { return nil }
        var value: UInt16 = 0
        for b in bytes[(i + 2)..<(i + 6)] {
            let digit: UInt8
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = b - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = b - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = b - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }
}
