/// The four kinds of rows the credit platform exports, one content folder each (SPEC section 2).
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    /// 行政许可, `Content/licensing/`.
    case licensing
    /// 行政处罚, `Content/penalties/`.
    case penalty
    /// 守信红名单 / 失信黑名单 entries, `Content/lists/`.
    case listEntry
    /// Later events on published records, `Content/events/`.
    case event

    /// The content folder the kind is read from.
    public var folder: String {
        switch self {
        case .licensing: "licensing"
        case .penalty: "penalties"
        case .listEntry: "lists"
        case .event: "events"
        }
    }

    /// The catalog of field codes for this kind.
    public var catalog: FieldCatalog {
        switch self {
        case .licensing: .licensing
        case .penalty: .penalties
        case .listEntry: .lists
        case .event: .events
        }
    }
}

/// The published datasets: pages, feeds and the manifest are organised by these.
public enum Dataset: String, CaseIterable, Sendable, Codable, Comparable {
    case licensing, penalties, redlist, blacklist

    /// The Chinese title used in navigation and headings.
    public var title: String {
        switch self {
        case .licensing: "行政许可"
        case .penalties: "行政处罚"
        case .redlist: "守信红名单"
        case .blacklist: "失信黑名单"
        }
    }

    /// Short prefix of record ids, so an id alone tells its dataset.
    var idPrefix: String {
        switch self {
        case .licensing: "xk"
        case .penalties: "cf"
        case .redlist: "hong"
        case .blacklist: "hei"
        }
    }

    /// Position in the site's navigation order.
    var ordinal: Int {
        switch self {
        case .licensing: 0
        case .penalties: 1
        case .redlist: 2
        case .blacklist: 3
        }
    }

    public static func < (lhs: Dataset, rhs: Dataset) -> Bool { lhs.ordinal < rhs.ordinal }
}
