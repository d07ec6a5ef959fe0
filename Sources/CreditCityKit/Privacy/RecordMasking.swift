/// The public values of one record (SPEC section 5): every field that is shown, masked.
///
/// Every text value goes through the masker, whatever its field (names, 违法事实, authorities, 名单名称,
/// 文号, 备注 …), not only the standard's free-text fields. Left as they are: organisations' public
/// identifiers (`PublicIdentifier`: validated 统一社会信用代码 and 工商注册号, printed on the business
/// licence), dates and amounts in their normalised form (the check before rendering confirms that
/// these hold no personal number).
/// A natural person's name (自然人, and a 个体工商户's operator named in 法定代表人) is masked wherever
/// it appears in the record. An organisation's 法定代表人 is public, as on its business licence.
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
    public static func persons(in record: Record) -> PersonNames {
        let prefix = fieldPrefix(record.kind)
        var names: [String] = []
        if record.subject.isNaturalPerson, let name = record[prefix + "XDR_MC"] { names.append(name) }
        if record.subject != .organisation, let rep = record[prefix + "FRDB"] { names.append(rep) }
        return PersonNames(names)
    }

    static func fieldPrefix(_ kind: RecordKind) -> String {
        switch kind {
        case .licensing: "XK_"
        case .penalty: "CF_"
        case .listEntry, .event: "MD_"
        }
    }

    /// The record's public fields, masked, and its subject's name as shown.
    public func shown(_ record: Record) -> Shown {
        let prefix = Self.fieldPrefix(record.kind)
        let names = masker.masksNames ? Self.persons(in: record) : PersonNames()
        let isPerson = record.subject.isNaturalPerson
        var fields: [(String, String)] = []
        var subjectName = ""
        for (spec, value) in zip(record.kind.catalog.fields, record.values) {
            guard let value, !Self.isNeverPublic(spec.code) else { continue }
            let shown: String
            switch spec.code {
            case prefix + "XDR_MC" where isPerson, prefix + "FRDB" where record.subject != .organisation:
                shown = masker.personName(value)
            case prefix + "XDR_ZJHM":
                shown = masker.idNumber(value)
            case prefix + "XDR_SHXYM" where isPerson:
                shown = masker.freeText(value, names: names)
            case _ where PublicIdentifier.isPublic(value, spec: spec, subject: record.subject):
                shown = value
            default:
                switch spec.value {
                case .date, .amount: shown = value
                case .creditCode, .text, .choice, .penaltyCategories, .idNumber: shown = masker.freeText(value, names: names)
                }
            }
            if spec.code == prefix + "XDR_MC" { subjectName = shown }
            fields.append((spec.code, shown))
        }
        return Shown(fields: fields, subjectName: subjectName)
    }
}
