/// The datasets of `feeds/`: the four record datasets and the notices (SPEC section 6).
public enum FeedDataset: String, CaseIterable, Sendable, Comparable {
    case licensing, penalties, redlist, blacklist, notices

    public init(_ dataset: Dataset) {
        switch dataset {
        case .licensing: self = .licensing
        case .penalties: self = .penalties
        case .redlist: self = .redlist
        case .blacklist: self = .blacklist
        }
    }

    /// The record dataset behind this feed; nil for notices.
    public var recordDataset: Dataset? { Dataset(rawValue: rawValue) }

    var ordinal: Int { Self.allCases.firstIndex(of: self) ?? 0 }

    public static func < (a: FeedDataset, b: FeedDataset) -> Bool { a.ordinal < b.ordinal }
}
