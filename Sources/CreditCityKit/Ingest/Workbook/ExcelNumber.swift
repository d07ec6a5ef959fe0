import Foundation

/// The text of a number cell as Excel shows it in a General cell.
///
/// Writers store doubles differently: LibreOffice and openpyxl the shortest form (`0.1`), Excel often
/// 17 significant digits (`0.10000000000000001`) and large values with an exponent (`1.5E+7`). Excel
/// itself shows 15 significant digits, so that is what a webmaster saw when typing the value.
enum ExcelNumber {
    static func text(_ stored: String) -> String {
        guard needsRounding(stored), let value = Double(stored) else { return stored }
        let text = String(format: "%.15g", value)
        guard let e = text.firstIndex(of: "e"), value == value.rounded(), abs(value) < 1e21,
              let exponent = Int(text[text.index(after: e)...]) else { return text }
        // A whole number typed into a General cell: the 15 digits Excel kept, then zeros (printing the
        // double itself would show binary noise such as …009984 instead).
        let mantissa = text[..<e]
        let sign = mantissa.hasPrefix("-") ? "-" : ""
        let digits = mantissa.filter { $0 != "-" && $0 != "." }
        return sign + digits + String(repeating: "0", count: max(0, exponent + 1 - digits.count))
    }

    /// Whether a number cell holds a whole number too long for a spreadsheet to keep exactly: an 18-digit
    /// ID or registration number typed into a General cell keeps only its first 15 digits.
    static func lostDigits(_ stored: String) -> Bool {
        guard let value = Double(stored) else { return false }
        return abs(value) >= 1e15 && value == value.rounded()
    }

    /// Whether the stored text has an exponent or more significant digits than Excel shows.
    private static func needsRounding(_ stored: String) -> Bool {
        var digits = 0
        var leading = true
        for b in stored.utf8 {
            switch b {
            case UInt8(ascii: "e"), UInt8(ascii: "E"): return true
            case UInt8(ascii: "0"):
                if !leading { digits += 1 }
            case UInt8(ascii: "1")...UInt8(ascii: "9"):
                leading = false
                digits += 1
            default: break
            }
        }
        return digits > 15
    }
}
