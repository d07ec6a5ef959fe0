/// A shown record as the public may see it: privacy applied, never-public fields gone, with its id.
///
/// Pages, feeds and search are all made from this, so masking happens exactly once.
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
    /// Short description for list tables: 许可证书/处罚类别/名单名称.
    public let summary: String
    public let authority: String

    public func value(_ code: String) -> String? { fields.first { $0.code == code }?.value }

    /// Whether pages about this record carry noindex and stay out of sitemaps and search.
    public func isNoindex(policy: SiteConfig.Policy) -> Bool { subject.isNaturalPerson && policy.noindexPersons }
}

extension PublishedRecord {
    /// Fields that are never public, whatever the record: 法定代表人证件号码 and its type.
    static func isNeverPublic(_ code: String) -> Bool { code.hasSuffix("_FR_ZJHM") || code.hasSuffix("_FR_ZJLX") }

    /// Builds the public form of a shown record.
    public init(record: Record, id: String, decision: Decision, masker: Masker) {
        let prefix = switch record.kind {
        case .licensing: "XK_"
        case .penalty: "CF_"
        case .listEntry, .event: "MD_"
        }
        let catalog = record.kind.catalog
        var fields: [(String, String)] = []
        for (spec, value) in zip(catalog.fields, record.values) {
            guard let value, !Self.isNeverPublic(spec.code) else { continue }
            let shown: String
            switch spec.code {
            case prefix + "XDR_MC" where record.subject.isNaturalPerson: shown = masker.personName(value)
            case prefix + "XDR_ZJHM": shown = masker.idNumber(value)
            default: shown = spec.value == .text ? masker.freeText(value) : value
            }
            fields.append((spec.code, shown))
        }
        self.id = id
        self.dataset = record.dataset
        self.fields = fields
        self.subject = record.subject
        let name = record[prefix + "XDR_MC"] ?? ""
        self.subjectName = record.subject.isNaturalPerson ? masker.personName(name) : masker.freeText(name)
        let code = record[prefix + "XDR_SHXYM"]
        self.subjectCode = record.subject.isNaturalPerson || code == "00000000000000000X" ? nil : code
        let window = decision.window ?? DisplayWindow(first: CivilDate(dayNumber: 0), last: nil)
        self.window = window
        self.date = window.first
        self.severity = decision.severity
        switch record.kind {
        case .licensing:
            self.summary = masker.freeText(record["XK_XKZS"] ?? record["XK_XKWS"] ?? "")
            self.authority = record["XK_XKJG"] ?? ""
        case .penalty:
            self.summary = record["CF_CFLB"] ?? ""
            self.authority = record["CF_CFJG"] ?? ""
        case .listEntry, .event:
            self.summary = record["MD_MC"] ?? ""
            self.authority = record["MD_RDBM"] ?? ""
        }
    }
}
