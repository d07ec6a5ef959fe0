/// The numbers a site may publish although they look personal: the office's own phone numbers
/// (site.yaml `public_numbers`), and what the detector reads in organisations' public identifiers
/// (`PublicIdentifier`: a 统一社会信用代码 that happens to pass the ID check).
///
/// Kept as the numbers the detector reads (ASCII digits and X, separators and widths gone), so
/// `0717-6220000`, `138 0717 0000` and `+86 13807170000` in site.yaml allow every written form of the
/// same number. The masker leaves these alone and the audit accepts them: both ask `allows`.
public struct PublicNumbers: Sendable, Equatable {
    public private(set) var numbers: Set<String> = []

    public init() {}

    /// A site.yaml entry that would allow a personal number.
    public struct Rejection: Error, Equatable, CustomStringConvertible {
        public var entry: String
        public var description: String {
            "'\(entry)' is a 公民身份号码; only the office's own phone numbers may be listed"
        }
    }

    /// The office's numbers as written in site.yaml; an entry that reads as an ID number is refused.
    public init(officeNumbers: [String]) throws {
        for entry in officeNumbers {
            let found = SensitiveScanner.scan(entry)
            if found.contains(where: { $0.kind == .idNumber }) { throw Rejection(entry: entry) }
            numbers.formUnion(found.map(\.number))
        }
    }

    /// Allows what the detector reads in an organisation's public identifier (`PublicIdentifier`): the
    /// identifier is public wherever it appears, and so are its parts (`N14205001234X567Y` holds an
    /// 11-digit run that reads as a mobile number).
    public mutating func allowIdentifier(_ identifier: String) {
        for f in SensitiveScanner.scan(identifier) { numbers.insert(f.number) }
    }

    public mutating func formUnion(_ other: PublicNumbers) { numbers.formUnion(other.numbers) }

    /// Whether the masker leaves this number as it is.
    public func allows(_ finding: SensitiveScanner.Finding) -> Bool {
        !numbers.isEmpty && numbers.contains(finding.number)
    }
}
