/// One field of the national standard: its code, its Chinese name and how it is checked.
public struct FieldSpec: Sendable {
    /// What kind of value the field holds; decides parsing and normalisation.
    public enum Value: Sendable, Equatable {
        case text
        /// A calendar day in one of the accepted forms, normalised to ISO 8601.
        case date
        /// An amount in 万元, normalised to a plain decimal.
        case amount
        /// 统一社会信用代码, checksum-checked.
        case creditCode
        /// An identity document number; checked as 公民身份号码 when the document type is 身份证.
        case idNumber
        /// One value of a closed list.
        case choice([String])
        /// One or more 处罚类别 separated by ；;、,
        case penaltyCategories
    }

    /// When the field must be present.
    public enum Requirement: Sendable, Equatable {
        case optional
        case required
        /// Required only for subjects of these categories (e.g. 证件号码 for 自然人).
        case requiredFor([SubjectCategory])
        /// Required only for list entries of this colour (有效期至 for 红名单).
        case requiredForList(String)
    }

    public let code: String
    public let name: String
    public let value: Value
    public let requirement: Requirement

    public init(_ code: String, _ name: String, _ value: Value = .text, _ requirement: Requirement = .optional) {
        self.code = code
        self.name = name
        self.value = value
        self.requirement = requirement
    }

    /// Whether a file must have this column at all (a missing required column rejects the file).
    public var columnRequired: Bool { requirement == .required }
}
