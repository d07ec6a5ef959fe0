/// Every value of a content record looked at before validation, for what no field rule can catch:
/// a field over the size limit or holding bytes that were not UTF-8 rejects the record; control
/// characters are taken out with a warning.
///
/// Control characters (C0 other than tab, line feed and carriage return; DEL; C1) cannot appear in
/// HTML or XML and mean nothing in a decision's text: they come from damaged exports or copy and
/// paste, so they are removed rather than costing the record.
struct RecordScreen: Sendable {
    let limits: ContentLimits
    /// Bad bytes of a damaged UTF-8 file, in file order (`DecodedText.invalidBytes`).
    var invalidBytes: [TextDecodingError] = []

    /// Screens the `cells` of the record at `location` on lines `line...lastLine`; `oversized` gives
    /// the sizes of cells the reader did not keep, and `label` the code and name of the field a column
    /// holds (nil: a column the build ignores, which is not screened). Returns false when the record is
    /// rejected; every diagnostic goes to `log`.
    func screen(_ cells: inout [String], location: String, line: Int, lastLine: Int, oversized: [Int: Int],
                log: inout DiagnosticLog, label: (Int) -> (code: String, name: String)?) -> Bool {
        var sizes: [Int: Int] = [:]
        for (i, cell) in cells.enumerated() where label(i) != nil {
            if let size = oversized[i] ?? (cell.utf8.count > limits.fieldBytes ? cell.utf8.count : nil) { sizes[i] = size }
        }
        if !sizes.isEmpty {
            for (i, bytes) in sizes.sorted(by: { $0.key < $1.key }) {
                guard let field = label(i) else { continue }
                log.add(Messages.oversizedField(code: field.code, name: field.name, bytes: bytes, limit: limits.fieldBytes,
                                                file: location, line: line))
            }
            return false
        }
        if !invalidBytes.isEmpty,
           let i = cells.indices.first(where: { label($0) != nil && cells[$0].unicodeScalars.contains("\u{FFFD}") }) {
            let first = invalidBytes.first { (line...lastLine).contains($0.line) } ?? invalidBytes.first { $0.line >= line } ?? invalidBytes[0]
            log.add(Messages.notUTF8(first, field: label(i)?.code, file: location, line: line))
            return false
        }
        for i in cells.indices where Self.hasControlCharacters(cells[i]) {
            guard let field = label(i) else { continue }
            let (kept, removed) = Self.removingControlCharacters(cells[i])
            cells[i] = kept
            log.add(Messages.controlCharacters(removed, field: field.code, file: location, line: line))
        }
        return true
    }

    /// Whether `text` holds a character `removingControlCharacters` takes out; scans bytes, as it runs
    /// on every field of every record.
    static func hasControlCharacters(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(hasControlBytes)
    }

    static func hasControlBytes(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b < 0x20 {
                if b != 0x09, b != 0x0A, b != 0x0D { return true }
            } else if b == 0x7F {
                return true
            } else if b == 0xC2, i + 1 < bytes.count, (0x80...0x9F).contains(bytes[i + 1]) {
                return true
            }
            i += 1
        }
        return false
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        (s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") || (0x7F...0x9F).contains(s.value)
    }

    /// `text` without control characters, and the characters removed.
    static func removingControlCharacters(_ text: String) -> (String, [Unicode.Scalar]) {
        var kept = String.UnicodeScalarView()
        var removed: [Unicode.Scalar] = []
        for s in text.unicodeScalars {
            if isControl(s) { removed.append(s) } else { kept.append(s) }
        }
        return (String(kept), removed)
    }
}
