/// Which cell styles of a workbook (`xl/styles.xml`) show a number as a date or time.
///
/// Excel stores a date as a plain number (days since 1900 or 1904); only the cell's number format says
/// it is a date. A cell's `s` attribute indexes `<cellXfs>`, whose `numFmtId` is either built in or
/// defined in `<numFmts>` with a format code.
struct CellStyles {
    /// Per `<cellXfs>` entry: whether its number format is a date or time.
    private var dateStyles: [Bool] = []

    func isDate(style: Int) -> Bool { style >= 0 && style < dateStyles.count && dateStyles[style] }

    init() {}

    init(numberFormats: [Int: String], cellFormats: [Int]) {
        dateStyles = cellFormats.map { id in
            if let code = numberFormats[id] { return Self.isDateFormat(code) }
            return Self.builtinDateFormats.contains(id)
        }
    }

    /// The built-in formats that are dates or times: 14–22 and 45–47 everywhere, and 27–36 and 50–58 in
    /// the Chinese, Japanese and Korean editions of Excel and in WPS (e.g. 31 is `yyyy"年"m"月"d"日"`),
    /// which write these ids without defining them.
    static let builtinDateFormats: Set<Int> = Set(14...22).union(45...47).union(27...36).union(50...58)

    /// Whether a custom format code shows a date or time: after dropping quoted text, escaped characters,
    /// colours and locale tags, it holds a year, day, month or hour/second placeholder.
    static func isDateFormat(_ code: String) -> Bool {
        var visible: [UInt8] = []
        var bytes = Array(code.utf8)[...]
        // Only the first section (positive numbers) decides how a date serial is shown.
        while let b = bytes.popFirst() {
            switch b {
            case UInt8(ascii: ";"): bytes = []
            case UInt8(ascii: "\""):
                while let q = bytes.popFirst(), q != UInt8(ascii: "\"") {}
            case UInt8(ascii: "\\"), UInt8(ascii: "_"), UInt8(ascii: "*"):
                _ = bytes.popFirst()
            case UInt8(ascii: "["):
                var tag: [UInt8] = []
                while let t = bytes.popFirst(), t != UInt8(ascii: "]") { tag.append(t) }
                // [h], [mm], [ss]: elapsed time, which is a time format; [Red], [$-804] are not.
                let lowered = tag.map { $0 | 0x20 }
                if !lowered.isEmpty, lowered.allSatisfy({ $0 == UInt8(ascii: "h") || $0 == UInt8(ascii: "m") || $0 == UInt8(ascii: "s") }) {
                    visible.append(contentsOf: lowered)
                }
            default:
                visible.append(b | (b >= 0x41 && b <= 0x5A ? 0x20 : 0))
            }
        }
        let text = String(decoding: visible, as: UTF8.self)
        if text.contains("general") { return false }
        return text.contains("y") || text.contains("d") || text.contains("m") || text.contains("h") || text.contains("s")
    }
}

/// Reads `<numFmts>` and `<cellXfs>` of `xl/styles.xml` (the `<xf>` entries of `<cellStyleXfs>` are
/// named styles, which cells do not index).
final class CellStylesHandler: XMLEventHandler {
    private var numberFormats: [Int: String] = [:]
    private var cellFormats: [Int] = []
    private var inCellFormats = false

    var styles: CellStyles { CellStyles(numberFormats: numberFormats, cellFormats: cellFormats) }

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("numFmt") {
            if let id = attributes.string("numFmtId").flatMap(Int.init), let code = attributes.string("formatCode") {
                numberFormats[id] = code
            }
        } else if name.is("cellXfs") {
            inCellFormats = true
        } else if name.is("xf"), inCellFormats {
            cellFormats.append(attributes.string("numFmtId").flatMap(Int.init) ?? 0)
        }
    }

    func endElement(_ name: XMLName) {
        if name.is("cellXfs") { inCellFormats = false }
    }

    func characters(_ text: UnsafeBufferPointer<UInt8>) {}
}
