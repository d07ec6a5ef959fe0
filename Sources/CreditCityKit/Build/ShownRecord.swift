/// A shown record as lists, subject pages, search, sitemaps and the site plan need it: its id, dates
/// and the few values a table row shows, already masked, but not its fields.
///
/// The whole public form (every field, masked) is a `PublishedRecord`, made only for the record's own
/// page and its feed object; this light form is what the whole-site steps hold for every record.
public struct ShownRecord: Sendable {
    public var id: String
    public var dataset: Dataset
    /// The record's position in the `RecordStore`, for its values.
    public var record: Int
    public var window: DisplayWindow
    public var severity: Severity?
    public var subject: SubjectCategory
    /// The subject's name as shown (masked for natural persons).
    public var subjectName: String
    /// The organisation's 统一社会信用代码, when it has one: the subject page key.
    public var subjectCode: String?
    /// Short description for list tables: 许可证书/处罚类别/名单名称; for red and black lists the 名单名称.
    public var summary: String
    public var authority: String

    /// The decision or listing day; lists are sorted newest first on it.
    public var date: CivilDate { window.first }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { subject.isNaturalPerson && policy.noindexPersons }

    /// The light public form of `store.records[index]`, shown by `decision`.
    public init(record: Record, index: Int, decision: Decision, masker: Masker) {
        let roles = record.roles
        id = record.id
        dataset = record.dataset
        self.record = index
        window = decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil)
        severity = decision.severity
        subject = record.subject
        let name = record[field: roles.subjectName] ?? ""
        subjectName = record.subject.isNaturalPerson ? masker.personName(name) : masker.freeText(name)
        subjectCode = record.subjectCode
        let summaryField = roles.summary.first { record.values[$0] != nil }
        let summary = summaryField.flatMap { record.values[$0] } ?? ""
        let isText = summaryField.map { record.kind.catalog.fields[$0].value == .text } == true
        self.summary = isText ? masker.freeText(summary) : summary
        authority = record[field: roles.authority] ?? ""
    }

    /// Newest first, then by id: the order of every list of records on the site.
    public static func newestFirst(_ a: ShownRecord, _ b: ShownRecord) -> Bool {
        (a.date, b.id) > (b.date, a.id)
    }
}
