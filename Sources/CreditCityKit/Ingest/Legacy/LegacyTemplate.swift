/// The earlier national 双公示 template (2016, "V1.0"), in which most platforms' archives before 2021 are
/// kept, and its mapping onto the V2.0 fields (SPEC section 2, "Legacy template").
///
/// Self-contained on purpose: given a legacy header it names the columns, and given a row's cells by
/// legacy column it returns the V2.0 field values, so that everything after it (validation, rules,
/// pages, feeds) sees only V2.0 records.
public struct LegacyTemplate: Sendable {
    /// How one legacy column's value becomes V2.0 values.
    public enum Conversion: Sendable, Equatable {
        /// Copied as it is into the V2.0 field.
        case copy(String)
        /// 处罚类别1/2: a code 0–6 or text, merged into `CF_CFLB`.
        case penaltyCategory
        /// 当前状态: 0 or empty 正常, 1 撤销, 2 异议, 3 其他 (not shown).
        case status(String)
        /// 居民身份证号: the subject's 证件号码, with 证件类型 身份证.
        case residentID(number: String, type: String)
        /// 审批类别 → 许可类别 (普通/特许/认可/核准/登记; anything else 其他).
        case approvalCategory(String)
        /// 许可决定日期: also the start of validity (有效期自), which the 2016 template has no column for.
        case decisionDate([String])
        /// 数据更新时间戳 in any of the forms platforms wrote, as `YYYY-MM-DD HH:MM:SS` where it can be read.
        case timestamp(String)
        /// Known to the template but with no V2.0 field (地方编码): read, not published.
        case notCarried
    }

    /// One column of the 2016 template.
    public struct Field: Sendable {
        public let code: String
        public let name: String
        public let conversion: Conversion
        /// Whether this column exists only in the 2016 template, so a header holding it is a 2016 header.
        public let marksLegacy: Bool

        init(_ code: String, _ name: String, _ conversion: Conversion, marksLegacy: Bool = false) {
            self.code = code
            self.name = name
            self.conversion = conversion
            self.marksLegacy = marksLegacy
        }

        /// The V2.0 field this column fills first (for a column conflict and for `--explain`).
        public var target: String? {
            switch conversion {
            case .copy(let c), .status(let c), .approvalCategory(let c), .timestamp(let c): c
            case .penaltyCategory: "CF_CFLB"
            case .residentID(let number, _): number
            case .decisionDate(let codes): codes.first
            case .notCarried: nil
            }
        }
    }

    public let kind: RecordKind
    public let fields: [Field]
    /// V2.0 fields every legacy row gets without a column: filled in by `LegacyFillIns` (行政相对人类别,
    /// the authority's code, 数据来源单位 and its code) or given a default by the conversion.
    public let filledIn: [String]
    /// Default values of V2.0 fields for a row whose column is absent or empty.
    let defaults: [(code: String, value: String)]
    private let byHeader: [String: Int]
    /// V2.0 catalog positions, computed once: conversion runs for every row.
    private let positions: [String: Int]

    init(kind: RecordKind, fields: [Field], filledIn: [String], defaults: [(code: String, value: String)]) {
        self.kind = kind
        self.fields = fields
        self.filledIn = filledIn
        self.defaults = defaults
        var map: [String: Int] = [:]
        for (i, f) in fields.enumerated() {
            map[f.code.uppercased()] = i
            let name = Self.normalisedHeader(f.name)
            map[name] = i
            // `行政相对人代码_1(统一社会信用代码)` is also exported as just `行政相对人代码_1`.
            if let open = name.firstIndex(of: "("), name.hasSuffix(")") { map[String(name[..<open])] = i }
        }
        byHeader = map
        var positions: [String: Int] = [:]
        for (i, spec) in kind.catalog.fields.enumerated() { positions[spec.code] = i }
        self.positions = positions
    }

    /// The template of a content folder: penalties and licensing had one; lists and events did not.
    public static func of(_ folder: DataFolder) -> LegacyTemplate? {
        switch folder {
        case .penalties: .penalties
        case .licensing: .licensing
        case .lists, .events: nil
        }
    }

    /// The column a header names, by code (any case) or Chinese name (full-width brackets and spaces allowed).
    public func index(ofHeader header: String) -> Int? {
        let h = header.trimmingWhitespace()
        return byHeader[h.uppercased()] ?? byHeader[Self.normalisedHeader(h)]
    }

    /// The index of a field by its code (any case), never by its name.
    public func index(ofCode code: String) -> Int? {
        let upper = code.uppercased()
        return byHeader[upper].flatMap { fields[$0].code == upper ? $0 : nil }
    }

    /// Header text as exports vary it: full-width brackets and underscores, spaces inside.
    static func normalisedHeader(_ header: String) -> String {
        var out = ""
        for ch in header.trimmingWhitespace() {
            switch ch {
            case "（": out.append("(")
            case "）": out.append(")")
            case "＿": out.append("_")
            case " ", "\u{3000}": continue
            default: out.append(ch)
            }
        }
        return out
    }

    /// A problem with one legacy cell, reported against the legacy column's code.
    public struct Problem: Sendable, Equatable {
        public var field: String
        public var message: String
    }

    /// Converts a row given as cells by legacy column index (nil: no such column in the file) into
    /// `values`, the kind's V2.0 catalog layout, which already holds the cells of any V2.0 columns the
    /// file has besides; returns what could not be converted.
    public func convert(_ cells: [String?], into values: inout [String?]) -> [Problem] {
        var problems: [Problem] = []
        var categories: [String] = []
        func set(_ code: String, _ value: String, unlessGiven: Bool = false) {
            guard let p = positions[code] else { return }
            if unlessGiven, let given = values[p], !given.trimmingWhitespace().isEmpty { return }
            values[p] = value
        }
        for (i, field) in fields.enumerated() {
            guard i < cells.count, let cell = cells[i]?.trimmingWhitespace(), !cell.isEmpty else { continue }
            switch field.conversion {
            case .copy(let code):
                set(code, cell)
            case .penaltyCategory:
                switch LegacyCodes.penaltyCategories(cell) {
                case .success(let parts): categories += parts
                case .failure(let problem): problems.append(Problem(field: field.code, message: problem.message))
                }
            case .status(let code):
                switch LegacyCodes.status(cell) {
                case .success(let word): set(code, word)
                case .failure(let problem): problems.append(Problem(field: field.code, message: problem.message))
                }
            case .residentID(let number, let type):
                set(number, cell)
                set(type, "身份证", unlessGiven: true)
            case .approvalCategory(let code):
                set(code, LegacyCodes.approvalCategory(cell))
            case .decisionDate(let codes):
                for (n, code) in codes.enumerated() { set(code, cell, unlessGiven: n > 0) }
            case .timestamp(let code):
                set(code, LegacyCodes.timestamp(cell))
            case .notCarried:
                break
            }
        }
        if !categories.isEmpty {
            var seen = Set<String>()
            set("CF_CFLB", categories.filter { seen.insert($0).inserted }.joined(separator: "；"))
        }
        for (code, value) in defaults { set(code, value, unlessGiven: true) }
        return problems
    }
}
