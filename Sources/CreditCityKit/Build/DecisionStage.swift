/// Apply the rules and privacy: one decision per record for the as-of day, the compact entry of
/// every shown record with its masked name and summary, and the shown notices, masked too.
struct DecisionStage {
    let asOf: CivilDate
    let policy: SiteConfig.Policy

    struct Decided {
        /// One decision per record of the index, by position.
        var decisions: [Decision] = []
        /// The shown records, in index order.
        var shown: [ShownEntry] = []
        /// Masked names and summaries of the shown records.
        var display = StringTable()
        var notices: [Notice] = []
        var shownCount: [Dataset: Int] = [:]
        var hiddenCount: [Dataset: [Decision.HiddenReason: Int]] = [:]
        var noticesHidden = 0
    }

    /// `history` learns the hidden decisions it needs for withdrawn entries of the change file.
    func run(_ index: RecordIndex, notices allNotices: [Notice], history: inout FeedHistory) -> Decided {
        let rules = PublicationRules(asOf: asOf, policy: policy)
        let masker = Masker(policy: policy)
        // Deciding is pure per record: done on every core, gathered in index order.
        let decisions = Array(index.entries.indices).concurrentMap(chunk: 4096) { i -> Decision in
            let e = index.entries[i]
            return rules.decide(e.facts, kind: e.kind, dataset: e.dataset, subject: e.subject, events: index.events[i] ?? [])
        }
        var out = Decided()
        var masked = MaskMemo()
        for (i, decision) in decisions.enumerated() {
            let e = index.entries[i]
            guard decision.isShown else {
                if let reason = decision.hidden {
                    out.hiddenCount[e.dataset, default: [:]][reason, default: 0] += 1
                    history.noteHidden(id: index.id(i), dataset: e.dataset, reason: reason, status: e.facts.status)
                }
                continue
            }
            out.shownCount[e.dataset, default: 0] += 1
            out.shown.append(Self.shownEntry(index, i, decision: decision, masker: masker, display: &out.display, memo: &masked))
        }
        out.decisions = decisions
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

    /// Masked strings already made, by (string, how masked): a name is masked once however many records carry it.
    struct MaskMemo {
        var done: [Pair: StringTable.Ref] = [:]
        struct Pair: Hashable {
            var ref: StringTable.Ref
            var person: Bool
            var text: Bool
        }
    }

    static func shownEntry(_ index: RecordIndex, _ i: Int, decision: Decision, masker: Masker, display: inout StringTable) -> ShownEntry {
        var memo = MaskMemo()
        return shownEntry(index, i, decision: decision, masker: masker, display: &display, memo: &memo)
    }

    /// The shown entry of record `i`: its window and severity, its name masked as the policy says (a
    /// person's as a name, anyone else's as free text) and its summary masked when it is free text.
    static func shownEntry(_ index: RecordIndex, _ i: Int, decision: Decision, masker: Masker, display: inout StringTable,
                           memo: inout MaskMemo) -> ShownEntry {
        let e = index.entries[i]
        func mask(_ ref: StringTable.Ref, person: Bool, text: Bool) -> StringTable.Ref {
            let pair = MaskMemo.Pair(ref: ref, person: person, text: text)
            if let done = memo.done[pair] { return done }
            let raw = index.strings[ref]
            let shown = person ? masker.personName(raw) : text ? masker.freeText(raw) : raw
            let n = display.intern(shown)
            memo.done[pair] = n
            return n
        }
        return ShownEntry(entry: Int32(i), window: decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil),
                          severity: decision.severity, name: mask(e.name, person: e.subject.isNaturalPerson, text: true),
                          summary: mask(e.summary, person: false, text: e.summaryIsText))
    }
}
