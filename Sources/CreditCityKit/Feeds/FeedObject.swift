/// A shown record's feed object (docs/feeds.md), written straight to JSON bytes: `id`, `url`, the
/// display window, the severity of a penalty and every public field code with its masked value, keys in
/// UTF-8 order. The same bytes as `JSONValue` would write, without building a dictionary per record:
/// a million-record site writes a million of these.
enum FeedObject {
    /// Field codes whose values are numbers in the feeds (amounts in 万元).
    static let numericCodes: Set<String> = ["CF_NR_FK", "CF_NR_WFFF"]

    /// Per kind, the catalog positions in the UTF-8 order of their codes. Every code is upper case, so
    /// all of them sort before the lower-case keys `displayFrom` … `url`.
    static let order: [RecordKind: [Int]] = Dictionary(uniqueKeysWithValues: RecordKind.allCases.map { kind in
        let fields = kind.catalog.fields
        return (kind, fields.indices.sorted { fields[$0].code.utf8.lexicographicallyPrecedes(fields[$1].code.utf8) })
    })

    static func bytes(_ r: PublishedRecord, baseURL: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(1024)
        out.append(UInt8(ascii: "{"))
        let catalog = r.kind.catalog
        for i in order[r.kind] ?? [] {
            guard let value = r.visible[i] else { continue }
            let spec = catalog.fields[i]
            key(spec.code, &out)
            if numericCodes.contains(spec.code), isJSONNumber(value) {
                out += value.utf8
            } else if spec.value == .date, value == DateValue.noEndText {
                out += "null".utf8 // 长期: no end date
            } else {
                JSONValue.writeString(value, to: &out)
            }
            out.append(UInt8(ascii: ","))
        }
        key("displayFrom", &out)
        JSONValue.writeString(r.window.first.iso, to: &out)
        out.append(UInt8(ascii: ","))
        key("displayUntil", &out)
        if let last = r.window.last { JSONValue.writeString(last.iso, to: &out) } else { out += "null".utf8 }
        out.append(UInt8(ascii: ","))
        key("id", &out)
        JSONValue.writeString(r.id, to: &out)
        out.append(UInt8(ascii: ","))
        if let s = r.severity {
            key("severity", &out)
            JSONValue.writeString(s.rawValue, to: &out)
            out.append(UInt8(ascii: ","))
        }
        key("url", &out)
        JSONValue.writeString(baseURL + "\(r.dataset.rawValue)/\(r.id)/", to: &out)
        out.append(UInt8(ascii: "}"))
        return out
    }

    static func key(_ name: String, _ out: inout [UInt8]) {
        JSONValue.writeString(name, to: &out)
        out.append(UInt8(ascii: ":"))
    }

    /// JSON's number syntax: amounts are normalised plain decimals, but a value that is not one stays a string.
    static func isJSONNumber(_ s: String) -> Bool {
        let b = Array(s.utf8)
        var i = b.first == UInt8(ascii: "-") ? 1 : 0
        let intStart = i
        while i < b.count, (48...57).contains(b[i]) { i += 1 }
        guard i > intStart, b[intStart] != 48 || i == intStart + 1 else { return false }
        guard i < b.count else { return true }
        guard b[i] == UInt8(ascii: "."), i + 1 < b.count else { return false }
        return b[(i + 1)...].allSatisfy { (48...57).contains($0) }
    }
}
