/// What changed in the feeds between an earlier day's snapshot and this build's (SPEC section 6):
/// records added, records whose feed object changed, and records withdrawn with the reason why.
public struct ChangeSet: Sendable, Equatable {
    /// A record named by its dataset and id.
    public struct Entry: Sendable, Hashable {
        public var dataset: FeedDataset
        public var id: String

        public init(_ dataset: FeedDataset, _ id: String) {
            self.dataset = dataset
            self.id = id
        }
    }

    public struct Withdrawal: Sendable, Equatable {
        public var dataset: FeedDataset
        public var id: String
        public var reason: WithdrawalReason

        public init(_ dataset: FeedDataset, _ id: String, _ reason: WithdrawalReason) {
            self.dataset = dataset
            self.id = id
            self.reason = reason
        }
    }

    public var added: [Entry] = []
    public var updated: [Entry] = []
    public var withdrawn: [Withdrawal] = []

    public init(added: [Entry] = [], updated: [Entry] = [], withdrawn: [Withdrawal] = []) {
        self.added = added
        self.updated = updated
        self.withdrawn = withdrawn
    }

    public var isEmpty: Bool { added.isEmpty && updated.isEmpty && withdrawn.isEmpty }

    /// The changes from `base` (nil: no earlier build, so everything is added) to `current`, in
    /// dataset order and then id order, found by walking both snapshots in id order. A withdrawn
    /// record's reason comes from `reasons` (the hidden decisions of this build); a record with none is
    /// gone from the content: `removed`.
    public static func between(base: FeedSnapshot?, current: FeedSnapshot,
                               reasons: [FeedDataset: [String: WithdrawalReason]] = [:]) -> ChangeSet {
        var set = ChangeSet()
        for dataset in FeedDataset.allCases {
            let new = current.ids(dataset), newHashes = current.hashes(dataset)
            let old = base?.ids(dataset) ?? [], oldHashes = base?.hashes(dataset) ?? []
            var i = 0, j = 0
            var withdrawn: [Withdrawal] = []
            while i < new.count || j < old.count {
                if j == old.count || (i < new.count && FeedSnapshot.idOrder(new[i], old[j])) {
                    set.added.append(Entry(dataset, new[i]))
                    i += 1
                } else if i == new.count || FeedSnapshot.idOrder(old[j], new[i]) {
                    withdrawn.append(Withdrawal(dataset, old[j], reasons[dataset]?[old[j]] ?? .removed))
                    j += 1
                } else {
                    if newHashes[i] != oldHashes[j] { set.updated.append(Entry(dataset, new[i])) }
                    i += 1
                    j += 1
                }
            }
            set.withdrawn += withdrawn
        }
        return set
    }
}
