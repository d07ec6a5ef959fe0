/// Decides, for each record and the as-of day, whether it is shown and for which days (SPEC section 4).
///
/// Reads the record's typed facts only (`RecordFacts`): nothing is parsed again here.
public struct PublicationRules: Sendable {
    public let asOf: CivilDate
    public let policy: SiteConfig.Policy

    public init(asOf: CivilDate, policy: SiteConfig.Policy) {
        self.asOf = asOf
        self.policy = policy
    }

    /// The one decision for `record` given the events attached to it. Events dated after the as-of day
    /// have not happened yet and are ignored.
    public func decide(_ record: Record, events: [CreditEvent] = []) -> Decision {
        decide(record.facts, kind: record.kind, dataset: record.dataset, subject: record.subject, events: events)
    }

    public func decide(_ facts: RecordFacts, kind: RecordKind, dataset: Dataset, subject: SubjectCategory,
                       events: [CreditEvent] = []) -> Decision {
        let past = events.filter { $0.date <= asOf }.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        if past.contains(where: { $0.kind == .revocation }) { return .hidden(.revoked) }
        if !facts.approved { return .hidden(.unapproved) }
        if let status = facts.status, !status.isShown { return .hidden(.status) }
        if !facts.publicScope { return .hidden(.internalUse) }
        if isMinorPerson(facts, subject: subject) { return .hidden(.minorPerson) }

        let severity = facts.penalty.map { PenaltySeverity.of($0, subject: subject, policy: policy) }
        if severity == .minor { return .hidden(.minorSeverity, severity: .minor) }
        guard let (window, repaired) = window(facts, kind: kind, dataset: dataset, severity: severity, events: past) else {
            return .hidden(.expired, severity: severity)
        }
        if underObjection(past) { return .hidden(.objection, window: window, severity: severity) }
        if asOf < window.first { return .hidden(.notYet, window: window, severity: severity) }
        if let last = window.last, asOf > last {
            return .hidden(repaired ? .repaired : .expired, window: window, severity: severity)
        }
        return .shown(window, severity: severity)
    }

    /// A natural person (or 个体工商户 operator) under 18 on the decision day, from the birth day in the ID number.
    func isMinorPerson(_ facts: RecordFacts, subject: SubjectCategory) -> Bool {
        guard subject != .organisation, let birth = facts.birthDate else { return false }
        return birth.age(on: facts.decisionDay) < 18
    }

    /// An 异议 hides the record from its date until a later 异议办结.
    func underObjection(_ past: [CreditEvent]) -> Bool {
        var open = false
        for e in past {
            if e.kind == .objection { open = true }
            if e.kind == .objectionClosed { open = false }
        }
        return open
    }

    /// The display window, and whether a 信用修复 shortened it; nil when the dates give no window at all.
    func window(_ facts: RecordFacts, kind: RecordKind, dataset: Dataset, severity: Severity?,
                events: [CreditEvent]) -> (DisplayWindow, repaired: Bool)? {
        let decided = facts.decisionDay
        switch kind {
        case .penalty:
            guard let severity else { return nil }
            let (minMonths, maxMonths) = severity == .serious ? (12, 36) : (3, 12)
            // Windows count whole months from the decision day; the last day shown is the day before.
            let minLast = decided.adding(months: minMonths).adding(days: -1)
            let maxLast = decided.adding(months: maxMonths).adding(days: -1)
            var last = maxLast
            if let given = facts.disclosureEnd { last = Swift.min(Swift.max(given, minLast), maxLast) }
            var repaired = false
            if let repair = events.first(where: { $0.kind == .repair }) {
                // A repair ends display on its date, but never before the minimum.
                let cut = Swift.max(repair.date.adding(days: -1), minLast)
                if cut < last { last = cut; repaired = true }
            }
            return (DisplayWindow(first: decided, last: last), repaired)
        case .licensing:
            var window = DisplayWindow(first: decided, last: facts.validUntil)
            if let years = policy.licensingMaxYears {
                window = window.ending(noLaterThan: decided.adding(years: years).adding(days: -1))
            }
            return repairedWindow(window, events: events)
        case .listEntry:
            var window = DisplayWindow(first: decided, last: facts.validUntil)
            // Removed on 移出日期: shown up to the day before.
            window = window.ending(noLaterThan: facts.removalDay?.adding(days: -1))
            if dataset == .blacklist, let years = policy.listMaxYears {
                window = window.ending(noLaterThan: decided.adding(years: years).adding(days: -1))
            }
            if let last = window.last, last < window.first { return nil }
            return repairedWindow(window, events: events)
        }
    }

    /// Outside penalties there is no minimum: a 信用修复 ends display on its date.
    func repairedWindow(_ window: DisplayWindow, events: [CreditEvent]) -> (DisplayWindow, repaired: Bool)? {
        guard let repair = events.first(where: { $0.kind == .repair }) else { return (window, false) }
        let cut = window.ending(noLaterThan: Swift.max(repair.date.adding(days: -1), window.first))
        return (cut, cut != window)
    }
}
