/// The validated records of a build, one per key (SPEC section 3), with the events that apply to each.
///
/// Holds compact records in arrays and a key → index map; the later row with a key replaces the earlier
/// one in place and is reported as a duplicate.
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
            return Diagnostic(.warning, file: record.location.file, line: record.location.line, Messages.duplicate(of: earlier))
        }
        indexByKey[key] = records.count
        records.append(record)
        return nil
    }

    /// Attaches events to the one record each names; an event matching none or several is rejected.
    public mutating func attach(_ list: [CreditEvent]) -> [Diagnostic] {
        var byNumber: [String: [Int]] = [:]
        for (i, r) in records.enumerated() {
            byNumber["\(Self.recordType(of: r))\u{1F}\(Self.documentNumber(of: r))", default: []].append(i)
        }
        var problems: [Diagnostic] = []
        for event in list {
            var candidates = byNumber["\(event.recordType)\u{1F}\(event.documentNumber)"] ?? []
            if let authority = event.authority {
                candidates = candidates.filter { Self.authorityMatches(records[$0], authority) }
            }
            if let subject = event.subject {
                candidates = candidates.filter { Self.subjectMatches(records[$0], subject) }
            }
            let loc = event.location
            switch candidates.count {
            case 1:
                events[candidates[0], default: []].append(event)
            case 0:
                problems.append(Diagnostic(.error, file: loc.file, line: loc.line, field: "SJ_WSH",
                                           Messages.eventMatchesNone(event.recordType, event.documentNumber)
                                               + (event.authority.map { " and 机关 \($0)" } ?? "")
                                               + (event.subject.map { " and 主体 \($0)" } ?? "")))
            default:
                let hint = event.recordType.hasSuffix("名单") ? "SJ_XDR 主体 (credit code or name)" : "SJ_JG 机关 (name or credit code)"
                problems.append(Diagnostic(.error, file: loc.file, line: loc.line, field: "SJ_WSH",
                                           Messages.eventMatchesSeveral(candidates.count, hint)))
            }
        }
        return problems
    }

    /// The 记录类型 an event uses for this record.
    static func recordType(of r: Record) -> String {
        switch r.dataset {
        case .licensing: "行政许可"
        case .penalties: "行政处罚"
        case .redlist: "红名单"
        case .blacklist: "黑名单"
        }
    }

    static func documentNumber(of r: Record) -> String {
        switch r.kind {
        case .licensing: r["XK_WSH"] ?? ""
        case .penalty: r["CF_WSH"] ?? ""
        case .listEntry, .event: r["MD_RDWH"] ?? ""
        }
    }

    static func authorityMatches(_ r: Record, _ authority: String) -> Bool {
        let (name, code): (String?, String?) = switch r.kind {
        case .licensing: (r["XK_XKJG"], r["XK_XKJGDM"])
        case .penalty: (r["CF_CFJG"], r["CF_CFJGDM"])
        case .listEntry, .event: (r["MD_RDBM"], nil)
        }
        return authority == name || authority.uppercased() == code
    }

    static func subjectMatches(_ r: Record, _ subject: String) -> Bool {
        let prefix = switch r.kind {
        case .licensing: "XK_XDR_"
        case .penalty: "CF_XDR_"
        case .listEntry, .event: "MD_XDR_"
        }
        let upper = subject.uppercased()
        return subject == r[prefix + "MC"] || upper == r[prefix + "SHXYM"] || upper == r[prefix + "ZJHM"]
    }
}
