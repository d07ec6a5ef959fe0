import Foundation
/// Checks one raw row of licensing, penalty or list content against SPEC section 2 and normalises it.
///
/// Every problem in a row is reported, not just the first, so the webmaster fixes a row once.
public struct RecordValidator: Sendable {
    public let kind: RecordKind
    public let asOf: CivilDate
    public let policy: SiteConfig.Policy
    let catalog: FieldCatalog
    let categoryField: Int
    let decisionField: Int
    /// What rows of the 2016 template get filled in (nil for lists, which had no such template).
    let legacyFillIns: LegacyFillIns?

    /// `authorities` is site.yaml's directory (name → 统一社会信用代码) for rows of the 2016 template.
    public init(kind: RecordKind, asOf: CivilDate, policy: SiteConfig.Policy, authorities: [String: String] = [:]) {
        precondition(kind != .event, "events are checked by EventValidator")
        self.kind = kind
        self.asOf = asOf
        self.policy = policy
        self.catalog = kind.catalog
        self.legacyFillIns = LegacyFillIns(kind: kind, authorities: authorities)
        switch kind {
        case .licensing:
            categoryField = catalog.index(of: "XK_XDR_LB")
            decisionField = catalog.index(of: "XK_JDRQ")
        case .penalty:
            categoryField = catalog.index(of: "CF_XDR_LB")
            decisionField = catalog.index(of: "CF_JDRQ")
        case .listEntry, .event:
            categoryField = catalog.index(of: "MD_XDR_LB")
            decisionField = catalog.index(of: "MD_RDRQ")
        }
    }

    public struct Outcome: Sendable {
        public var record: Record?
        public var diagnostics: [Diagnostic]
        /// A 2016-template row whose authority site.yaml `authorities` lacks: rejected, and reported once
        /// per file by the caller rather than once per row.
        public var missingAuthority: String?
    }

    public func validate(_ raw: RawRow) -> Outcome {
        // Cells a 2016 row could not be converted from come first: they are where the row went wrong.
        var problems: [Diagnostic] = raw.problems
        func reject(_ field: FieldSpec, _ message: String) {
            problems.append(Diagnostic(.error, file: raw.location.file, line: raw.location.line, field: field.code, message))
        }
        var values = raw.values.map { v -> String? in
            guard let t = v?.trimmingWhitespace(), !t.isEmpty else { return nil }
            return t
        }
        var missingAuthority: String?
        // Fields whose emptiness is already explained: by a 2016 cell that could not be converted into
        // them (no second "is required"), or by a missing authority (reported once per file).
        var explained = Set<Int>()
        if !raw.problems.isEmpty, let legacy = LegacyTemplate.of(kind) {
            for d in raw.problems {
                if let l = d.field.flatMap(legacy.index(ofCode:)), let code = legacy.fields[l].target, let f = catalog.position(of: code) {
                    explained.insert(f)
                }
            }
        }
        if raw.template == .legacy2016, let legacyFillIns {
            missingAuthority = legacyFillIns.fill(&values)
            if missingAuthority != nil { explained.formUnion(legacyFillIns.authorityCodeFields) }
        }
        let category = values[categoryField].flatMap(SubjectCategory.init(standardValue:))
        let colour = kind == .listEntry ? values[catalog.index(of: "MD_LB")] : nil

        for (i, spec) in catalog.fields.enumerated() {
            guard let value = values[i] else {
                if explained.contains(i) { continue }
                switch spec.requirement {
                case .required: reject(spec, Messages.required(spec))
                case .requiredFor(let cats):
                    if let category, cats.contains(category) { reject(spec, Messages.requiredFor(spec, category)) }
                case .requiredForList(let c):
                    if colour == c { reject(spec, Messages.requiredForList(spec, c)) }
                case .optional: break
                }
                continue
            }
            switch normalise(value, spec: spec, values: values, category: category) {
            case .success(let v): values[i] = v
            case .failure(let message): reject(spec, message.text)
            }
        }
        if problems.isEmpty { checkDates(values, reject: reject) }
        guard problems.isEmpty, missingAuthority == nil, let category else {
            return Outcome(record: nil, diagnostics: problems, missingAuthority: missingAuthority)
        }
        let record = Record(kind: kind, location: raw.location, values: values, subject: category,
                            key: key(values, category: category), dataset: dataset(values), approved: isApproved(raw))
        return Outcome(record: record, diagnostics: [], missingAuthority: nil)
    }

    struct Problem: Error { let text: String }

