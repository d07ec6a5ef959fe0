/// Decides, for each record and the as-of day, whether it is shown and for which days (SPEC section 4).
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
        let past = events.filter { $0.date <= asOf }.sorted { ($0.date, $0.location) < ($1.date, $1.location) }
        if past.contains(where: { $0.kind == .revocation }) { return .hidden(.revoked) }
        if !record.approved { return .hidden(.unapproved) }
        if let status = currentStatus(record), !["有效", "正常"].contains(status) { return .hidden(.status) }
        if !isPublicScope(record) { return .hidden(.internalUse) }
        if isMinorPerson(record) { return .hidden(.minorPerson) }

        let severity: Severity? = record.kind == .penalty ? PenaltySeverity.of(record, policy: policy) : nil
        if severity == .minor { return .hidden(.minorSeverity, severity: .minor) }
        guard let (window, repaired) = window(record, severity: severity, events: past) else {
            return .hidden(.expired, severity: severity)
        }
        if underObjection(past) { return .hidden(.objection, window: window, severity: severity) }
        if asOf < window.first { return .hidden(.notYet, window: window, severity: severity) }
        if let last = window.last, asOf > last {
            return .hidden(repaired ? .repaired : .expired, window: window, severity: severity)
        }
        return .shown(window, severity: severity)
    }

    /// 当前状态 after the status_codes map (the validator already mapped numeric codes); absent → 有效.
    func currentStatus(_ r: Record) -> String? {
        switch r.kind {
        case .licensing: r["XK_ZT"]
        case .penalty: r["CF_ZT"]
        case .listEntry, .event: nil
        }
    }

    /// 信息使用范围: empty, 0 or 公示 is public; anything else is for internal use.
    func isPublicScope(_ r: Record) -> Bool {
        guard let scope = r["SYFW"] else { return true }
        return scope == "0" || scope == "公示"
    }

    /// A natural person under 18 on the decision date, from the birth date in the ID number.
    func isMinorPerson(_ r: Record) -> Bool {
        let prefix: String, decision: String
        switch r.kind {
        case .licensing: (prefix, decision) = ("XK_", "XK_JDRQ")
        case .penalty: (prefix, decision) = ("CF_", "CF_JDRQ")
        case .listEntry, .event: (prefix, decision) = ("MD_", "MD_RDRQ")
        }
        guard r.subject != .organisation, let number = r[prefix + "XDR_ZJHM"],
              case .valid(let birth) = IDNumber.check(number), let day = r.date(decision) else { return false }
        return birth.age(on: day) < 18
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
    func window(_ r: Record, severity: Severity?, events: [CreditEvent]) -> (DisplayWindow, repaired: Bool)? {
        switch r.kind {
        case .penalty:
            guard let decided = r.date("CF_JDRQ"), let severity else { return nil }
            let (minMonths, maxMonths) = severity == .serious ? (12, 36) : (3, 12)
            // Windows count whole months from the decision day; the last day shown is the day before.
            let minLast = decided.adding(months: minMonths).adding(days: -1)
            let maxLast = decided.adding(months: maxMonths).adding(days: -1)
            var last = maxLast
            if let given = r.date("CF_GSJZQ") { last = Swift.min(Swift.max(given, minLast), maxLast) }
            var repaired = false
            if let repair = events.first(where: { $0.kind == .repair }) {
                // A repair ends display on its date, but never before the minimum.
                let cut = Swift.max(repair.date.adding(days: -1), minLast)
                if cut < last { last = cut; repaired = true }
            }
            return (DisplayWindow(first: decided, last: last), repaired)
        case .licensing:
            guard let decided = r.date("XK_JDRQ") else { return nil }
            var window = DisplayWindow(first: decided, last: r.date("XK_YXQZI"))
            if let years = policy.licensingMaxYears {
                window = window.ending(noLaterThan: decided.adding(years: years).adding(days: -1))
            }
            return repairedWindow(window, events: events)
        case .listEntry, .event:
            guard let listed = r.date("MD_RDRQ") else { return nil }
            var window = DisplayWindow(first: listed, last: r.date("MD_YXQZ"))
            // Removed on 移出日期: shown up to the day before.
            window = window.ending(noLaterThan: r.date("MD_YCRQ")?.adding(days: -1))
            if r.dataset == .blacklist, let years = policy.listMaxYears {
                window = window.ending(noLaterThan: listed.adding(years: years).adding(days: -1))
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
