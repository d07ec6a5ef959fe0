/// How the header of one table (a CSV file, a worksheet, the keys of a JSON file) maps onto fields:
/// which template the table is in, and for every column the field it holds and how that was decided.
///
/// A header is matched by field code (any case), by Chinese name, or by a site.yaml `columns` alias; a
/// header with codes or names that only the 2016 template has is read with `LegacyTemplate`.
public struct ColumnMapping: Sendable {
    /// The national template a table follows.
    public enum Template: String, Sendable, Equatable {
        case standard
        case legacy2016

        /// As `--explain` names it.
        public var title: String {
            switch self {
            case .standard: "V2.0 (national standard)"
            case .legacy2016: "2016 legacy template (V1.0), mapped to V2.0"
            }
        }
    }

    /// How a column's header was recognised.
    public enum Via: String, Sendable, Equatable {
        case code = "field code"
        case name = "Chinese name"
        case alias = "site.yaml alias"
        case legacyCode = "2016 code"
        case legacyName = "2016 name"
    }

    /// What a column holds: a V2.0 field (catalog index), a 2016 column (`LegacyTemplate` index), or nothing.
    public enum Target: Sendable, Equatable {
        case field(Int)
        case legacy(Int)
        case ignored
    }

    /// One column of the header: its text, what it holds and how that was recognised.
    public struct Column: Sendable {
        /// The header cell as the file has it.
        public var header: String
        public var target: Target
        public var via: Via?
    }

    /// Why a header cannot be used; the table is then rejected with all its rows.
    public enum Failure: Sendable, Equatable {
        /// No column names a field: the row is not a header at all.
        case noHeader
        /// Two columns (1-based) hold the same field.
        case duplicate(Int, Int, code: String, name: String)
        /// Required fields no column provides, as (code, name) of the column that would.
        case missing([Label])
    }

    /// A column named in a message: its code and Chinese name.
    public struct Label: Sendable, Equatable {
        public var code: String
        public var name: String
    }

    public let folder: DataFolder
    public let template: Template
    public let columns: [Column]
    let legacy: LegacyTemplate?

    /// The header cells that name no field, in order.
    public var unknownHeaders: [String] {
        columns.filter { $0.target == .ignored && !$0.header.isEmpty }.map(\.header)
    }

