/// Identifiers of organisations that are public by law and published as they are, even where their
/// digits also read as a personal number: a 统一社会信用代码 that passes its check (GB 32100), and a
/// 15-digit 工商注册号 that passes its check digit (GB/T 17710, ISO 7064 MOD 11,10) when the subject is
/// not a natural person. Both are printed on the business licence.
///
/// The masker leaves such a value as it is; the check before rendering does not report it and hands
/// the numbers found in it to the audit as allowed (`PublicNumbers`).
public enum PublicIdentifier {
    /// Whether `value` of field `spec` is an organisation's public identifier.
    public static func isPublic(_ value: String, spec: FieldSpec, subject: SubjectCategory) -> Bool {
        switch spec.value {
        case .creditCode: return CreditCode.check(value) == .valid(value)
        case .text: return spec.code.hasSuffix("_GSZC") && !subject.isNaturalPerson && isRegistrationNumber(value)
        default: return false
        }
    }

    /// A 15-digit 工商注册号 with a valid MOD 11,10 check digit.
    public static func isRegistrationNumber(_ value: String) -> Bool {
        let digits = Array(value.utf8)
        guard digits.count == 15, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
        var p = 10
        for d in digits.dropLast() {
            var s = (p + Int(d - 0x30)) % 10
            if s == 0 { s = 10 }
            p = s * 2 % 11
        }
        return (p + Int(digits[14] - 0x30)) % 10 == 1
    }
}
