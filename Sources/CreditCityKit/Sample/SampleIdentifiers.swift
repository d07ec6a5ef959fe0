/// Checksum-valid identifiers for sample content: 统一社会信用代码 (with a valid GB 11714 organisation
/// code inside) and 公民身份号码.
enum SampleIdentifiers {
    static let creditCharset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")
    /// Characters an organisation code body may use inside a credit code.
    static let orgCharset = Array("0123456789ABCDEFGHJKLMNPQRTUWXY")

    /// A credit code: registration authority and type (e.g. "91"), 6-digit region, organisation code, check.
    static func creditCode(prefix: String, region: String, using rng: inout SampleRandom) -> String {
        var body = ""
        for _ in 0..<8 { body.append(rng.pick(orgCharset)) }
        let weights = [3, 7, 9, 10, 5, 8, 4, 2]
        let sum = zip(body, weights).reduce(0) { acc, pair in
            let c = pair.0
            let value = c.isNumber ? Int(String(c)) ?? 0 : Int(c.asciiValue ?? 65) - 55
            return acc + value * pair.1
        }
        let check = 11 - sum % 11
        let checkChar: Character = check == 10 ? "X" : check == 11 ? "0" : Character(String(check))
        let first17 = prefix + region + body + String(checkChar)
        return first17 + String(CreditCode.checkCharacter(for: first17) ?? "0")
    }

    /// A 公民身份号码 born on `birth` in `region`.
    static func idNumber(region: String, birth: CivilDate, using rng: inout SampleRandom) -> String {
        let seq = String(100 + rng.below(900))
        let date = birth.iso.replacingOccurrences(of: "-", with: "")
        let first17 = Array(region + date + seq)
        let sum = first17.enumerated().reduce(0) { acc, e in acc + (Int(String(e.element)) ?? 0) * ((1 << (17 - e.offset)) % 11) }
        return String(first17) + String(Array("10X98765432")[sum % 11])
    }
}
