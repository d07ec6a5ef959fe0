/// Text made safe inside HTML or XML, in element content and in quoted attributes: the five characters
/// Mustache escapes (& < > " '), so text written outside a template reads as the templates' does.
/// `&#39;` rather than `&apos;`, which HTML 4 lacks; both are XML.
enum MarkupEscaping {
    static func escaped(_ text: String) -> String {
        // Most text (every record's URL in a sitemap) has nothing to escape: one pass over the bytes, no copy.
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 }) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
