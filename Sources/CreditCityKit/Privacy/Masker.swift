/// Applies the privacy rules of SPEC section 5 to values before they reach any output.
public struct Masker: Sendable {
    public let policy: SiteConfig.Policy

    public init(policy: SiteConfig.Policy) { self.policy = policy }

    /// 张三 → 张* (first character kept, one * per other character), unless the office chose `full`.
    public func personName(_ name: String) -> String {
        let scrubbed = freeText(name)
        guard policy.personName == .mask, let first = scrubbed.first else { return scrubbed }
        return String(first) + String(repeating: "*", count: scrubbed.count - 1)
    }

    /// An ID number with only `id_number_keep` characters kept at each end: 4405**********123X.
    public func idNumber(_ number: String) -> String {
        let chars = Array(number)
        let head = min(policy.idNumberKeep.head, chars.count)
        let tail = min(policy.idNumberKeep.tail, max(0, chars.count - head))
        // Never show too much of a number, whatever the settings say: site.yaml allows keeping at most
        // 10 of 18 characters ([6, 4] keeps the region code), and shorter numbers may keep the same share.
        guard chars.count > 0 else { return number }
        let tooMuch = (head + tail) * 18 > chars.count * 10
        let keepHead = tooMuch ? min(head, chars.count / 4) : head
        let keepTail = tooMuch ? min(tail, chars.count / 4) : tail
        return String(chars[0..<keepHead]) + String(repeating: "*", count: chars.count - keepHead - keepTail)
            + String(chars[(chars.count - keepTail)...])
    }

    /// Free text with every ID number and mobile number in it masked; everything else unchanged.
    public func freeText(_ text: String) -> String {
        var bytes = Array(text.utf8)
        let findings = SensitiveScanner.scan(bytes)
        guard !findings.isEmpty else { return text }
        for f in findings {
            let keep: (Int, Int) = f.kind == .mobile ? (3, 4) : policy.idNumberKeep
            let d = f.digitOffsets
            let masked = d.count > keep.0 + keep.1 ? d[keep.0..<(d.count - keep.1)] : d[...]
            for offset in masked { bytes[offset] = 0x2A }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