    /// One field's value in normal form, or why it is wrong.
    func normalise(_ value: String, spec: FieldSpec, values: [String?], category: SubjectCategory?) -> Result<String, Problem> {
        switch spec.value {
        case .text:
            if spec.code == "XK_ZT" || spec.code == "CF_ZT" { return status(value) }
            return .success(value)
        case .date:
            switch DateParsing.parse(value) {
            case .success(let d): return .success(d.normalisedText)
            case .failure(let e): return .failure(Problem(text: Messages.badDate(value, e.description)))
            }
        case .amount:
            switch AmountParsing.wanYuan(value) {
            case .success(let amount): return .success("\(amount)")
            case .failure(let e): return .failure(Problem(text: Messages.amount(value, "\(e)")))
            }
        case .creditCode:
            switch CreditCode.check(value) {
            case .valid(let code): return .success(code)
            case .placeholder:
                // Only a 个体工商户 without a code of its own may carry the placeholder.
                let isSubjectCode = spec.code.hasSuffix("XDR_SHXYM")
                if isSubjectCode, category == .individualBusiness { return .success("00000000000000000X") }
                if isSubjectCode, let category { return .failure(Problem(text: Messages.placeholderNotAllowed(category))) }
                return .failure(Problem(text: "the placeholder 00000000000000000X is not a code of an authority"))
            case .invalid(let reason): return .failure(Problem(text: Messages.creditCode(reason)))
            }
        case .idNumber:
            let typeCode = spec.code.replacingOccurrences(of: "ZJHM", with: "ZJLX")
            let type = values[catalog.index(of: typeCode)] ?? ""
            // Without a document type, 18 characters are a 公民身份号码 (the default on the platform).
            guard type.isEmpty || type.contains("身份证") else { return .success(value) }
            switch IDNumber.check(value) {
            case .valid: return .success(value.uppercased())
            case .invalid(let reason): return .failure(Problem(text: Messages.idNumber(reason)))
            }
        case .choice(let allowed):
            if spec.code.hasSuffix("_LB"), spec.code != "MD_LB" {
                guard let c = SubjectCategory(standardValue: value) else {
                    return .failure(Problem(text: Messages.notInList(value, spec, allowed: allowed)))
                }
                return .success(c.rawValue)
            }
            guard allowed.contains(value) else { return .failure(Problem(text: Messages.notInList(value, spec, allowed: allowed))) }
            return .success(value)
        case .penaltyCategories:
            let parts = PenaltyCategories.split(value)
            if let bad = parts.first(where: { !FieldCatalog.penaltyCategoryValues.contains($0) }) {
                return .failure(Problem(text: Messages.notInList(bad, spec, allowed: FieldCatalog.penaltyCategoryValues)))
            }
            guard !parts.isEmpty else { return .failure(Problem(text: Messages.required(spec))) }
            return .success(parts.joined(separator: "；"))
        }
    }

    /// 当前状态: a word of the standard, or a numeric code mapped by `policy.status_codes`.
    func status(_ value: String) -> Result<String, Problem> {
        if value.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let mapped = policy.statusCodes[value] else { return .failure(Problem(text: Messages.unmappedStatusCode(value))) }
            return .success(mapped)
        }
        guard ["有效", "正常", "无效", "撤销", "异议"].contains(value) else { return .failure(Problem(text: Messages.unknownStatus(value))) }
        return .success(value)
    }

    /// Checks between fields: decisions not after the build day, ends not before starts.
    func checkDates(_ values: [String?], reject: (FieldSpec, String) -> Void) {
        func day(_ code: String) -> CivilDate? {
            guard let v = values[catalog.index(of: code)], case .success(.day(let d)) = DateParsing.parse(v) else { return nil }
            return d
        }
        let decision = catalog.fields[decisionField]
        if kind != .listEntry, let d = day(decision.code), d > asOf {
            reject(decision, Messages.decisionAfterAsOf(decision, d, asOf: asOf))
        }
        let pairs: [(String, String)]
        switch kind {
        case .licensing: pairs = [("XK_YXQZI", "XK_YXQZ")]
        case .penalty: pairs = [("CF_GSJZQ", "CF_JDRQ"), ("CF_YXQ", "CF_JDRQ")]
        case .listEntry: pairs = [("MD_YXQZ", "MD_RDRQ"), ("MD_YCRQ", "MD_RDRQ")]
        case .event: pairs = []
        }
        for (endCode, startCode) in pairs {
            if let end = day(endCode), let start = day(startCode), end < start {
                reject(catalog.spec(endCode), Messages.endBeforeStart(catalog.spec(endCode), end, catalog.spec(startCode), start))
            }
        }
    }

    /// The identity of SPEC section 3. Internal only: it may hold an ID number and never reaches Output/.
    func key(_ values: [String?], category: SubjectCategory) -> String {
        func v(_ code: String) -> String { values[catalog.index(of: code)] ?? "" }
        switch kind {
        case .licensing: return [v("XK_XKJGDM"), v("XK_WSH"), v("XK_XKBH")].joined(separator: "\u{1F}")
        case .penalty: return [v("CF_CFJGDM"), v("CF_WSH")].joined(separator: "\u{1F}")
        case .listEntry, .event:
            let subject = [v("MD_XDR_SHXYM"), v("MD_XDR_ZJHM"), v("MD_XDR_MC")].first { !$0.isEmpty && $0 != "00000000000000000X" } ?? ""
            return [v("MD_MC"), v("MD_RDBM"), v("MD_RDWH"), subject].joined(separator: "\u{1F}")
        }
    }

    /// SPEC section 2: a file without an 审核状态 column is an export of approved entries; where the
    /// column exists (the loader then gives every row a value, "" for an empty cell) only 已审核,
    /// 审核通过 and 通过 are approved.
    func isApproved(_ raw: RawRow) -> Bool {
        guard kind == .listEntry, let state = raw.values[catalog.index(of: "MD_SHZT")] else { return true }
        return ["已审核", "审核通过", "通过"].contains(state.trimmingWhitespace())
    }

    func dataset(_ values: [String?]) -> Dataset {
        switch kind {
        case .licensing: .licensing
        case .penalty: .penalties
        case .listEntry, .event: values[catalog.index(of: "MD_LB")] == "红名单" ? .redlist : .blacklist
        }
    }
}

/// 处罚类别 cells hold one or more categories separated by ；;、, (and the full-width comma Excel users type).
public enum PenaltyCategories {
    public static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { "；;、,，".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
