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
