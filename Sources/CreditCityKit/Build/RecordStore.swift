/// The validated records of a build, one per key (SPEC section 3), with the events that apply to each.
///
/// Holds compact records in arrays and a key → index map; the later row with a key replaces the earlier
/// one in place and is reported as a duplicate. Once every file is in, `assignIDs` numbers records
/// that share a public identity over all records, so an id never depends on what is shown.
public struct RecordStore: Sendable {
    public private(set) var records: [Record] = []
    /// Events that matched each record, by record index, in file order.
    public private(set) var events: [Int: [CreditEvent]] = [:]
    private var indexByKey: [String: Int] = [:]

    public init() {}

    /// Adds a record; returns a duplicate warning when it replaces an earlier one.
    @discardableResult
    public mutating func add(_ record: Record) -> Diagnostic? {
        let key = "\(record.kind.rawValue)\u{1E}\(record.key)"
        if let i = indexByKey[key] {
            let earlier = records[i].location
            records[i] = record
            return Messages.duplicate(record.location, of: earlier)
        }
        indexByKey[key] = records.count
        records.append(record)
        return nil
    }

    /// Gives the second, third … record with the same public identity the id `-2`, `-3` …, in content
    /// order over all records, shown or not: a twin that becomes hidden takes no id from the other.
    public mutating func assignIDs() {
        var used = Set<String>()
        used.reserveCapacity(records.count)
        for i in records.indices {
            let base = records[i].id
            var id = base, n = 2
            while used.contains(id) { id = base + "-\(n)"; n += 1 }
            used.insert(id)
            records[i].id = id
        }
    }

    /// Attaches events to the one record each names; an event matching none or several is rejected.
    public mutating func attach(_ list: [CreditEvent]) -> [Diagnostic] {
        var byNumber: [String: [Int]] = [:]
        for (i, r) in records.enumerated() {
            byNumber[Self.eventKey(r.dataset, r[field: r.roles.documentNumber] ?? ""), default: []].append(i)
        }
        var problems: [Diagnostic] = []
        for event in list {
            var candidates = byNumber[Self.eventKey(event.dataset, event.documentNumber)] ?? []
            if let authority = event.authority {
                candidates = candidates.filter { Self.authorityMatches(records[$0], authority) }
            }
            if let subject = event.subject {
                candidates = candidates.filter { Self.subjectMatches(records[$0], subject) }
            }
            switch candidates.count {
            case 1: events[candidates[0], default: []].append(event)
            case 0: problems.append(Messages.eventMatchesNone(event))
            default: problems.append(Messages.eventMatchesSeveral(event, count: candidates.count))
            }
        }
        return problems
    }

    static func eventKey(_ dataset: Dataset, _ documentNumber: String) -> String {
        "\(dataset.rawValue)\u{1F}\(documentNumber)"
    }

    /// An event's 机关 names the record's authority by name or by credit code.
    static func authorityMatches(_ r: Record, _ authority: String) -> Bool {
        authority == r[field: r.roles.authority] || authority.uppercased() == r[field: r.roles.authorityCode]
    }

    /// An event's 主体 names the record's subject by name, credit code or ID number.
    static func subjectMatches(_ r: Record, _ subject: String) -> Bool {
        let upper = subject.uppercased()
        return subject == r[field: r.roles.subjectName] || upper == r[field: r.roles.subjectCode] || upper == r[field: r.roles.idNumber]
    }
}
