/// One record of the example city: its field values by field code, whom it is about, and what it is
/// there to show (docs/example-content.md prints the note beside the build's decision).
struct ExampleRow: Sendable {
    /// Values by the field code of the row's file: V2.0 codes, or the 2016 template's codes for rows of
    /// the legacy file.
    let fields: [String: ExampleValue]
    /// Whom the record is about; nil for events.
    let subject: ExampleSubject?
    /// Which rule or which reading the record exercises; empty for ordinary records.
    let note: String

    /// The number a reader knows the record by: 文书号, or 认定文号 for list entries.
    var number: String {
        for code in ["CF_WSH", "XK_WSH", "MD_RDWH", "SJ_WSH"] {
            if case .text(let number) = fields[code] { return number }
        }
        return ""
    }
}

/// A value of an example record: text exactly as the file holds it, or a day that each file writes in
/// its own date styles (the city's files use every form the SPEC accepts).
enum ExampleValue: Sendable, Equatable, ExpressibleByStringLiteral {
    case text(String)
    /// A day, `YYYY-MM-DD`.
    case day(String)

    init(stringLiteral value: String) { self = .text(value) }
}
