import Foundation
@testable import CreditCityKit

/// Content files as a webmaster writes them, for whole builds with planted text: CSV rows (RFC 4180
/// quoting) and notices with YAML front matter (double-quoted, every non-ASCII character escaped).
enum PlantedContent {
    /// A CSV file of `kind` with one row per entry of `rows` (field code → value).
    static func csv(_ kind: RecordKind, _ rows: [[String: String]]) -> String {
        let codes = kind.catalog.fields.map(\.code).filter { code in rows.contains { $0[code] != nil } }
        var out = codes.joined(separator: ",") + "\r\n"
        for row in rows {
            out += codes.map { quoted(row[$0] ?? "") }.joined(separator: ",") + "\r\n"
        }
        return out
    }

    static func quoted(_ s: String) -> String { "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }

    /// A notice file with `front` keys in double-quoted YAML and `body` as Markdown.
    static func notice(_ front: [(String, String)], body: String) -> String {
        var out = "---\n"
        for (key, value) in front { out += "\(key): \(yaml(value))\n" }
        return out + "---\n" + body
    }

    static func yaml(_ s: String) -> String {
        var out = "\""
        for scalar in s.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case _ where scalar.value >= 0x20 && scalar.value < 0x7F: out.unicodeScalars.append(scalar)
            case _ where scalar.value > 0xFFFF: out += String(format: "\\U%08X", scalar.value)
            default: out += String(format: "\\u%04X", scalar.value)
            }
        }
        return out + "\""
    }

    /// Writes `files` (path relative to `content` → text) into a content folder.
    static func write(_ files: [String: String], into content: String) throws {
        for (path, text) in files {
            let url = URL(fileURLWithPath: content).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }
}
