/// Every validated record of a build in compact form, one per key (SPEC section 3), with the events
/// that apply to each: what the rules and the plan work on (issue 12, item 5).
///
/// The later row with a key replaces the earlier one in place and is reported as a duplicate. Once
/// every file is in, `assignIDs` numbers records that share a public identity over all records, so an
/// id never depends on what is shown.
public struct RecordIndex: Sendable {
    public private(set) var entries: [RecordEntry] = []
    public private(set) var strings = StringTable()
    /// Content files by position, as the user knows their paths.
    public private(set) var files: [String] = []
    /// Events that matched each record, by entry position, in file order.
    public private(set) var events: [Int: [CreditEvent]] = [:]
    private var byKey: [StableHash: Int] = [:]
    private var fileNumbers: [String: UInt32] = [:]

    public init() {}

    /// The position of a content file, added when new.
    public mutating func file(_ path: String) -> UInt32 {
        if let n = fileNumbers[path] { return n }
        let n = UInt32(files.count)
        files.append(path)
        fileNumbers[path] = n
        return n
    }

    public func location(of entry: RecordEntry) -> SourceLocation {
        SourceLocation(file: files[Int(entry.source)], line: Int(entry.line))
    }

    /// The compact form of a validated record whose values are slot `slot` of file `file`.
    public mutating func entry(for record: Record, file: UInt32, slot: UInt32) -> RecordEntry {
        let roles = record.roles
        let summaryField = roles.summary.first { record.values[$0] != nil }
        return RecordEntry(
            kind: record.kind, dataset: record.dataset, subject: record.subject, file: file, slot: slot,
            source: self.file(record.location.file), line: UInt32(clamping: record.location.line),
            keyHash: StableHash(of: "\(record.kind.rawValue)\u{1E}\(record.key)"), publicID: record.publicID,
            contentHash: Self.contentHash(record), facts: record.facts,
            name: strings.intern(record[field: roles.subjectName]), code: strings.intern(record[field: roles.subjectCode]),
            summary: strings.intern(summaryField.flatMap { record.values[$0] }),
            summaryIsText: summaryField.map { record.kind.catalog.fields[$0].value == .text } ?? false,
            authority: strings.intern(record[field: roles.authority]), authorityCode: strings.intern(record[field: roles.authorityCode]),
            operatorName: strings.intern(record.subject == .organisation ? nil : roles.legalRepresentative.flatMap { record[field: $0] }),
            documentHash: Self.hash64(record[field: roles.documentNumber] ?? ""),
            idNumberHash: record[field: roles.idNumber].map { Self.hash64($0.uppercased()) } ?? 0)
    }

    /// What a record's page and feed object are made from, hashed: kind, subject and every value.
    static func contentHash(_ record: Record) -> StableHash {
        var h = Hasher128()
        h.add(record.kind.rawValue)
        h.add(record.subject.rawValue)
        for v in record.values { h.add(v) }
        return h.finish()
    }

    static func hash64(_ text: String) -> UInt64 { text.isEmpty ? 0 : StableHash(of: text).high }

    /// A kept outcome of content file `file`, its strings interned into this index's table.
    mutating func decode(_ bytes: [UInt8], path: String, file: UInt32, latestDecision: CivilDate?) -> ContentOutcome? {
        ContentOutcome.decode(bytes, path: path, file: file, latestDecision: latestDecision, index: &self)
    }

    /// Interns a string into the index's table (for outcomes read back from the state database).
    mutating func intern(_ text: String?) -> StringTable.Ref { strings.intern(text) }

    /// Adds a record; returns a duplicate warning when it replaces an earlier one.
    @discardableResult
    public mutating func add(_ entry: RecordEntry) -> Diagnostic? {
        if let i = byKey[entry.keyHash] {
            let earlier = location(of: entries[i])
            entries[i] = entry
            return Messages.duplicate(location(of: entry), of: earlier)
        }
        byKey[entry.keyHash] = entries.count
        entries.append(entry)
        return nil
    }

    /// Adds a validated record whose values are slot `slot` of its file (tests, and files read afresh).
    @discardableResult
    public mutating func add(_ record: Record, slot: UInt32 = 0) -> Diagnostic? {
        let file = file(record.location.file)
        return add(entry(for: record, file: file, slot: slot))
    }

    /// Gives the second, third … record with the same public identity the id `-2`, `-3` …, in content
    /// order over all records, shown or not: a twin that becomes hidden takes no id from the other.
    public mutating func assignIDs() {
        var used: [IdentityKey: UInt16] = [:]
        used.reserveCapacity(entries.count)
        for i in entries.indices {
            let key = IdentityKey(dataset: entries[i].dataset, id: entries[i].publicID.base)
            let seen = used[key, default: 0]
            entries[i].publicID.twin = seen == 0 ? 0 : seen + 1
            used[key] = seen + 1
        }
        byKey = [:]
    }

    private struct IdentityKey: Hashable {
        var dataset: Dataset
        var id: PublicID
    }

    /// The public id of an entry, e.g. `cf-lv4243fzk6ch7d32`.
    public func id(_ i: Int) -> String { entries[i].publicID.text(entries[i].dataset) }

    /// Attaches events to the one record each names; an event matching none or several is rejected.
    public mutating func attach(_ list: [CreditEvent]) -> [Diagnostic] {
        guard !list.isEmpty else { return [] }
        // Only the document numbers that events name are looked up, so a million records need no map.
        var wanted: [EventKey: [Int]] = [:]
        for e in list { wanted[EventKey(dataset: e.dataset, document: Self.hash64(e.documentNumber))] = [] }
        for (i, entry) in entries.enumerated() {
            let key = EventKey(dataset: entry.dataset, document: entry.documentHash)
            if wanted[key] != nil { wanted[key]?.append(i) }
        }
        var problems: [Diagnostic] = []
        for event in list {
            var candidates = wanted[EventKey(dataset: event.dataset, document: Self.hash64(event.documentNumber))] ?? []
            if let authority = event.authority {
                candidates = candidates.filter { authorityMatches(entries[$0], authority) }
            }
            if let subject = event.subject {
                candidates = candidates.filter { subjectMatches(entries[$0], subject) }
            }
            switch candidates.count {
            case 1: events[candidates[0], default: []].append(event)
            case 0: problems.append(Messages.eventMatchesNone(event))
            default: problems.append(Messages.eventMatchesSeveral(event, count: candidates.count))
            }
        }
        return problems
    }

    private struct EventKey: Hashable {
        var dataset: Dataset
        var document: UInt64
    }

    /// An event's 机关 names the record's authority by name or by credit code.
    func authorityMatches(_ e: RecordEntry, _ authority: String) -> Bool {
        authority == strings[e.authority] || (e.authorityCode != 0 && authority.uppercased() == strings[e.authorityCode])
    }

    /// An event's 主体 names the record's subject by name, credit code or ID number.
    func subjectMatches(_ e: RecordEntry, _ subject: String) -> Bool {
        let upper = subject.uppercased()
        return subject == strings[e.name] || (e.code != 0 && upper == strings[e.code])
            || (e.idNumberHash != 0 && Self.hash64(upper) == e.idNumberHash)
    }

    /// The subject's 统一社会信用代码 when it names an organisation's subject page.
    public func subjectCode(_ e: RecordEntry) -> String? {
        guard !e.subject.isNaturalPerson, let code = strings.optional(e.code), code != CreditCode.placeholderCode else { return nil }
        return code
    }
}
