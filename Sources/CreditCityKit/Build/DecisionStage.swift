/// Apply the rules and privacy: one decision per record for the as-of day, and the public form of
/// every shown record (masked, with its stable id), datasets sorted newest first.
struct DecisionStage {
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    /// The office's own numbers (site.yaml `public_numbers`), left unmasked.
    var publicNumbers = PublicNumbers()

    struct Decided {
        var datasets: [Dataset: [PublishedRecord]] = [:]
        var notices: [Notice] = []
        var shown: [Dataset: Int] = [:]
        var hidden: [Dataset: [Decision.HiddenReason: Int]] = [:]
        var noticesHidden = 0
        /// Personal numbers still readable in published values, by content file, line and field
        /// (`PublishedTextCheck`): any one fails the build.
        var privacyErrors: [Diagnostic] = []
        /// What the audit of the built site allows: the office's numbers and organisations' codes.
        var allowed = PublicNumbers()
    }

    /// `history` learns the hidden decisions it needs for withdrawn entries of the change file.
    func run(_ store: RecordStore, notices allNotices: [Notice], history: inout FeedHistory) -> Decided {
        let rules = PublicationRules(asOf: asOf, policy: policy)
        let masker = Masker(policy: policy, publicNumbers: publicNumbers)
        let check = PublishedTextCheck(publicNumbers: publicNumbers)
        // Deciding, masking and checking are pure per record: done on every core, then gathered in store order.
        let outcomes = Array(store.records.indices).concurrentMap { i -> (Decision, PublishedRecord?, PublishedTextCheck.Outcome?) in
            let record = store.records[i]
            let decision = rules.decide(record, events: store.events[i] ?? [])
            guard decision.isShown else { return (decision, nil, nil) }
            let published = PublishedRecord(record: record, id: RecordIdentity.id(for: record), decision: decision, masker: masker)
            return (decision, published, check.check(published, at: record.location))
        }
        var out = Decided()
        out.allowed = publicNumbers
        var usedIDs = Set<String>()
        for (i, (decision, published, checked)) in outcomes.enumerated() {
            let record = store.records[i]
            if let checked {
                out.privacyErrors += checked.diagnostics
                for code in checked.publicIdentifiers { out.allowed.allowIdentifier(code) }
            }
            guard var published else {
                if let reason = decision.hidden {
                    out.hidden[record.dataset, default: [:]][reason, default: 0] += 1
                    history.noteHidden(record, reason)
                }
                continue
            }
            out.shown[record.dataset, default: 0] += 1
            // Two entries may share a public identity (same list, 文号, name and masked ID): number them
            // in content order, which is stable across builds.
            let base = published.id
            var n = 2
            while usedIDs.contains(published.id) { published.id = base + "-\(n)"; n += 1 }
            usedIDs.insert(published.id)
            out.datasets[record.dataset, default: []].append(published)
        }
        for d in Dataset.allCases {
            out.datasets[d]?.sort { ($0.date, $1.id) > ($1.date, $0.id) }
        }
        // Notices are free text too: masked in the front matter and in the rendered body's text.
        out.notices = allNotices.filter { $0.isShown(asOf: asOf) }
            .map(NoticeMasking(masker: masker).published)
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        for n in out.notices { out.privacyErrors += check.check(n) }
        out.noticesHidden = allNotices.count - out.notices.count
        history.noteHidden(notices: allNotices)
        return out
    }
}
