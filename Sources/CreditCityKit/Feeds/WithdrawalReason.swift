/// Why a record that an earlier build published is no longer in the feeds (the `reason` of a
/// withdrawn entry in `feeds/changes/<as-of>.json`).
public enum WithdrawalReason: String, Sendable, CaseIterable, Equatable {
    /// Its display window ended (or a notice passed `expires`).
    case expired
    /// A 信用修复 ended its display early.
    case repaired
    /// An 异议 is open on it, or its 当前状态 says 异议.
    case objection
    /// A 撤销 event, or 当前状态 撤销: gone for good.
    case revoked
    /// A list entry whose 审核状态 is no longer approved.
    case unapproved
    /// Anything else: gone from the content, a draft, not public, not yet shown, or another status.
    case removed

    /// The reason a portal is told for a hidden record; `status` is the record's 当前状态 after the
    /// status_codes map, which tells a revoked or disputed record from one merely 无效.
    public init(_ hidden: Decision.HiddenReason, status: RecordStatus? = nil) {
        switch hidden {
        case .expired: self = .expired
        case .repaired: self = .repaired
        case .objection: self = .objection
        case .revoked: self = .revoked
        case .unapproved: self = .unapproved
        case .status:
            switch status {
            case .revoked: self = .revoked
            case .objection: self = .objection
            default: self = .removed
            }
        case .notYet, .minorSeverity, .internalUse, .minorPerson: self = .removed
        }
    }
}
