/// A later event on a published record (SPEC section 2, events/): repair, objection, its closing, revocation.
public struct CreditEvent: Sendable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case repair = "信用修复"
        case objection = "异议"
        case objectionClosed = "异议办结"
        case revocation = "撤销"
    }

    public let location: SourceLocation
    /// Which dataset the record is in (记录类型).
    public let dataset: Dataset
    /// The record's 文书号 or 认定文号.
    public let documentNumber: String
    /// The record's authority, by name or credit code, when the 文书号 alone is ambiguous.
    public let authority: String?
    /// The subject, by credit code or name, for list entries that share one 认定文号.
    public let subject: String?
    public let kind: Kind
    public let date: CivilDate
    public let note: String?
}
