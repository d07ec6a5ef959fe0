/// The three kinds of records the credit platform exports, one content folder each (SPEC section 2).
/// Events (`Content/events/`) are not records: they are `CreditEvent`s attached to records.
public enum RecordKind: String, CaseIterable, Sendable, Codable {
    /// 行政许可, `Content/licensing/`.
    case licensing
    /// 行政处罚, `Content/penalties/`.
    case penalty
    /// 守信红名单 / 失信黑名单 entries, `Content/lists/`.
    case listEntry

    /// The content folder the kind is read from.
    public var folder: DataFolder {
        switch self {
        case .licensing: .licensing
        case .penalty: .penalties
        case .listEntry: .lists
        }
    }

    /// The catalog of field codes for this kind.
    public var catalog: FieldCatalog { folder.catalog }

    /// Which field plays which part for this kind.
    public var roles: FieldRoles {
        switch self {
        case .licensing: .licensing
        case .penalty: .penalty
        case .listEntry: .listEntry
        }
    }
}

/// A content folder of data files (SPEC section 2): one per record kind, and `events/`.
public enum DataFolder: String, CaseIterable, Sendable {
    case licensing, penalties, lists, events

    /// The folder's name under Content/.
    public var name: String { rawValue }

    /// The field codes its files are read with.
    public var catalog: FieldCatalog {
        switch self {
        case .licensing: .licensing
        case .penalties: .penalties
        case .lists: .lists
        case .events: .events
        }
    }

    /// The kind of record its rows are; nil for events.
    public var recordKind: RecordKind? {
        switch self {
        case .licensing: .licensing
        case .penalties: .penalty
        case .lists: .listEntry
        case .events: nil
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

    /// The 记录类型 by which an event (events/ SJ_JLLX) names records of this dataset.
    public var eventRecordType: String {
        switch self {
        case .licensing: "行政许可"
        case .penalties: "行政处罚"
        case .redlist: "红名单"
        case .blacklist: "黑名单"
        }
    }

    /// The dataset an event's 记录类型 names.
    public init?(eventRecordType: String) {
        guard let d = Dataset.allCases.first(where: { $0.eventRecordType == eventRecordType }) else { return nil }
        self = d
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

    /// The kind of record the dataset shows.
    public var kind: RecordKind {
        switch self {
        case .licensing: .licensing
        case .penalties: .penalty
        case .redlist, .blacklist: .listEntry
        }
    }

    /// Whether the dataset is a red or black list, whose entries are also grouped by 名单名称.
    public var isList: Bool { self == .redlist || self == .blacklist }

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
