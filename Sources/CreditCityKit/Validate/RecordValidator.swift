import Foundation
/// Checks one raw row of licensing, penalty or list content against SPEC section 2, normalises its
/// values and derives the typed facts the rules read.
///
/// Every problem in a row is reported, not just the first, so the webmaster fixes a row once.
public struct RecordValidator: Sendable {
    public let kind: RecordKind
    public let asOf: CivilDate
    public let policy: SiteConfig.Policy
    let catalog: FieldCatalog
    let roles: FieldRoles
    /// What rows of the 2016 template get filled in (nil for lists, which had no such template).
    let legacyFillIns: LegacyFillIns?

    /// `authorities` is site.yaml's directory (name → 统一社会信用代码) for rows of the 2016 template.
    public init(kind: RecordKind, asOf: CivilDate, policy: SiteConfig.Policy, authorities: [String: String] = [:]) {
        self.kind = kind
        self.asOf = asOf
        self.policy = policy
        self.catalog = kind.catalog
        self.roles = kind.roles
        self.legacyFillIns = LegacyFillIns(kind: kind, authorities: authorities)
    }

    public struct Outcome: Sendable {
        public var record: Record?
        public var diagnostics: [Diagnostic]
        /// A 2016-template row whose authority site.yaml `authorities` lacks: rejected, and reported once
        /// per file by the caller rather than once per row.
        public var missingAuthority: String?
    }

    /// Values parsed on the way: days of date fields, amounts in 分, the 处罚类别, a checked ID number's birth day.
    struct Parsed {
        var days: [DateValue?]
        var fen: [Int64?]
        var categories: PenaltyCategorySet = []
        var birth: CivilDate?
        var idChecked = false
    }

    public func validate(_ raw: RawRow) -> Outcome {
        // Cells a 2016 row could not be converted from come first: they are where the row went wrong.
        var problems: [Diagnostic] = raw.problems
        func reject(_ field: FieldSpec, _ message: String) {
            problems.append(Messages.rejected(raw.location, field, message))
        }
        var values = raw.values.map { v -> String? in
            guard let t = v?.trimmingWhitespace(), !t.isEmpty else { return nil }
            return t
        }
        var missingAuthority: String?
        // Fields whose emptiness is already explained: by a 2016 cell that could not be converted into
        // them (no second "is required"), or by a missing authority (reported once per file).
        var explained = Set<Int>()
        if !raw.problems.isEmpty, let legacy = LegacyTemplate.of(kind.folder) {
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
        var parsed = Parsed(days: Array(repeating: nil, count: values.count), fen: Array(repeating: nil, count: values.count))
        let category = values[roles.subjectCategory].flatMap(SubjectCategory.init(standardValue:))
        let colour = roles.listColour.flatMap { values[$0] }

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
            switch normalise(value, field: i, spec: spec, values: values, category: category, parsed: &parsed) {
            case .success(let v): values[i] = v
            case .failure(let message): reject(spec, message.text)
            }
        }
        if problems.isEmpty { checkDates(parsed, reject: reject) }
        guard problems.isEmpty, missingAuthority == nil, let category, let decisionDay = parsed.days[roles.decisionDay]?.day else {
            return Outcome(record: nil, diagnostics: problems, missingAuthority: missingAuthority)
        }
        let facts = self.facts(values, parsed: parsed, decisionDay: decisionDay, category: category, raw: raw)
        let key = key(values)
        let dataset = dataset(values)
        let record = Record(kind: kind, location: raw.location, values: values, subject: category, key: key,
                            dataset: dataset, facts: facts,
                            publicID: RecordIdentity.identity(dataset: dataset, key: key, values: values, roles: roles))
        return Outcome(record: record, diagnostics: [], missingAuthority: nil)
    }

    struct Problem: Error { let text: String }

