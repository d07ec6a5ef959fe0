/// 行政相对人类别 / 主体类别: decides which identifiers are required and what privacy applies.
public enum SubjectCategory: String, CaseIterable, Sendable, Codable {
    case organisation = "法人及非法人组织"
    case person = "自然人"
    case individualBusiness = "个体工商户"

    /// Reads the standard's value, and the older names platforms still export.
    public init?(standardValue raw: String) {
        switch raw.trimmingWhitespace() {
        case "法人及非法人组织", "法人及其他组织", "法人", "非法人组织", "法人和非法人组织": self = .organisation
        case "自然人", "个人": self = .person
        case "个体工商户", "个体户": self = .individualBusiness
        default: return nil
        }
    }

    /// Natural persons get masking, no subject page and noindex (SPEC section 5).
    public var isNaturalPerson: Bool { self == .person }
}

extension StringProtocol {
    /// Trims ASCII and full-width spaces, tabs and line ends, which Excel exports carry around values.
    public func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\u{3000}" || $0.isNewline || $0 == "\u{00A0}" }
        guard let first = firstIndex(where: { !isSpace($0) }),
              let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
