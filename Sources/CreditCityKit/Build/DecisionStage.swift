/// Apply the rules and privacy: one decision per record for the as-of day, and the public form of
/// every shown record (masked, with its stable id), datasets sorted newest first.
struct DecisionStage {
    let asOf: CivilDate
    let policy: SiteConfig.Policy

    struct Decided {
        var datasets: [Dataset: [PublishedRecord]] = [:]
        var notices: [Notice] = []
        var shown: [Dataset: Int] = [:]
        var hidden: [Dataset: [Decision.HiddenReason: Int]] = [:]
        var noticesHidden = 0
    }

    /// `history` learns the hidden decisions it needs for withdrawn entries of the change file.
    func run(_ store: RecordStore, notices allNotices: [Notice], history: inout FeedHistory) -> Decided {
        let rules = PublicationRules(asOf: asOf, policy: policy)
        let masker = Masker(policy: policy)
        // Deciding and masking are pure per record: done on every core, then gathered in store order.
        let outcomes = Array(store.records.indices).concurrentMap { i -> (Decision, PublishedRecord?) in
            let record = store.records[i]
            let decision = rules.decide(record, events: store.events[i] ?? [])
            guard decision.isShown else { return (decision, nil) }
            return (decision, PublishedRecord(record: record, decision: decision, masker: masker))
        }
        var out = Decided()
        for (i, (decision, published)) in outcomes.enumerated() {
            let record = store.records[i]
            guard let published else {
                if let reason = decision.hidden {
                    out.hidden[record.dataset, default: [:]][reason, default: 0] += 1
                    history.noteHidden(record, reason)
                }
                continue
            }
            out.shown[record.dataset, default: 0] += 1
            out.datasets[record.dataset, default: []].append(published)
        }
        for d in Dataset.allCases {
            out.datasets[d]?.sort { ($0.date, $1.id) > ($1.date, $0.id) }
        }
        // Notices are free text too: ID and mobile numbers in them are masked like those in records.
        out.notices = allNotices.filter { $0.isShown(asOf: asOf) }
            .map { n -> Notice in
                var m = n
                m.title = masker.freeText(n.title)
                m.body = masker.freeText(n.body)
                return m
            }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        out.noticesHidden = allNotices.count - out.notices.count
        history.noteHidden(notices: allNotices)
        return out
    }
}
