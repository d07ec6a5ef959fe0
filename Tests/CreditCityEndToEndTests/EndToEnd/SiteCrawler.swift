import Foundation

/// Reads a built site the way a visitor's browser would: the links of each page, where they lead
/// inside Output/, and how many clicks each page is from the home page.
struct SiteCrawler {
    let root: String
    /// The path part of base_url ("/"): the 404 page links from there.
    let basePath: String

    init(root: String, basePath: String = "/") {
        self.root = root
        self.basePath = basePath
    }

    /// Every href and src of `html`, entities decoded (only &amp; occurs in links).
    static func links(in html: String) -> [String] {
        var out: [String] = []
        for attribute in ["href=\"", "src=\""] {
            var rest = html[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                // " href=" only as an attribute: the character before must be white space.
                let before = start.lowerBound > rest.startIndex ? rest[rest.index(before: start.lowerBound)] : " "
                if before == " " || before == "\n" { out.append(String(after[..<end]).replacingOccurrences(of: "&amp;", with: "&")) }
                rest = after[end...]
            }
        }
        return out
    }

    /// The file inside the site that `link` on the page at `page` leads to, or nil for another host,
    /// mailto: and the like. Fragments and queries are dropped; a folder means its index.html.
    func target(of link: String, from page: String) -> String? {
        var link = link
        if let cut = link.firstIndex(where: { $0 == "#" || $0 == "?" }) { link = String(link[..<cut]) }
        if link.isEmpty { return page }
        if link.contains(":") { return nil }
        var parts: [Substring]
        if link.hasPrefix("/") {
            guard link.hasPrefix(basePath) else { return "\u{0}outside base path: \(link)" }
            parts = []
            link = String(link.dropFirst(basePath.count))
        } else {
            parts = page.split(separator: "/").dropLast()
        }
        for segment in link.split(separator: "/", omittingEmptySubsequences: false) {
            switch segment {
            case "", ".": continue
            case "..":
                if parts.isEmpty { return "\u{0}above the site root: \(link)" }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        var path = parts.joined(separator: "/")
        if link.hasSuffix("/") || path.isEmpty { path += path.isEmpty ? "index.html" : "/index.html" }
        return path
    }

    func exists(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir) && !isDir.boolValue
    }

    func html(_ path: String) -> String {
        String(decoding: FileManager.default.contents(atPath: root + "/" + path) ?? Data(), as: UTF8.self)
    }

    var pages: [String] {
        (FileManager.default.enumerator(atPath: root)?.compactMap { $0 as? String } ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    /// Every internal link of every page that does not lead to a file: "page → link".
    func brokenLinks() -> [String] {
        var broken: [String] = []
        for page in pages {
            for link in Self.links(in: html(page)) {
                guard let target = target(of: link, from: page) else { continue }
                if !exists(target) { broken.append("\(page) → \(link)") }
            }
        }
        return broken
    }

    /// Clicks from index.html to every page reachable through links, by breadth-first search.
    func clickDepths() -> [String: Int] {
        var depth = ["index.html": 0]
        var queue = ["index.html"]
        var i = 0
        while i < queue.count {
            let page = queue[i]
            i += 1
            guard page.hasSuffix(".html"), let d = depth[page] else { continue }
            for link in Self.links(in: html(page)) {
                guard let target = target(of: link, from: page), depth[target] == nil, exists(target) else { continue }
                depth[target] = d + 1
                queue.append(target)
            }
        }
        return depth
    }
}
