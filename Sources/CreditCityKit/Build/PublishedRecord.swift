/// A shown record as the public may see it: privacy applied, never-public fields gone, with its id.
///
/// Pages, feeds and search are all made from this, so masking happens exactly once.
public struct PublishedRecord: Sendable {
    public let id: String
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
    /// Short description for list tables: 许可证书/处罚类别/名单名称.
    public let summary: String
    public let authority: String

    public func value(_ code: String) -> String? { fields.first { $0.code == code }?.value }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { subject.isNaturalPerson && policy.noindexPersons }
}

extension PublishedRecord {
    /// Builds the public form of a shown record.
    public init(record: Record, decision: Decision, masker: Masker) {
        let roles = record.roles
        let catalog = record.kind.catalog
        var fields: [(String, String)] = []
        for (i, value) in record.values.enumerated() {
            guard let value, !roles.isNeverPublic(i) else { continue }
            let spec = catalog.fields[i]
            let shown: String
            if i == roles.subjectName, record.subject.isNaturalPerson {
                shown = masker.personName(value)
            } else if i == roles.idNumber {
                shown = masker.idNumber(value)
            } else {
                shown = spec.value == .text ? masker.freeText(value) : value
            }
            fields.append((spec.code, shown))
        }
        self.id = record.id
        self.dataset = record.dataset
        self.fields = fields
        self.subject = record.subject
        let name = record[field: roles.subjectName] ?? ""
        self.subjectName = record.subject.isNaturalPerson ? masker.personName(name) : masker.freeText(name)
        self.subjectCode = record.subjectCode
        let window = decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil)
        self.window = window
        self.date = window.first
        self.severity = decision.severity
        let summaryField = roles.summary.first { record.values[$0] != nil }
        let summary = summaryField.flatMap { record.values[$0] } ?? ""
        self.summary = summaryField.map { catalog.fields[$0].value == .text } == true ? masker.freeText(summary) : summary
        self.authority = record[field: roles.authority] ?? ""
    }
}