    /// The decision day of a raw row, when it parses and the kind's decisions may not follow the build
    /// day (list entries may: they are `not-yet`). What the content cache needs to know whether an
    /// outcome made for one as-of day holds for another.
    public func decisionDay(of raw: RawRow) -> CivilDate? {
        guard kind != .listEntry, let text = raw.values[roles.decisionDay]?.trimmingWhitespace(), !text.isEmpty,
              case .success(.day(let d)) = DateParsing.parse(text) else { return nil }
        return d
    }

    /// One field's value in normal form, or why it is wrong; typed values go to `parsed`.
    func normalise(_ value: String, field: Int, spec: FieldSpec, values: [String?], category: SubjectCategory?,
                   parsed: inout Parsed) -> Result<String, Problem> {
        switch spec.value {
        case .text:
            if field == roles.status { return status(value) }
            return .success(value)
        case .date:
            switch DateParsing.parse(value) {
            case .success(let d):
                parsed.days[field] = d
                return .success(d.normalisedText)
            case .failure(let e): return .failure(Problem(text: Messages.badDate(value, e.description)))
            }
        case .amount:
            switch (AmountParsing.wanYuan(value), AmountParsing.fen(wanYuan: value)) {
            case (.success(let amount), .success(let fen)):
                parsed.fen[field] = fen
                return .success("\(amount)")
            case (.failure(let e), _), (_, .failure(let e)): return .failure(Problem(text: Messages.amount(value, "\(e)")))
            }
        case .creditCode:
            switch CreditCode.check(value) {
            case .valid(let code): return .success(code)
            case .placeholder:
                // Only a 个体工商户 without a code of its own may carry the placeholder.
                let isSubjectCode = field == roles.subjectCode
                if isSubjectCode, category == .individualBusiness { return .success(CreditCode.placeholderCode) }
                if isSubjectCode, let category { return .failure(Problem(text: Messages.placeholderNotAllowed(category))) }
                return .failure(Problem(text: Messages.placeholderNotAnAuthority))
            case .invalid(let reason): return .failure(Problem(text: Messages.creditCode(reason)))
            }
        case .idNumber:
            let type = values[roles.idType] ?? ""
            // Without a document type, 18 characters are a 公民身份号码 (the default on the platform).
            guard type.isEmpty || type.contains("身份证") else { return .success(value) }
            parsed.idChecked = true
            switch IDNumber.check(value) {
            case .valid(let birth):
                parsed.birth = birth
                return .success(value.uppercased())
            case .invalid(let reason): return .failure(Problem(text: Messages.idNumber(reason)))
            }
        case .choice(let allowed):
            if field == roles.subjectCategory {
                guard let c = SubjectCategory(standardValue: value) else {
                    return .failure(Problem(text: Messages.notInList(value, spec, allowed: allowed)))
                }
                return .success(c.rawValue)
            }
            guard allowed.contains(value) else { return .failure(Problem(text: Messages.notInList(value, spec, allowed: allowed))) }
            return .success(value)
        case .penaltyCategories:
            let parts = PenaltyCategories.split(value)
            guard let set = PenaltyCategorySet(names: parts) else {
                let bad = parts.first { !FieldCatalog.penaltyCategoryValues.contains($0) } ?? value
                return .failure(Problem(text: Messages.notInList(bad, spec, allowed: FieldCatalog.penaltyCategoryValues)))
            }
            guard !parts.isEmpty else { return .failure(Problem(text: Messages.required(spec))) }
            parsed.categories = set
            return .success(parts.joined(separator: "；"))
        }
    }

    /// 当前状态: a word of the standard, or a numeric code mapped by `policy.status_codes`.
    func status(_ value: String) -> Result<String, Problem> {
        if value.allSatisfy({ $0.isASCII && $0.isNumber }) {
            guard let mapped = policy.statusCodes[value] else { return .failure(Problem(text: Messages.unmappedStatusCode(value))) }
            return .success(mapped)
        }
        guard RecordStatus(rawValue: value) != nil else { return .failure(Problem(text: Messages.unknownStatus(value))) }
        return .success(value)
    }

