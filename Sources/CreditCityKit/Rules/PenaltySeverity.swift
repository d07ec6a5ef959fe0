/// Derives 失信严重程度 when the platform did not give one (SPEC section 4).
public enum PenaltySeverity {
    /// Categories that make a penalty 严重 on their own.
    static let seriousCategories: Set<String> = ["吊销许可证件", "责令关闭", "责令停产停业", "限制从业", "限制开展生产经营活动"]
    /// Categories that are no more than a reprimand.
    static let reprimands: Set<String> = ["警告", "通报批评"]

    public static func of(_ record: Record, policy: SiteConfig.Policy) -> Severity {
        if let given = record["CF_SXYZCD"], let s = Severity(rawValue: given) { return s }
        let categories = Set(PenaltyCategories.split(record["CF_CFLB"] ?? ""))
        if !categories.isDisjoint(with: seriousCategories) { return .serious }
        if categories.isSubset(of: reprimands) { return .minor }
        // 轻微 also when the only money penalty is a fine below the office's threshold:
        // 个体工商户 count as persons, as the policy comment in site.yaml says.
        if categories.subtracting(reprimands) == ["罚款"], (record["CF_NR_WFFF"].flatMap(Double.init) ?? 0) == 0,
           let wan = record["CF_NR_FK"].flatMap(Double.init) {
            let threshold = record.subject == .organisation ? policy.minorFineYuanOrganisation : policy.minorFineYuanPerson
            // Amounts are in 万元; compare in 分 to stay clear of binary fractions (0.5 万元 = 5000 元 exactly).
            if (wan * 1_000_000).rounded() < (threshold * 100).rounded() { return .minor }
        }
        return .general
    }
}
