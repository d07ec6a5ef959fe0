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
