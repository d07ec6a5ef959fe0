import Foundation

/// The sentences of every content diagnostic, in one place so tests assert whole values and the
/// webmaster reads the same wording for the same mistake everywhere (swift-format's `Finding.Message`).
///
/// Factories that return a `Diagnostic` place it too (file, line, field); those that return a
/// `String` give the reason for a field the caller names.
public enum Messages {
    // MARK: Files

    public static func missingColumns(_ fields: [FieldSpec], file: String, line: Int?, rejected: Int) -> Diagnostic {
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
        let folder = (file as NSString).deletingLastPathComponent
        return Diagnostic(.error, file: file, line: nil,
                          "file rejected: .xls is the Excel 97–2003 binary format, which is not read; save it as .xlsx "
                              + "(then remove the .xls), e.g. with: libreoffice --headless --convert-to xlsx --outdir \(folder) \(file)")
    }

    /// The lock file Excel or WPS leaves beside an open workbook.
    public static func ignoredLockFile(_ file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: nil, "ignored: a lock file that Excel or WPS leaves while the workbook is open")
    }

    /// Two header cells name the same field.
    public static func duplicateColumn(_ spec: FieldSpec, columns: (Int, Int), file: String, line: Int, rejected: Int) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, field: spec.code,
                   "file rejected (\(rejected) rows): columns \(columns.0) and \(columns.1) both hold \(spec.code) \(spec.name)")
    }

    /// A file that cannot be decoded or parsed at all; `line` where parsing stopped, if known.
    public static func fileRejected(_ file: String, line: Int?, _ reason: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, "file rejected: \(reason)")
    }

    public static func unknownColumns(_ names: [String], file: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line, "unknown columns ignored: \(names.joined(separator: ", "))")
    }

    public static func unknownKeys(_ names: [String], file: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: nil, "unknown keys ignored: \(names.joined(separator: ", "))")
    }

    public static func extraCells(_ cells: Int, header: Int, file: String, line: Int) -> Diagnostic {
        Diagnostic(.warning, file: file, line: line,
                   "row has \(cells) cells but the header has \(header); the extra cells are ignored")
    }

    /// A file in a data folder whose type the build does not read.
    public static func ignoredFile(_ file: String, folder: String) -> Diagnostic {
        Diagnostic(.warning, file: file, line: nil, "ignored: only .csv, .json, .jsonl and .xlsx files are read in \(folder)/")
    }

    // MARK: Rows

    /// A row rejected because of one field.
    public static func rejected(_ location: SourceLocation, _ field: FieldSpec, _ reason: String) -> Diagnostic {
        Diagnostic(.error, file: location.file, line: location.line, field: field.code, reason)
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
        "the placeholder \(CreditCode.placeholderCode) is only accepted for 个体工商户, not for \(category.rawValue)"
    }

    public static let placeholderNotAnAuthority = "the placeholder \(CreditCode.placeholderCode) is not a code of an authority"

    public static func idNumber(_ reason: String) -> String { "not a valid 公民身份号码: \(reason)" }

    public static func amount(_ value: String, _ reason: String) -> String { "'\(value)': \(reason)" }

    public static func unknownStatus(_ value: String) -> String {
        "'\(value)' is not a status; expected 有效, 正常, 无效, 撤销 or 异议"
    }

    public static func unmappedStatusCode(_ value: String) -> String {
        "numeric status '\(value)' has no meaning set; add it to site.yaml, e.g. policy: {status_codes: {\"\(value)\": 有效}}"
    }

    /// A later row with the same key (SPEC section 3) replaces an earlier one.
    public static func duplicate(_ location: SourceLocation, of earlier: SourceLocation) -> Diagnostic {
        Diagnostic(.warning, file: location.file, line: location.line, "replaces the record with the same key at \(earlier) (the later row wins)")
    }

    // MARK: Events

    public static func eventMatchesNone(_ event: CreditEvent) -> Diagnostic {
        Diagnostic(.error, file: event.location.file, line: event.location.line, field: "SJ_WSH",
                   "no \(event.dataset.eventRecordType) record has 文书号 \(event.documentNumber)"
                       + (event.authority.map { " and 机关 \($0)" } ?? "") + (event.subject.map { " and 主体 \($0)" } ?? ""))
    }

    public static func eventMatchesSeveral(_ event: CreditEvent, count: Int) -> Diagnostic {
        let hint = event.dataset.isList ? "SJ_XDR 主体 (credit code or name)" : "SJ_JG 机关 (name or credit code)"
        return Diagnostic(.error, file: event.location.file, line: event.location.line, field: "SJ_WSH",
                          "matches \(count) records; add \(hint) to say which")
    }

    // MARK: Notices

    /// A notice rejected for `reason`, at the front-matter `key` on `line` when one is at fault.
    public static func noticeRejected(_ file: String, line: Int?, key: String?, _ reason: String) -> Diagnostic {
        Diagnostic(.error, file: file, line: line, field: key, "notice rejected: \(reason)")
    }

    public static let noticeNotText = "not UTF-8 or GB18030 text"
    public static let noticeNeedsFrontMatter = "must start with YAML front matter between two --- lines (title and date at least)"
    public static let frontMatterNotMapping = "front matter must be key: value lines"
    public static func frontMatterNotYAML(_ error: String) -> String { "front matter is not valid YAML: \(error)" }
    public static func slugTaken(_ slug: String, by earlier: String) -> String { "slug '\(slug)' is already used by \(earlier)" }
    public static func notADay(_ value: String) -> String { "'\(value)' is not a day" }
    public static func noticeCategory(_ value: String) -> String {
        "'\(value)' is not a category; expected one of \(Notice.categories.joined(separator: ", "))"
    }
    public static func slugCharacters(_ slug: String) -> String {
        "'\(slug)' must use letters, digits, - and _ only (set slug: in the front matter)"
    }
    public static let draftNotBool = "draft must be true or false"
}
