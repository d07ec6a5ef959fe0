/// A shown record as the public may see it: privacy applied, never-public fields gone, with its id.
///
/// A record's page and its feed object are made from this; lists and the plan use the light
/// `ShownRecord`, made by the same masking, so the two never disagree.
public struct PublishedRecord: Sendable {
    public let shown: ShownRecord
    /// Public field codes and values in the standard's order, masked.
    public let fields: [(code: String, value: String)]

    public var id: String { shown.id }
    public var dataset: Dataset { shown.dataset }
    public var subjectName: String { shown.subjectName }
    public var subjectCode: String? { shown.subjectCode }
    public var subject: SubjectCategory { shown.subject }
    public var date: CivilDate { shown.date }
    public var window: DisplayWindow { shown.window }
    public var severity: Severity? { shown.severity }
    public var summary: String { shown.summary }
    public var authority: String { shown.authority }

    public func value(_ code: String) -> String? { fields.first { $0.code == code }?.value }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { shown.isNoindex(policy: policy) }
}

extension PublishedRecord {
    /// Builds the public form of a shown record.
    public init(record: Record, index: Int = 0, decision: Decision, masker: Masker) {
        self.init(record: record, shown: ShownRecord(record: record, index: index, decision: decision, masker: masker), masker: masker)
    }

    /// The public fields of `record`, whose light form is `shown`.
    public init(record: Record, shown: ShownRecord, masker: Masker) {
        let roles = record.roles
        let catalog = record.kind.catalog
        var fields: [(String, String)] = []
        for (i, value) in record.values.enumerated() {
            guard let value, !roles.isNeverPublic(i) else { continue }
            let spec = catalog.fields[i]
            let visible: String
            if i == roles.subjectName, record.subject.isNaturalPerson {
                visible = masker.personName(value)
            } else if i == roles.idNumber {
                visible = masker.idNumber(value)
            } else {
                visible = spec.value == .text ? masker.freeText(value) : value
            }
            fields.append((spec.code, visible))
        }
        self.shown = shown
        self.fields = fields
    }
}
