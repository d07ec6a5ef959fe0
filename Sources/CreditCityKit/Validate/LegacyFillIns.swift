/// The V2.0 fields a row of the 2016 template has no column for, filled in as SPEC section 2 says:
/// 行政相对人类别 from the identifiers and the name, the authority's 统一社会信用代码 from site.yaml
/// `authorities`, and 数据来源单位 (and its code) as the authority itself.
public struct LegacyFillIns: Sendable {
    public let kind: RecordKind
    /// site.yaml `authorities`: authority name → 统一社会信用代码.
    public let authorities: [String: String]
    private let category, name, creditCode, idNumber, authority, authorityCode, source, sourceCode: Int
    private let otherCodes: [Int]

    public init?(kind: RecordKind, authorities: [String: String]) {
        // Only the 双公示 kinds had a 2016 template; they have an authority code and a source department.
        let roles = kind.roles
        guard let authorityCode = roles.authorityCode, let source = roles.sourceDepartment,
              let sourceCode = roles.sourceDepartmentCode else { return nil }
        self.kind = kind
        self.authorities = authorities
        category = roles.subjectCategory
        name = roles.subjectName
        creditCode = roles.subjectCode
        idNumber = roles.idNumber
        otherCodes = roles.otherSubjectCodes
        authority = roles.authority
        self.authorityCode = authorityCode
        self.source = source
        self.sourceCode = sourceCode
    }

    /// The code fields whose emptiness a missing authority explains (reported once per file, not per row).
    public var authorityCodeFields: Set<Int> { [authorityCode, sourceCode] }

    /// Fills the empty fields of trimmed `values`; returns the authority name that `authorities` lacks,
    /// when a code could not be filled in because of it.
    public func fill(_ values: inout [String?]) -> String? {
        if values[category] == nil { values[category] = subjectCategory(values).rawValue }
        if values[source] == nil { values[source] = values[authority] }
        var missing: String?
        for (nameField, codeField) in [(authority, authorityCode), (source, sourceCode)] where values[codeField] == nil {
            guard let authorityName = values[nameField] else { continue }
            if let code = authorities[authorityName] {
                values[codeField] = code
            } else if missing == nil {
                missing = authorityName
            }
        }
        return missing
    }

    /// 行政相对人类别 of a row that does not say: 个体工商户 for a code starting 92, or without a code for a
    /// name that reads as a shop or stall; 自然人 when a 居民身份证号 is the only identifier; else an organisation.
    public func subjectCategory(_ values: [String?]) -> SubjectCategory {
        let code = values[creditCode].flatMap { $0 == CreditCode.placeholderCode ? nil : $0 }
        if let code { return code.hasPrefix("92") ? .individualBusiness : .organisation }
        let subject = values[name] ?? ""
        if subject.contains("个体") || Self.shopEndings.contains(where: { subject.hasSuffix($0) }) { return .individualBusiness }
        if values[idNumber] != nil, otherCodes.allSatisfy({ values[$0] == nil }) { return .person }
        return .organisation
    }

    /// Name endings of 个体工商户 trading names (…小吃店, …经营部, …加工厂, …菜馆, …车行, …豆腐坊, …水果摊, …档).
    static let shopEndings = ["店", "部", "厂", "馆", "行", "坊", "摊", "档"]
}
