/// Collects the rows of one file whose authority site.yaml `authorities` lacks, so that each missing
/// authority is named once per file, with how many rows it cost, instead of once per row.
public struct MissingAuthorities: Sendable {
    public let kind: RecordKind
    private var order: [String] = []
    private var found: [String: (first: SourceLocation, rows: Int)] = [:]

    public init(kind: RecordKind) { self.kind = kind }

    public mutating func note(_ outcome: RecordValidator.Outcome, at location: SourceLocation) {
        guard let name = outcome.missingAuthority else { return }
        if let seen = found[name] {
            found[name] = (seen.first, seen.rows + 1)
        } else {
            order.append(name)
            found[name] = (location, 1)
        }
    }

    /// One error per missing authority, at its first row, in the order they were met.
    public var diagnostics: [Diagnostic] {
        guard !order.isEmpty else { return [] }
        let field = kind.catalog.fields[kind.roles.authority]
        return order.compactMap { name in
            found[name].map { Messages.missingAuthority(name, field: field, rows: $0.rows, at: $0.first) }
        }
    }
}
