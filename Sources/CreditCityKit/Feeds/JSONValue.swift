/// A JSON value written deterministically: object keys sorted by their UTF-8 bytes, numbers as the
/// decimal text they came in, no insignificant white space but one newline at the end of a file.
///
/// Upstream portals hash and diff our files; Foundation's encoders do not promise stable number
/// text (0.3 may come out as 0.29999999999999999), so the feeds use this instead. It writes UTF-8
/// bytes directly: a million records' feed objects are written with it.
public indirect enum JSONValue: Sendable, Equatable {
    case string(String)
    /// A number already in JSON's decimal syntax, e.g. "0.5".
    case number(String)
    case int(Int)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([String: JSONValue])
    /// Text that is already a serialized JSON value (a record serialized once to be hashed), written as is.
    case serialized(String)

    public func serialized() -> String { String(decoding: bytes(), as: UTF8.self) }

    /// The UTF-8 bytes of the value.
    public func bytes() -> [UInt8] {
        var out: [UInt8] = []
        write(to: &out)
        return out
    }

    func write(to out: inout [UInt8]) {
        switch self {
        case .string(let s): Self.writeString(s, to: &out)
        case .number(let n): out += n.utf8
        case .serialized(let text): out += text.utf8
        case .int(let i): out += String(i).utf8
        case .bool(let b): out += (b ? "true" : "false").utf8
        case .null: out += "null".utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                item.write(to: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (i, key) in members.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }).enumerated() {
                if i > 0 { out.append(UInt8(ascii: ",")) }
                Self.writeString(key, to: &out)
                out.append(UInt8(ascii: ":"))
                members[key]?.write(to: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    /// A JSON string: `"`, `\` and control characters escaped, and U+2028/U+2029 (which break JavaScript
    /// string literals); everything else as its UTF-8 bytes.
    static func writeString(_ s: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            var i = 0
            func flush(_ end: Int) {
                if end > start { out.append(contentsOf: utf8[start..<end]) }
            }
            while i < utf8.count {
                let b = utf8[i]
                let escape: [UInt8]?
                var length = 1
                switch b {
                case UInt8(ascii: "\""): escape = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escape = Array("\\\\".utf8)
                case 0x0A: escape = Array("\\n".utf8)
                case 0x0D: escape = Array("\\r".utf8)
                case 0x09: escape = Array("\\t".utf8)
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 15)]]
                case 0xE2 where i + 2 < utf8.count && utf8[i + 1] == 0x80 && (utf8[i + 2] == 0xA8 || utf8[i + 2] == 0xA9):
                    escape = Array((utf8[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    length = 3
                default: escape = nil
                }
                if let escape {
                    flush(i)
                    out += escape
                    i += length
                    start = i
                } else {
                    i += 1
                }
            }
            flush(utf8.count)
        }
        out.append(UInt8(ascii: "\""))
    }
}
