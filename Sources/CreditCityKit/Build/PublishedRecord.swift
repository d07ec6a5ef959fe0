/// A shown record as the public may see it: privacy applied, never-public fields gone, with its id.
///
/// Pages, feeds and search are all made from this, so masking happens exactly once (`RecordMasking`).
public struct PublishedRecord: Sendable {
    public internal(set) var id: String
    public let dataset: Dataset
    /// Public field codes and values in the standard's order, masked.
    public let fields: [(code: String, value: String)]
    /// The subject's name as shown (masked for natural persons).
    public let subjectName: String
    /// The organisation's 统一社会信用代码, when it has one: the subject page key.
    public let subjectCode: String?
    public let subject: SubjectCategory
    /// The decision or listing day; lists are sorted newest first on it.
    public let date: CivilDate
    public let window: DisplayWindow
    public let severity: Severity?
    /// Short description for list tables: 许可证书/处罚类别/名单名称, as shown.
    public let summary: String
    /// The deciding authority, as shown.
    public let authority: String

    public func value(_ code: String) -> String? { fields.first { $0.code == code }?.value }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { subject.isNaturalPerson && policy.noindexPersons }
}

extension PublishedRecord {
    /// Fields that are never public, whatever the record: 法定代表人证件号码 and its type.
    static func isNeverPublic(_ code: String) -> Bool { RecordMasking.isNeverPublic(code) }

    /// Builds the public form of a shown record.
    public init(record: Record, id: String, decision: Decision, masker: Masker) {
        let shown = RecordMasking(masker: masker).shown(record)
        self.id = id
        self.dataset = record.dataset
        self.fields = shown.fields
        self.subject = record.subject
        self.subjectName = shown.subjectName
        let code = record[RecordMasking.fieldPrefix(record.kind) + "XDR_SHXYM"]
        self.subjectCode = record.subject.isNaturalPerson || code == "00000000000000000X" ? nil : code
        let window = decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil)
        self.window = window
        self.date = window.first
        self.severity = decision.severity
        switch record.kind {
        case .licensing:
            self.summary = shown.value("XK_XKZS") ?? shown.value("XK_XKWS") ?? ""
            self.authority = shown.value("XK_XKJG") ?? ""
        case .penalty:
            self.summary = shown.value("CF_CFLB") ?? ""
            self.authority = shown.value("CF_CFJG") ?? ""
        case .listEntry, .event:
            self.summary = shown.value("MD_MC") ?? ""
            self.authority = shown.value("MD_RDBM") ?? ""
        }
    }
}
