/// The public values of one record (SPEC section 5): every field that is shown, masked.
///
/// Every text value goes through the masker, whatever its field (names, 违法事实, authorities, 名单名称,
/// 文号, 备注 …), not only the standard's free-text fields. Left as they are: organisations' public
/// identifiers (`PublicIdentifier`: validated 统一社会信用代码 and 工商注册号, printed on the business
/// licence), dates and amounts in their normalised form (the check before rendering confirms that
/// these hold no personal number).
/// A natural person's name (自然人, and a 个体工商户's operator named in 法定代表人) is masked wherever
/// it appears in the record. An organisation's 法定代表人 is public, as on its business licence.
///
/// Works on values by catalog position, so that a record's page and feed object (made from the values
/// kept in `RecordValues`) and its list rows (made from the compact index) are masked by the same code.
public struct RecordMasking: Sendable {
    public let masker: Masker

    public init(masker: Masker) { self.masker = masker }

    /// The masked values of a record.
    public struct Shown: Sendable {
        /// Public field codes and values in the standard's order.
        public var fields: [(code: String, value: String)]
        /// The subject's name as shown.
        public var subjectName: String
        public func value(_ code: String) -> String? { fields.first { $0.code == code }?.value }
    }

    /// Fields that are never public, whatever the record: 法定代表人证件号码 and its type.
    public static func isNeverPublic(_ code: String) -> Bool { code.hasSuffix("_FR_ZJHM") || code.hasSuffix("_FR_ZJLX") }

    /// The natural persons a record names: the 自然人 subject, and whoever 法定代表人 names when the
    /// subject is a 自然人 or a 个体工商户 (its operator).
    public static func persons(kind: RecordKind, subject: SubjectCategory, values: [String?]) -> PersonNames {
        let roles = kind.roles
        func value(_ i: Int?) -> String? { i.flatMap { $0 < values.count ? values[$0] : nil } }
        return persons(subject: subject, name: value(roles.subjectName), legalRepresentative: value(roles.legalRepresentative))
    }

    /// The same from the two names (the compact index keeps them).
    public static func persons(subject: SubjectCategory, name: String?, legalRepresentative: String?) -> PersonNames {
        var names: [String] = []
        if subject.isNaturalPerson, let name { names.append(name) }
        if subject != .organisation, let legalRepresentative { names.append(legalRepresentative) }
        return PersonNames(names)
    }

    public static func persons(in record: Record) -> PersonNames {
        persons(kind: record.kind, subject: record.subject, values: record.values)
    }

    /// A record's value that is shown in a list row (its name, summary or authority), masked as on its page.
    public func listValue(_ value: String, field: Int, kind: RecordKind, subject: SubjectCategory, names: PersonNames) -> String {
        let roles = kind.roles
        if field == roles.subjectName, subject.isNaturalPerson { return masker.personName(value) }
        return mask(value, spec: kind.catalog.fields[field], field: field, roles: roles, subject: subject, names: names)
    }

    /// The record's public values by catalog position, masked; nil where empty or never public.
    public func visible(kind: RecordKind, subject: SubjectCategory, values: [String?]) -> [String?] {
        let roles = kind.roles
        let catalog = kind.catalog
        let names = masker.masksNames ? Self.persons(kind: kind, subject: subject, values: values) : PersonNames()
        var out = [String?](repeating: nil, count: catalog.fields.count)
        for (i, value) in values.enumerated() where i < out.count {
            guard let value, !roles.isNeverPublic(i) else { continue }
            if (i == roles.subjectName && subject.isNaturalPerson)
                || (i == roles.legalRepresentative && subject != .organisation) {
                out[i] = masker.personName(value)
            } else if i == roles.idNumber {
                out[i] = masker.idNumber(value)
            } else {
                out[i] = mask(value, spec: catalog.fields[i], field: i, roles: roles, subject: subject, names: names)
            }
        }
        return out
    }

    func mask(_ value: String, spec: FieldSpec, field: Int, roles: FieldRoles, subject: SubjectCategory, names: PersonNames) -> String {
        if field == roles.subjectCode, subject.isNaturalPerson { return masker.freeText(value, names: names) }
        if PublicIdentifier.isPublic(value, spec: spec, subject: subject) { return value }
        switch spec.value {
        case .date, .amount: return value
        case .creditCode, .text, .choice, .penaltyCategories, .idNumber: return masker.freeText(value, names: names)
        }
    }

    /// The record's public fields, masked, and its subject's name as shown.
    public func shown(_ record: Record) -> Shown {
        let visible = visible(kind: record.kind, subject: record.subject, values: record.values)
        let catalog = record.kind.catalog
        let fields = zip(catalog.fields, visible).compactMap { spec, v in v.map { (spec.code, $0) } }
        return Shown(fields: fields, subjectName: visible[record.roles.subjectName] ?? "")
    }
}
