/// What reading and validating one content file produced, in the order it was found: diagnostics (of
/// the file and of its rows) and accepted records in compact form. The state database keeps it, so a
/// rebuild of an unchanged file reports the same diagnostics and gets the same records without
/// reading the file (issue 12, item 1).
struct ContentOutcome {
    enum Item {
        case diagnostic(Diagnostic)
        /// A record, as an index entry; its strings refer to the table it was made with.
        case record(RecordEntry)
    }

    var items: [Item] = []
    /// The latest decision day of the file's rows: validation rejects decisions after the as-of day,
    /// so an outcome made for one as-of day holds for another only if no decision falls between them.
    var latestDecision: CivilDate?

    /// Whether an outcome made for `made` holds for `asOf`: no row's decision lies after the earlier of
    /// the two days (then no row was or would be rejected for being after the build day).
    func holds(madeFor made: CivilDate, asOf: CivilDate) -> Bool {
        guard let latest = latestDecision else { return true }
        return latest <= min(made, asOf)
    }

    static let version: UInt8 = 1

    /// The bytes, with strings written out; `index` is the one the entries were made with, `path` the
    /// file's (locations in it, such as a workbook's `file.xlsx[sheet]`, are written only where they differ).
    func encoded(index: RecordIndex, path: String) -> [UInt8] {
        var w = ByteWriter()
        w.byte(Self.version)
        w.varint(UInt64(items.count))
        for item in items {
            switch item {
            case .diagnostic(let d):
                w.byte(0)
                w.byte(d.severity == .error ? 0 : 1)
                w.optional(d.file == path ? nil : d.file)
                w.optionalInt(d.line.map(Int64.init))
                w.optional(d.field)
                w.string(d.message)
            case .record(let e):
                w.byte(1)
                let source = index.files[Int(e.source)]
                w.optional(source == path ? nil : source)
                Self.write(e, strings: index.strings, to: &w)
            }
        }
        return w.bytes
    }

    /// Reads an outcome of file `path`, interning its strings into `strings` and numbering its records
    /// as file `file`; nil when the bytes are damaged or of another version.
    static func decode(_ bytes: [UInt8], path: String, file: UInt32, latestDecision: CivilDate?, index: inout RecordIndex) -> ContentOutcome? {
        var r = ByteReader(bytes)
        guard r.byte() == version else { return nil }
        var outcome = ContentOutcome(latestDecision: latestDecision)
        let count = Int(r.varint())
        outcome.items.reserveCapacity(min(count, 1 << 20))
        for _ in 0..<count {
            if r.damaged { return nil }
            switch r.byte() {
            case 0:
                let severity: Diagnostic.Severity = r.byte() == 0 ? .error : .warning
                let location = r.optional() ?? path
                let line = r.optionalInt().map(Int.init)
                let field = r.optional()
                outcome.items.append(.diagnostic(Diagnostic(severity, file: location, line: line, field: field, r.string())))
            case 1:
                let source = index.file(r.optional() ?? path)
                outcome.items.append(.record(read(&r, file: file, source: source, index: &index)))
            default:
                return nil
            }
        }
        return r.damaged ? nil : outcome
    }

    static func write(_ e: RecordEntry, strings: StringTable, to w: inout ByteWriter) {
        w.byte(UInt8(RecordKind.allCases.firstIndex(of: e.kind) ?? 0))
        w.byte(UInt8(Dataset.allCases.firstIndex(of: e.dataset) ?? 0))
        w.byte(UInt8(SubjectCategory.allCases.firstIndex(of: e.subject) ?? 0))
        w.varint(UInt64(e.line))
        w.varint(UInt64(e.slot))
        w.hash(e.keyHash)
        w.word(e.publicID.high)
        w.varint(UInt64(e.publicID.low))
        w.hash(e.contentHash)
        let f = e.facts
        w.day(f.decisionDay)
        w.day(f.validUntil)
        w.day(f.disclosureEnd)
        w.day(f.removalDay)
        w.day(f.birthDate)
        if let p = f.penalty {
            w.byte(1)
            w.varint(UInt64(p.categories.rawValue))
            w.optionalInt(p.fineFen)
            w.optionalInt(p.confiscationFen)
            w.byte(p.givenSeverity.map { UInt8((Severity.allCases.firstIndex(of: $0) ?? 0) + 1) } ?? 0)
        } else {
            w.byte(0)
        }
        w.byte(f.status.map { UInt8((RecordStatus.allCases.firstIndex(of: $0) ?? 0) + 1) } ?? 0)
        w.bool(f.publicScope)
        w.bool(f.approved)
        for ref in [e.name, e.code, e.summary, e.authority, e.authorityCode, e.operatorName] { w.optional(strings.optional(ref)) }
        w.bool(e.summaryIsText)
        w.word(e.documentHash)
        w.word(e.idNumberHash)
    }

    static func read(_ r: inout ByteReader, file: UInt32, source: UInt32, index: inout RecordIndex) -> RecordEntry {
        func pick<T>(_ all: [T], _ i: UInt8) -> T { all[min(Int(i), all.count - 1)] }
        let kind = pick(RecordKind.allCases, r.byte()), dataset = pick(Dataset.allCases, r.byte())
        let subject = pick(SubjectCategory.allCases, r.byte())
        let line = UInt32(clamping: r.varint()), slot = UInt32(clamping: r.varint())
        let keyHash = r.hash()
        let idHigh = r.word()
        let publicID = PublicID(high: idHigh, low: UInt16(clamping: r.varint()))
        let contentHash = r.hash()
        var facts = RecordFacts(decisionDay: r.day() ?? CivilDate(dayNumber: 0))
        facts.validUntil = r.day()
        facts.disclosureEnd = r.day()
        facts.removalDay = r.day()
        facts.birthDate = r.day()
        if r.byte() == 1 {
            let categories = PenaltyCategorySet(rawValue: UInt16(clamping: r.varint()))
            let fine = r.optionalInt(), confiscation = r.optionalInt()
            let severity = r.byte()
            facts.penalty = PenaltyFacts(categories: categories, fineFen: fine, confiscationFen: confiscation,
                                         givenSeverity: severity == 0 ? nil : pick(Severity.allCases, severity - 1))
        }
        let status = r.byte()
        facts.status = status == 0 ? nil : pick(RecordStatus.allCases, status - 1)
        facts.publicScope = r.bool()
        facts.approved = r.bool()
        let refs = (0..<6).map { _ in index.intern(r.optional()) }
        let summaryIsText = r.bool()
        return RecordEntry(kind: kind, dataset: dataset, subject: subject, file: file, slot: slot, source: source, line: line, keyHash: keyHash,
                           publicID: publicID, contentHash: contentHash, facts: facts, name: refs[0], code: refs[1], summary: refs[2],
                           summaryIsText: summaryIsText, authority: refs[3], authorityCode: refs[4], operatorName: refs[5],
                           documentHash: r.word(), idNumberHash: r.word())
    }
}
