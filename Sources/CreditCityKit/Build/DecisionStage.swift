/// Apply the rules and privacy: one decision per record for the as-of day, the light public form of
/// every shown record (masked, with its stable id), and the shown notices, masked too.
struct DecisionStage {
    let asOf: CivilDate
    let policy: SiteConfig.Policy

    struct Decided {
        /// One decision per record of the store, by position.
        var decisions: [Decision] = []
        /// The shown records, in store order.
        var shown: [ShownRecord] = []
        var notices: [Notice] = []
        var shownCount: [Dataset: Int] = [:]
        var hiddenCount: [Dataset: [Decision.HiddenReason: Int]] = [:]
        var noticesHidden = 0
    }

    /// `history` learns the hidden decisions it needs for withdrawn entries of the change file.
    func run(_ store: RecordStore, notices allNotices: [Notice], history: inout FeedHistory) -> Decided {
        let rules = PublicationRules(asOf: asOf, policy: policy)
        let masker = Masker(policy: policy)
        // Deciding and masking are pure per record: done on every core, then gathered in store order.
        let outcomes = Array(store.records.indices).concurrentMap { i -> (Decision, ShownRecord?) in
            let record = store.records[i]
            let decision = rules.decide(record, events: store.events[i] ?? [])
            guard decision.isShown else { return (decision, nil) }
            return (decision, ShownRecord(record: record, index: i, decision: decision, masker: masker))
        }
        var out = Decided()
        out.decisions.reserveCapacity(outcomes.count)
        for (i, (decision, shown)) in outcomes.enumerated() {
            out.decisions.append(decision)
            let record = store.records[i]
            guard let shown else {
                if let reason = decision.hidden {
                    out.hiddenCount[record.dataset, default: [:]][reason, default: 0] += 1
                    history.noteHidden(record, reason)
                }
                continue
            }
            out.shownCount[record.dataset, default: 0] += 1
            out.shown.append(shown)
        }
        // Notices are free text too: ID and mobile numbers in them are masked like those in records.
        out.notices = allNotices.filter { $0.isShown(asOf: asOf) }
            .map { n -> Notice in
                var m = n
                m.title = masker.freeText(n.title)
                m.body = masker.freeText(n.body)
                return m
            }
        out.noticesHidden = allNotices.count - out.notices.count
        history.noteHidden(notices: allNotices)
        return out
    }
}
