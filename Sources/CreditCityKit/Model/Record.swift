/// One validated row of licensing, penalty or list content, values normalised and indexed by the
/// kind's field catalog (an array, not a dictionary: a million records must stay compact).
public struct Record: Sendable {
    public let kind: RecordKind
    public let location: SourceLocation
    /// Normalised values (trimmed; dates ISO 8601 or 长期; amounts plain decimals), nil when empty.
    public internal(set) var values: [String?]
    public let subject: SubjectCategory
    /// The identity of SPEC section 3; a later record with the same key replaces this one.
    public let key: String
    public let dataset: Dataset
    /// False for a list entry whose file has an 审核状态 column and whose state is not approved.
    public let approved: Bool

    public init(kind: RecordKind, location: SourceLocation, values: [String?], subject: SubjectCategory, key: String,
                dataset: Dataset, approved: Bool = true) {
        self.approved = approved
        self.kind = kind
        self.location = location
        self.values = values
        self.subject = subject
        self.key = key
        self.dataset = dataset
    }

    /// The value of a field code; nil when empty or when this kind has no such field.
    public subscript(code: String) -> String? {
        kind.catalog.position(of: code).flatMap { values[$0] }
    }

    /// A date field as a day; nil when empty or 长期.
    public func date(_ code: String) -> CivilDate? {
        guard let v = self[code], case .success(.day(let d)) = DateParsing.parse(v) else { return nil }
        return d
    }

    /// Whether a date field says "no end" (长期 / 2099-12-31).
    public func isOpenEnded(_ code: String) -> Bool { self[code] == DateValue.noEndText }

    /// The field values by code, in catalog order, for feeds and detail pages.
    public var fieldsByCode: [(code: String, value: String)] {
        zip(kind.catalog.fields, values).compactMap { spec, v in v.map { (spec.code, $0) } }
    }
}

extension DateValue {
    /// How a normalised record spells "no end".
    public static let noEndText = "长期"

    /// The normalised text of a date: ISO 8601, or 长期.
    public var normalisedText: String {
        switch self {
        case .day(let d): d.iso
        case .noEnd: DateValue.noEndText
        }
    }
}

/// A row read from a content file before validation: raw strings by catalog index.
public struct RawRow: Sendable {
    public var location: SourceLocation
    public var values: [String?]
    /// The template of the row's file; a 2016 row gets the fields that template lacks filled in.
    public var template: ColumnMapping.Template = .standard
    /// Cells that could not be converted to V2.0 values (a 2016 code outside its list); they reject the row.
    public var problems: [Diagnostic] = []
}
