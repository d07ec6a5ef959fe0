import Foundation

/// The sentences of every content diagnostic, in one place so tests assert whole values
/// and the webmaster reads the same wording for the same mistake everywhere.
public enum Messages {
    static func missingColumns(_ fields: [FieldSpec], file: String, line: Int?, rejected: Int) -> Diagnostic {
        missingColumns(fields.map { ($0.code, $0.name) }, file: file, line: line, rejected: rejected)
    }

    /// Columns given as (code, name): for a 2016 file, the 2016 column that would provide the field.
    static func missingColumns(_ columns: [(code: String, name: String)], file: String, line: Int?, rejected: Int,
                               unit: String = "file") -> Diagnostic {
        let list = columns.map { "\($0.code) \($0.name)" }.joined(separator: ", ")
        return Diagnostic(.error, file: file, line: line, field: columns.first?.code,
                          "\(unit) rejected (\(rejected) rows): missing required column\(columns.count > 1 ? "s" : ""): \(list)")
    }

    /// The one error for every row of a file whose authority site.yaml does not list (SPEC section 2).
    static func missingAuthority(_ name: String, field: FieldSpec, rows: Int, at location: SourceLocation) -> Diagnostic {
        Diagnostic(.error, file: location.file, line: location.line, field: field.code,
                   "\(field.name) '\(name)' is not in site.yaml authorities, so its 统一社会信用代码 is unknown: "
                       + "\(rows) row\(rows == 1 ? "" : "s") of this file rejected, the first here; "
                       + "add it to site.yaml as authorities: {\(name): <its 统一社会信用代码>}")
    }

    /// A `.xls` file: the binary format is not read, and LibreOffice converts it in one command.
    static func binaryWorkbook(file: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: nil,
                   "file rejected: .xls is the Excel 97–2003 binary format, which is not read; save it as .xlsx "
                       + "(then remove the .xls), e.g. with: libreoffice --headless --convert-to xlsx --outdir \((file as NSString).deletingLastPathComponent) \(file)")
    }

    public static func required(_ f: FieldSpec) -> String { "\(f.name) is required" }

    public static func requiredFor(_ f: FieldSpec, _ category: SubjectCategory) -> String {
        "\(f.name) is required for \(category.rawValue)"
    }

    public static func requiredForList(_ f: FieldSpec, _ colour: String) -> String {
        "\(f.name) is required for \(colour)"
    }

    public static func notInList(_ value: String, _ f: FieldSpec, allowed: [String]) -> String {
        "'\(value)' is not a \(f.name); expected one of \(allowed.joined(separator: ", "))"
    }

    public static func badDate(_ value: String, _ reason: String) -> String { "'\(value)': \(reason)" }

    public static func decisionAfterAsOf(_ f: FieldSpec, _ date: CivilDate, asOf: CivilDate) -> String {
        "\(f.name) \(date.iso) is after the build day \(asOf.iso); a decision cannot be published before it is made"
    }

    public static func endBeforeStart(_ end: FieldSpec, _ endDate: CivilDate, _ start: FieldSpec, _ startDate: CivilDate) -> String {
        "\(end.name) \(endDate.iso) is before \(start.name) \(startDate.iso)"
    }

    public static func creditCode(_ reason: String) -> String { reason }

    public static func placeholderNotAllowed(_ category: SubjectCategory) -> String {
        "the placeholder 00000000000000000X is only accepted for 个体工商户, not for \(category.rawValue)"
    }

    public static func idNumber(_ reason: String) -> String { "not a valid 公民身份号码: \(reason)" }

    public static func amount(_ value: String, _ reason: String) -> String { "'\(value)': \(reason)" }

    public static func unknownStatus(_ value: String) -> String {
        "'\(value)' is not a status; expected 有效, 正常, 无效, 撤销 or 异议"
    }

    public static func unmappedStatusCode(_ value: String) -> String {
        "numeric status '\(value)' has no meaning set; add it to site.yaml, e.g. policy: {status_codes: {\"\(value)\": 有效}}"
    }

    public static func duplicate(of earlier: SourceLocation) -> String {
        "replaces the record with the same key at \(earlier) (the later row wins)"
    }

    public static func eventMatchesNone(_ type: String, _ number: String) -> String {
        "no \(type) record has 文书号 \(number)"
    }

    public static func eventMatchesSeveral(_ count: Int, _ hint: String) -> String {
        "matches \(count) records; add \(hint) to say which"
    }
}
