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

    /// The public fields of a record of `kind` with these values, whose light form is `shown`.
    public init(kind: RecordKind, values: [String?], shown: ShownRecord, masker: Masker) {
        let roles = kind.roles
        let catalog = kind.catalog
        var fields: [(String, String)] = []
        for (i, value) in values.enumerated() {
            guard let value, !roles.isNeverPublic(i) else { continue }
            let spec = catalog.fields[i]
            let visible: String
            if i == roles.subjectName, shown.subject.isNaturalPerson {
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

extension PublishedRecord {
    /// The public form of one record on its own, with no index around it (tests, and `check --explain`).
    public init(record: Record, decision: Decision, masker: Masker) {
        var index = RecordIndex()
        index.add(record)
        var display = StringTable()
        let entry = DecisionStage.shownEntry(index, 0, decision: decision, masker: masker, display: &display)
        let shown = SitePlan.view(entry, index: index, display: display)
        self.init(kind: record.kind, values: record.values, shown: shown, masker: masker)
    }
}
