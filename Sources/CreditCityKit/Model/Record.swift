/// One validated row of licensing, penalty or list content: its display values, indexed by the kind's
/// field catalog (an array, not a dictionary: a million records must stay compact), and the typed
/// facts the rules read.
public struct Record: Sendable {
    public let kind: RecordKind
    public let location: SourceLocation
    /// Normalised values (trimmed; dates ISO 8601 or 长期; amounts plain decimals), nil when empty.
    public internal(set) var values: [String?]
    public let subject: SubjectCategory
    /// The identity of SPEC section 3; a later record with the same key replaces this one. Internal
    /// only: it may hold an ID number and never reaches Output/.
    public let key: String
    public let dataset: Dataset
    public let facts: RecordFacts
    /// The public id (SPEC section 3). The validator gives the record's public identity; the
    /// `RecordIndex` numbers twins `-2`, `-3` over all records in content order when two share one.
    public internal(set) var publicID: PublicID

    public var id: String { publicID.text(dataset) }

    public init(kind: RecordKind, location: SourceLocation, values: [String?], subject: SubjectCategory, key: String,
                dataset: Dataset, facts: RecordFacts, publicID: PublicID) {
        self.kind = kind
        self.location = location
        self.values = values
        self.subject = subject
        self.key = key
        self.dataset = dataset
        self.facts = facts
        self.publicID = publicID
    }

    /// The value of a field code; nil when empty or when this kind has no such field.
    public subscript(code: String) -> String? {
        kind.catalog.position(of: code).flatMap { values[$0] }
    }

    /// The value of a field by its position (a `FieldRoles` member); nil when empty or absent.
    public subscript(field field: Int?) -> String? {
        field.flatMap { values[$0] }
    }

    /// The day a date field holds; nil when empty, 长期 or not a day.
    public func date(_ code: String) -> CivilDate? {
        guard let v = self[code], case .success(.day(let d)) = DateParsing.parse(v) else { return nil }
        return d
    }

    public var roles: FieldRoles { kind.roles }

    /// The subject's 统一社会信用代码 when it names an organisation's subject page: not a natural person's,
    /// not the placeholder of a 个体工商户 without one.
    public var subjectCode: String? {
        guard !subject.isNaturalPerson, let code = self[field: roles.subjectCode], code != CreditCode.placeholderCode else { return nil }
        return code
    }

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

    /// The day, or nil for 长期.
    public var day: CivilDate? {
        if case .day(let d) = self { return d }
        return nil
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
