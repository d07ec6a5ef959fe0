/// A shown record as the plan keeps it: its entry in the `RecordIndex`, its display window and
/// severity, and its masked name and summary in the plan's display strings. A few dozen bytes, so the
/// plan of a million-record site stays small.
public struct ShownEntry: Sendable {
    /// Position in the `RecordIndex`.
    public var entry: Int32
    public var window: DisplayWindow
    public var severity: Severity?
    /// The subject's name as shown (masked for natural persons), the list-table summary and the
    /// authority, masked, as references into `Decided.display` / `SitePlan.display`.
    public var name: StringTable.Ref
    public var summary: StringTable.Ref
    public var authority: StringTable.Ref
}

/// A shown record as lists, subject pages, search and sitemaps read it: id, dates and the few values a
/// table row shows, masked, resolved from a `ShownEntry` for the moment a page is made.
///
/// The whole public form (every field, masked) is a `PublishedRecord`, made only for the record's own
/// page and its feed object.
public struct ShownRecord: Sendable {
    public var id: String
    public var dataset: Dataset
    /// The record's position in the `RecordIndex`.
    public var entry: Int
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
}
