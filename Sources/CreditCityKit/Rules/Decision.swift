/// Whether a record may be shown on the as-of day, and if not, why (SPEC section 4).
///
/// Pages, search, sitemaps and feeds all read this one decision, so they can never disagree.
public struct Decision: Sendable, Equatable {
    /// Why a record is not shown. The raw values are the names used in reports and feeds.
    public enum HiddenReason: String, Sendable, Codable, CaseIterable, Comparable {
        case notYet = "not-yet"
        case expired
        case minorSeverity = "minor-severity"
        case repaired
        case objection
        case revoked
        case unapproved
        case internalUse = "internal-use"
        case minorPerson = "minor-person"
        case status

        public static func < (a: HiddenReason, b: HiddenReason) -> Bool { a.rawValue < b.rawValue }
    }

    /// nil when the record is shown.
    public var hidden: HiddenReason?
    /// The days the record is (or would be) shown; nil when it is never shown.
    public var window: DisplayWindow?
    /// For penalties: 轻微, 一般 or 严重.
    public var severity: Severity?

    public var isShown: Bool { hidden == nil }

    public static func shown(_ window: DisplayWindow, severity: Severity? = nil) -> Decision {
        Decision(hidden: nil, window: window, severity: severity)
    }

    public static func hidden(_ reason: HiddenReason, window: DisplayWindow? = nil, severity: Severity? = nil) -> Decision {
        Decision(hidden: reason, window: window, severity: severity)
    }
}

/// The first and last day a record is shown; `last == nil` means no end (长期).
public struct DisplayWindow: Sendable, Equatable {
    public var first: CivilDate
    public var last: CivilDate?

    public init(first: CivilDate, last: CivilDate?) {
        self.first = first
        self.last = last
    }

    public func contains(_ day: CivilDate) -> Bool {
        day >= first && (last.map { day <= $0 } ?? true)
    }

    /// The earlier of this window's end and `day`.
    func ending(noLaterThan day: CivilDate?) -> DisplayWindow {
        guard let day else { return self }
        guard let last else { return DisplayWindow(first: first, last: day) }
        return DisplayWindow(first: first, last: Swift.min(last, day))
    }
}

/// 失信严重程度 of a penalty.
public enum Severity: String, Sendable, Codable, CaseIterable {
    case minor = "轻微"
    case general = "一般"
    case serious = "严重"
}
