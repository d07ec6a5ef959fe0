/// Applies the privacy rules of SPEC section 5 to values before they reach any output.
///
/// Numbers are found by `SensitiveScanner` (the same detector the audit runs) and masked character by
/// character: each digit of the hidden part becomes one `*`, whatever its width, and separators stay
/// (`138-****-5678`). The office's own `public_numbers` are left as they are.
public struct Masker: Sendable {
    public let policy: SiteConfig.Policy
    public let publicNumbers: PublicNumbers

    public init(policy: SiteConfig.Policy, publicNumbers: PublicNumbers = PublicNumbers()) {
        self.policy = policy
        self.publicNumbers = publicNumbers
    }

    /// Whether names of natural persons are masked (`person_name: mask`).
    public var masksNames: Bool { policy.personName == .mask }

    /// 张三 → 张* (first character kept, one * per other character), unless the office chose `full`.
    public func personName(_ name: String) -> String {
        let scrubbed = freeText(name)
        guard masksNames, let first = scrubbed.unicodeScalars.first else { return scrubbed }
        return String(first) + String(repeating: "*", count: scrubbed.unicodeScalars.count - 1)
    }

    /// How many characters of a number of `count` stay at each end: `id_number_keep`, but never more
    /// than 10 in 18 (site.yaml allows [6, 4], which keeps the region code), the same share of shorter numbers.
    func kept(_ count: Int, _ keep: (head: Int, tail: Int)) -> (head: Int, tail: Int) {
        let head = min(keep.head, count)
        let tail = min(keep.tail, max(0, count - head))
        guard (head + tail) * 18 > count * 10 else { return (head, tail) }
        return (min(head, count / 4), min(tail, count / 4))
    }

    /// An ID number with only `id_number_keep` characters kept at each end: 4405**********123X.
    public func idNumber(_ number: String) -> String {
        let scalars = Array(number.unicodeScalars)
        guard !scalars.isEmpty else { return number }
        let k = kept(scalars.count, policy.idNumberKeep)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[0..<k.head])
        out.append(contentsOf: repeatElement("*", count: scalars.count - k.head - k.tail))
        out.append(contentsOf: scalars[(scalars.count - k.tail)...])
        return String(out)
    }

    /// Free text with every ID number and mobile number in it masked; everything else unchanged.
    public func freeText(_ text: String) -> String {
        var copy = text
        let ranges = copy.withUTF8 { maskedRanges($0) }
        guard !ranges.isEmpty else { return text }
        return String(decoding: Self.replacing(ranges, in: Array(text.utf8)), as: UTF8.self)
    }

    /// Free text with its personal numbers and the given persons' names masked.
    public func freeText(_ text: String, names: PersonNames) -> String {
        let numbersMasked = freeText(text)
        guard masksNames else { return numbersMasked }
        return names.masked(in: numbersMasked)
    }

    /// The byte ranges of `bytes` (one per character) that masking replaces with `*`, in order.
    public func maskedRanges(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let findings = SensitiveScanner.scan(bytes)
        guard !findings.isEmpty else { return [] }
        var out: [Range<Int>] = []
        for f in findings where !publicNumbers.allows(f) {
            let keep = f.kind == .mobile ? (3, 4) : kept(f.digitRanges.count, policy.idNumberKeep)
            let d = f.digitRanges
            out.append(contentsOf: d[keep.0..<(d.count - keep.1)])
        }
        // Two findings may share digits (a window of an ID number and a mobile number): one * each.
        if out.count > 1 {
            out.sort { $0.lowerBound < $1.lowerBound }
            var unique: [Range<Int>] = []
            for r in out where unique.last?.lowerBound != r.lowerBound { unique.append(r) }
            return unique
        }
        return out
    }

    /// `bytes` with each of `ranges` (sorted, not overlapping) replaced by one `*`.
    static func replacing(_ ranges: [Range<Int>], in bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var at = 0
        for r in ranges {
            out.append(contentsOf: bytes[at..<r.lowerBound])
            out.append(0x2A)
            at = r.upperBound
        }
        out.append(contentsOf: bytes[at...])
        return out
    }
}
