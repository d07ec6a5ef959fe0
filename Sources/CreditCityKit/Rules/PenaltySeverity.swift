/// Derives 失信严重程度 when the platform did not give one (SPEC section 4).
public enum PenaltySeverity {
    public static func of(_ facts: PenaltyFacts, subject: SubjectCategory, policy: SiteConfig.Policy) -> Severity {
        if let given = facts.givenSeverity { return given }
        let categories = facts.categories
        if !categories.isDisjoint(with: .serious) { return .serious }
        if categories.isSubset(of: .reprimands) { return .minor }
        // 轻微 also when the only money penalty is a fine below the office's threshold:
        // 个体工商户 count as persons, as the policy comment in site.yaml says.
        if categories.subtracting(.reprimands) == .fine, (facts.confiscationFen ?? 0) == 0, let fine = facts.fineFen {
            let threshold = subject == .organisation ? policy.minorFineFenOrganisation : policy.minorFineFenPerson
            if fine < threshold { return .minor }
        }
        return .general
    }

    /// The severity of a penalty record; nil for other kinds.
    public static func of(_ record: Record, policy: SiteConfig.Policy) -> Severity? {
        record.facts.penalty.map { of($0, subject: record.subject, policy: policy) }
    }
}
