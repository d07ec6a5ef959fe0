import Foundation

extension SiteConfig {
    /// What is wrong with `url` as the site's base URL, or nil when it is fine. One rule for site.yaml's
    /// `base_url` and `--base-url`: the URL goes into every page's canonical link, the sitemaps, the
    /// feeds and robots.txt, so it must be a plain http or https address of a host (no `javascript:`,
    /// no spaces, quotes or angle brackets, no query or fragment to glue page paths onto).
    public static func baseURLProblem(_ url: String) -> String? {
        guard url.hasPrefix("https://") || url.hasPrefix("http://") else {
            return "must start with https:// or http://; found \(quoted(url))"
        }
        let forbidden = Set(" \"'<>\\^`{|}?#".unicodeScalars)
        if let bad = url.unicodeScalars.first(where: { $0.value < 0x21 || $0.value == 0x7F || forbidden.contains($0) }) {
            let what = bad.value < 0x21 || bad.value == 0x7F ? String(format: "U+%04X", bad.value) : "'\(bad)'"
            return "must be a plain web address without spaces, quotes, angle brackets, query or fragment; found \(what) in \(quoted(url))"
        }
        guard let host = URLComponents(string: url)?.host, !host.isEmpty else {
            return "must name a host, e.g. https://credit.example.gov.cn/; found \(quoted(url))"
        }
        return nil
    }

    /// The value as the message shows it: quoted, and cut short when very long.
    static func quoted(_ text: String) -> String {
        "'" + (text.count > 80 ? text.prefix(80) + "…" : text) + "'"
    }
}
