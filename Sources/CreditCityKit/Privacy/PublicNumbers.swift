/// The numbers a site may publish although they look personal: the office's own phone numbers
/// (site.yaml `public_numbers`), and 统一社会信用代码 of organisations that happen to pass the ID check.
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

    /// Adds 统一社会信用代码 that read as ID numbers: an organisation's code is public wherever it appears.
    public mutating func allowCreditCode(_ code: String) {
        for f in SensitiveScanner.scan(code) where f.number == code { numbers.insert(code) }
    }

    public mutating func formUnion(_ other: PublicNumbers) { numbers.formUnion(other.numbers) }

    public func allows(_ finding: SensitiveScanner.Finding) -> Bool {
        !numbers.isEmpty && numbers.contains(finding.number)
    }
}