    /// Checks between fields: decisions not after the build day, ends not before starts.
    func checkDates(_ parsed: Parsed, reject: (FieldSpec, String) -> Void) {
        let decision = catalog.fields[roles.decisionDay]
        if kind != .listEntry, let d = parsed.days[roles.decisionDay]?.day, d > asOf {
            reject(decision, Messages.decisionAfterAsOf(decision, d, asOf: asOf))
        }
        for (end, start) in roles.dateOrder {
            if let endDay = parsed.days[end]?.day, let startDay = parsed.days[start]?.day, endDay < startDay {
                reject(catalog.fields[end], Messages.endBeforeStart(catalog.fields[end], endDay, catalog.fields[start], startDay))
            }
        }
    }

    /// The typed facts of a valid row.
    func facts(_ values: [String?], parsed: Parsed, decisionDay: CivilDate, category: SubjectCategory, raw: RawRow) -> RecordFacts {
        var facts = RecordFacts(decisionDay: decisionDay)
        facts.validUntil = roles.validUntil.flatMap { parsed.days[$0]?.day }
        facts.disclosureEnd = roles.disclosureEnd.flatMap { parsed.days[$0]?.day }
        facts.removalDay = roles.removalDay.flatMap { parsed.days[$0]?.day }
        if let categories = roles.penaltyCategories, values[categories] != nil {
            facts.penalty = PenaltyFacts(categories: parsed.categories, fineFen: roles.fine.flatMap { parsed.fen[$0] },
                                         confiscationFen: roles.confiscation.flatMap { parsed.fen[$0] },
                                         givenSeverity: roles.givenSeverity.flatMap { values[$0] }.flatMap(Severity.init(rawValue:)))
        }
        // The birth day counts for the age rule whatever the document type says, when the number is a valid 公民身份号码.
        if category != .organisation, let number = values[roles.idNumber] {
            if parsed.idChecked {
                facts.birthDate = parsed.birth
            } else if case .valid(let birth) = IDNumber.check(number) {
                facts.birthDate = birth
            }
        }
        facts.status = roles.status.flatMap { values[$0] }.flatMap(RecordStatus.init(rawValue:))
        if let scope = roles.scope.flatMap({ values[$0] }) { facts.publicScope = scope == "0" || scope == "公示" }
        facts.approved = isApproved(raw)
        return facts
    }

    /// The identity of SPEC section 3. Internal only: it may hold an ID number and never reaches Output/.
    func key(_ values: [String?]) -> String {
        var parts = roles.identity.map { values[$0] ?? "" }
        if kind == .listEntry {
            let subject = [roles.subjectCode, roles.idNumber, roles.subjectName].lazy.compactMap { values[$0] }
                .first { !$0.isEmpty && $0 != CreditCode.placeholderCode } ?? ""
            parts.append(subject)
        }
        return parts.joined(separator: "\u{1F}")
    }

    /// SPEC section 2: a file without an 审核状态 column is an export of approved entries; where the
    /// column exists (the loader then gives every row a value, "" for an empty cell) only 已审核,
    /// 审核通过 and 通过 are approved.
    func isApproved(_ raw: RawRow) -> Bool {
        guard let field = roles.reviewState, let state = raw.values[field] else { return true }
        return ["已审核", "审核通过", "通过"].contains(state.trimmingWhitespace())
    }

    func dataset(_ values: [String?]) -> Dataset {
        switch kind {
        case .licensing: .licensing
        case .penalty: .penalties
        case .listEntry: roles.listColour.flatMap { values[$0] } == "红名单" ? .redlist : .blacklist
        }
    }
}

/// 处罚类别 cells hold one or more categories separated by ；;、, (and the full-width comma Excel users type).
public enum PenaltyCategories {
    public static func split(_ value: String) -> [String] {
        value.split(whereSeparator: { "；;、,，".contains($0) }).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty }
    }
}
