/// Apply the rules and privacy: one decision per record for the as-of day, the compact entry of
/// every shown record with its masked name and summary, and the shown notices, masked too.
struct DecisionStage {
    let asOf: CivilDate
    let policy: SiteConfig.Policy
    /// The office's own numbers (site.yaml `public_numbers`), left unmasked.
    var publicNumbers = PublicNumbers()

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
        /// Personal numbers still readable in a published notice, by file, line and field
        /// (`PublishedTextCheck`): any one fails the build. Records are checked as their pages are made.
        var privacyErrors: [Diagnostic] = []
    }

    /// `history` learns the hidden decisions it needs for withdrawn entries of the change file.
    func run(_ index: RecordIndex, notices allNotices: [Notice], history: inout FeedHistory) -> Decided {
        let rules = PublicationRules(asOf: asOf, policy: policy)
        let masker = Masker(policy: policy, publicNumbers: publicNumbers)
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
        // Notices are free text too: masked in the front matter and in the rendered body's text.
        out.notices = allNotices.filter { $0.isShown(asOf: asOf) }.map(NoticeMasking(masker: masker).published)
        let check = PublishedTextCheck(publicNumbers: publicNumbers)
        for n in out.notices { out.privacyErrors += check.check(n) }
        out.noticesHidden = allNotices.count - out.notices.count
        history.noteHidden(notices: allNotices)
        return out
    }

    /// Masked strings already made, by (string, how masked): a name is masked once however many records
    /// carry it. Only for records that name no person (whose masking depends on the string alone).
    struct MaskMemo {
        var done: [Pair: StringTable.Ref] = [:]
        struct Pair: Hashable {
            var ref: StringTable.Ref
            var person: Bool
        }
    }

    static func shownEntry(_ index: RecordIndex, _ i: Int, decision: Decision, masker: Masker, display: inout StringTable) -> ShownEntry {
        var memo = MaskMemo()
        return shownEntry(index, i, decision: decision, masker: masker, display: &display, memo: &memo)
    }

    /// The shown entry of record `i`: its window and severity, and the values its list rows show (name,
    /// summary, authority) masked as `RecordMasking` masks them on its page: a person's name as a name,
    /// everything else as free text in which the persons the record names are masked too.
    static func shownEntry(_ index: RecordIndex, _ i: Int, decision: Decision, masker: Masker, display: inout StringTable,
                           memo: inout MaskMemo) -> ShownEntry {
        let e = index.entries[i]
        let names = masker.masksNames
            ? RecordMasking.persons(subject: e.subject, name: index.strings.optional(e.name),
                                     legalRepresentative: index.strings.optional(e.operatorName))
            : PersonNames()
        func mask(_ ref: StringTable.Ref, person: Bool) -> StringTable.Ref {
            let pair = MaskMemo.Pair(ref: ref, person: person)
            if names.isEmpty, let done = memo.done[pair] { return done }
            let raw = index.strings[ref]
            let shown = person ? masker.personName(raw) : masker.freeText(raw, names: names)
            let n = display.intern(shown)
            if names.isEmpty { memo.done[pair] = n }
            return n
        }
        return ShownEntry(entry: Int32(i), window: decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil),
                          severity: decision.severity, name: mask(e.name, person: e.subject.isNaturalPerson),
                          summary: mask(e.summary, person: false), authority: mask(e.authority, person: false))
    }
}
