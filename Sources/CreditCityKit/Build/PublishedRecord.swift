/// A shown record as the public may see it: privacy applied, never-public fields gone, with its id.
///
/// A record's page and its feed object are made from this; lists and the plan use the light
/// `ShownRecord`, made by the same masking, so the two never disagree.
public struct PublishedRecord: Sendable {
    public let shown: ShownRecord
    public let kind: RecordKind
    /// Public values by catalog position, masked; nil where empty or never public.
    public let visible: [String?]

    /// Public field codes and values in the standard's order, masked.
    public var fields: [(code: String, value: String)] {
        zip(kind.catalog.fields, visible).compactMap { spec, v in v.map { (spec.code, $0) } }
    }

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

    public func value(_ code: String) -> String? { kind.catalog.position(of: code).flatMap { visible[$0] } }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { shown.isNoindex(policy: policy) }

    /// The public fields of a record of `kind` with these values, whose light form is `shown`: masked
    /// by `RecordMasking`, as its list rows are.
    public init(kind: RecordKind, values: [String?], shown: ShownRecord, masker: Masker) {
        self.shown = shown
        self.kind = kind
        self.visible = RecordMasking(masker: masker).visible(kind: kind, subject: shown.subject, values: values)
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
