/// The fields of one record kind, in the standard's order, with lookup by code or Chinese name.
public struct FieldCatalog: Sendable {
    /// The content folder whose files use these fields, for messages.
    public let folder: String
    public let fields: [FieldSpec]
    private let byHeader: [String: Int]

    init(folder: String, fields: [FieldSpec]) {
        self.folder = folder
        self.fields = fields
        var map: [String: Int] = [:]
        for (i, f) in fields.enumerated() {
            map[f.code.uppercased()] = i
            map[f.name] = i
        }
        self.byHeader = map
    }

    /// The field a CSV header or JSON key names: the code (any case) or the Chinese name.
    public func index(ofHeader header: String) -> Int? {
        let h = header.trimmingWhitespace()
        return byHeader[h.uppercased()] ?? byHeader[h]
    }

    /// The position of a field code; codes are compile-time constants, so a miss is a programming error.
    public func index(of code: String) -> Int {
        guard let i = byHeader[code] else { preconditionFailure("unknown field code \(code) in \(folder)/") }
        return i
    }

    /// The position of a field code, or nil when this kind has no such field (lists have no SYFW).
    public func position(of code: String) -> Int? { byHeader[code] }

    /// The position of a field named by its code in any case, never by its Chinese name.
    public func index(ofCode code: String) -> Int? {
        let upper = code.uppercased()
        return byHeader[upper].flatMap { fields[$0].code == upper ? $0 : nil }
    }

    public func spec(_ code: String) -> FieldSpec { fields[index(of: code)] }
}
