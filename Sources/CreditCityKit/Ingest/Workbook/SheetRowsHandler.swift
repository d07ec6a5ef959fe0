/// One row of a worksheet: its Excel row number and its cells as text, by column (A = index 0); a
/// column with no cell is an empty string.
struct SheetRow {
    var number: Int
    var cells: [String]
    /// Columns whose number lost digits in the spreadsheet (an ID number stored as a number).
    var lostDigits: [Int] = []
}

/// Reads `<sheetData>` of a worksheet part as it streams past, one row at a time.
///
/// Cells are turned into the text a CSV export of the same sheet would hold: shared and inline strings
/// as written, numbers in their shortest form, numbers in a date or time style as dates. A row or cell
/// without its `r` attribute (some writers omit it) follows the one before it.
final class SheetRowsHandler: XMLEventHandler {
    /// Excel's widest sheet (column XFD); a reference past it is damage, not data.
    static let maxColumns = 16_384

    private let sharedStrings: SharedStrings
    private let styles: CellStyles
    private let date1904: Bool
    private let emit: (SheetRow) -> Void

    private var row = SheetRow(number: 0, cells: [])
    private var inRow = false
    private var column = -1
    private var cellType = CellType.number
    private var cellStyle = 0
    private var capturing = false
    private var inInlineString = false
    private var phoneticDepth = 0
    private var text: [UInt8] = []
    /// The first problem that makes the sheet unreadable (e.g. a shared string that does not exist).
    private(set) var failure: (row: Int, reason: String)?

    /// A cell's `t` attribute: how its `<v>` or `<is>` is to be read.
    enum CellType { case number, sharedString, inlineString, formulaString, boolean, error, isoDate }

    init(sharedStrings: SharedStrings, styles: CellStyles, date1904: Bool, emit: @escaping (SheetRow) -> Void) {
        self.sharedStrings = sharedStrings
        self.styles = styles
        self.date1904 = date1904
        self.emit = emit
    }

    func startElement(_ name: XMLName, _ attributes: XMLAttributes) {
        if name.is("c") {
            guard inRow else { return }
            column = attributes.bytes("r").flatMap(Self.columnIndex) ?? column + 1
            cellType = attributes.bytes("t").map(Self.cellType) ?? .number
            cellStyle = attributes.bytes("s").flatMap(Self.integer) ?? 0
            text.removeAll(keepingCapacity: true)
        } else if name.is("v") {
            capturing = inRow
        } else if name.is("row") {
            inRow = true
            row.number = attributes.bytes("r").flatMap(Self.integer) ?? row.number + 1
            row.cells.removeAll(keepingCapacity: true)
            row.lostDigits.removeAll(keepingCapacity: true)
            column = -1
        } else if name.is("is") {
            inInlineString = true
        } else if name.is("rPh") {
            phoneticDepth += 1
        } else if name.is("t") {
            capturing = inInlineString && phoneticDepth == 0
        }
    }

    func endElement(_ name: XMLName) {
        if name.is("v") || name.is("t") {
            capturing = false
        } else if name.is("c") {
            guard inRow, column >= 0, column < Self.maxColumns else { return }
            let value = cellText()
            if !value.isEmpty {
                if row.cells.count <= column {
                    row.cells.append(contentsOf: repeatElement("", count: column + 1 - row.cells.count))
                }
                row.cells[column] = value
            }
        } else if name.is("row") {
            inRow = false
            emit(row)
        } else if name.is("is") {
            inInlineString = false
        } else if name.is("rPh") {
            phoneticDepth -= 1
        }
    }

    func characters(_ bytes: UnsafeBufferPointer<UInt8>) {
        if capturing { text.append(contentsOf: bytes) }
    }

    /// The current cell's value as text.
    private func cellText() -> String {
        switch cellType {
        case .sharedString:
            guard let index = Self.integer(text[...]) else { return "" }
            guard let value = sharedStrings[index] else {
                if failure == nil {
                    failure = (row.number, "cell \(Self.columnName(column))\(row.number) refers to shared string \(index), "
                        + "but the workbook has \(sharedStrings.count)")
                }
                return ""
            }
            return value
        case .inlineString, .formulaString, .error, .isoDate:
            return String(decoding: OOXMLText.unescaped(text), as: UTF8.self)
        case .boolean:
            return text == [UInt8(ascii: "1")] ? "TRUE" : text.isEmpty ? "" : "FALSE"
        case .number:
            let raw = String(decoding: text, as: UTF8.self)
            guard !raw.isEmpty else { return "" }
            if styles.isDate(style: cellStyle), let serial = Double(raw),
               let date = ExcelSerialDate.text(serial: serial, date1904: date1904) {
                return date
            }
            if ExcelNumber.lostDigits(raw) { row.lostDigits.append(column) }
            return ExcelNumber.text(raw)
        }
    }

    private static func cellType(_ bytes: UnsafeBufferPointer<UInt8>) -> CellType {
        switch String(decoding: bytes, as: UTF8.self) {
        case "s": .sharedString
        case "inlineStr": .inlineString
        case "str": .formulaString
        case "b": .boolean
        case "e": .error
        case "d": .isoDate
        default: .number
        }
    }

    /// The 0-based column of a cell reference such as `AB12`.
    static func columnIndex(_ reference: UnsafeBufferPointer<UInt8>) -> Int? {
        var column = 0
        var letters = 0
        for b in reference {
            let upper = b & ~0x20
            guard upper >= UInt8(ascii: "A"), upper <= UInt8(ascii: "Z") else { break }
            column = column * 26 + Int(upper - UInt8(ascii: "A") + 1)
            letters += 1
            if letters > 3 { return nil }
        }
        return letters == 0 ? nil : column - 1
    }

    /// `A` for 0, `AB` for 27: the letters Excel shows, for messages.
    static func columnName(_ index: Int) -> String {
        var name: [UInt8] = []
        var n = index + 1
        while n > 0 {
            name.insert(UInt8(ascii: "A") + UInt8((n - 1) % 26), at: 0)
            n = (n - 1) / 26
        }
        return String(decoding: name, as: UTF8.self)
    }

    static func integer<C: Collection>(_ bytes: C) -> Int? where C.Element == UInt8 {
        guard !bytes.isEmpty, bytes.count <= 18 else { return nil }
        var value = 0
        for b in bytes {
            guard b >= UInt8(ascii: "0"), b <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(b - UInt8(ascii: "0"))
        }
        return value
    }
}