    /// Maps `header`; `aliases` are the site's `columns` for this dataset (local header → field code).
    /// Without `requireHeader` (JSON keys) a header naming no field is reported as missing columns.
    public static func map(_ header: [String], folder: DataFolder, aliases: [String: String],
                           requireHeader: Bool = true) -> (ColumnMapping, Failure?) {
        let catalog = folder.catalog
        let legacy = LegacyTemplate.of(folder)
        let cells = header.map { $0.trimmingWhitespace() }
        let aliasCodes = Dictionary(aliases.map { (LegacyTemplate.normalisedHeader($0.key), $0.value.uppercased()) },
                                    uniquingKeysWith: { first, _ in first })
        func alias(_ h: String) -> String? { aliasCodes[LegacyTemplate.normalisedHeader(h)] }

        let isLegacy = legacy.map { legacy in
            cells.contains { h in
                if let code = alias(h) { return catalog.index(ofCode: code) == nil && legacy.index(ofCode: code) != nil }
                guard catalog.index(ofHeader: h) == nil, let l = legacy.index(ofHeader: h) else { return false }
                return legacy.fields[l].marksLegacy
            }
        } ?? false

        func resolve(_ h: String) -> (Target, Via)? {
            if h.isEmpty { return nil }
            if let code = alias(h) {
                if isLegacy, let l = legacy?.index(ofCode: code) { return (.legacy(l), .alias) }
                if let f = catalog.index(ofCode: code) { return (.field(f), .alias) }
                return nil
            }
            let upper = h.uppercased()
            if isLegacy, let legacy {
                if let l = legacy.index(ofCode: upper) { return (.legacy(l), .legacyCode) }
                if let f = catalog.index(ofCode: upper) { return (.field(f), .code) }
                if let l = legacy.index(ofHeader: h) { return (.legacy(l), .legacyName) }
            }
            guard let f = catalog.index(ofHeader: h) else { return nil }
            return (.field(f), catalog.fields[f].code == upper ? .code : .name)
        }

        var columns: [Column] = []
        var failure: Failure?
        // Which column holds each field; the 2016 category columns share 处罚类别 on purpose.
        var holder: [Int: (column: Int, shared: Bool)] = [:]
        // Fields a 2016 column fills only where no other column did (有效期自 from 许可决定日期).
        var alsoFilled = Set<Int>()
        for (i, h) in cells.enumerated() {
            guard let (target, via) = resolve(h) else {
                columns.append(Column(header: h, target: .ignored, via: nil))
                continue
            }
            columns.append(Column(header: h, target: target, via: via))
            var claims: [(field: Int, shared: Bool)] = []
            switch target {
            case .field(let f): claims = [(f, false)]
            case .legacy(let l):
                guard let legacy else { break }
                let field = legacy.fields[l]
                // A 2016 column claims itself (offset past the V2.0 catalog) and the V2.0 field it fills.
                claims = [(catalog.fields.count + l, false)]
                if let code = field.target, let f = catalog.position(of: code) {
                    claims.append((f, field.conversion == .penaltyCategory))
                }
                if case .decisionDate(let codes) = field.conversion {
                    alsoFilled.formUnion(codes.dropFirst().compactMap(catalog.position(of:)))
                }
            case .ignored: break
            }
            for claim in claims {
                if let earlier = holder[claim.field] {
                    if failure == nil, !(earlier.shared && claim.shared) {
                        let spec = claim.field < catalog.fields.count ? catalog.fields[claim.field] : nil
                        let l = claim.field - catalog.fields.count
                        let code = spec?.code ?? legacy.map { $0.fields[l].code } ?? ""
                        let name = spec?.name ?? legacy.map { $0.fields[l].name } ?? ""
                        failure = .duplicate(earlier.column + 1, i + 1, code: code, name: name)
                    }
                } else {
                    holder[claim.field] = (i, claim.shared)
                }
            }
        }
        let mapping = ColumnMapping(folder: folder, template: isLegacy ? .legacy2016 : .standard, columns: columns, legacy: isLegacy ? legacy : nil)
        if requireHeader, columns.allSatisfy({ $0.target == .ignored }) { return (mapping, .noHeader) }
        if let failure { return (mapping, failure) }
        let missing = mapping.missingRequired(covered: Set(holder.keys).union(alsoFilled))
        return (mapping, missing.isEmpty ? nil : .missing(missing))
    }

    /// Required V2.0 fields that no column provides and the template does not fill in.
    private func missingRequired(covered: Set<Int>) -> [Label] {
        let catalog = folder.catalog
        var provided = covered
        if let legacy {
            for code in legacy.filledIn + legacy.defaults.map(\.code) {
                if let f = catalog.position(of: code) { provided.insert(f) }
            }
        }
        return catalog.fields.indices.filter { catalog.fields[$0].columnRequired && !provided.contains($0) }.map { f in
            let spec = catalog.fields[f]
            if let legacy, let field = legacy.fields.first(where: { $0.target == spec.code }) {
                return Label(code: field.code, name: field.name)
            }
            return Label(code: spec.code, name: spec.name)
        }
    }

    /// The V2.0 values of one row, and what its 2016 cells could not be converted from. Every mapped
    /// column gets a value, empty when the row is short, so "the file has this column" stays visible.
    public func values(of cells: [String]) -> (values: [String?], problems: [LegacyTemplate.Problem]) {
        var values = [String?](repeating: nil, count: folder.catalog.fields.count)
        var legacyCells = [String?](repeating: nil, count: legacy?.fields.count ?? 0)
        for (i, column) in columns.enumerated() {
            let cell = i < cells.count ? cells[i] : ""
            switch column.target {
            case .field(let f): values[f] = cell
            case .legacy(let l): legacyCells[l] = cell
            case .ignored: break
            }
        }
        guard let legacy else { return (values, []) }
        let problems = legacy.convert(legacyCells, into: &values)
        return (values, problems)
    }
}
