import Foundation

/// Maps a request path to a file of the built site, as a static web server would: `/` and
/// `/penalties/` serve their `index.html`, nothing outside the root is reachable, unknown paths
/// get the site's 404.html.
public struct StaticFileResolver: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public enum Resolution: Equatable, Sendable {
        case file(path: String, contentType: String)
        /// A folder asked for without its trailing slash: redirect so relative links resolve.
        case redirect(location: String)
        case notFound
    }

    public func resolve(_ requestPath: String) -> Resolution {
        let pathOnly = requestPath.split(separator: "?", maxSplits: 1).first.map(String.init) ?? "/"
        let decoded = pathOnly.removingPercentEncoding ?? pathOnly
        // Refuse anything that climbs out of the root or smuggles a NUL.
        let parts = decoded.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return .notFound }
        let relative = parts.joined(separator: "/")
        let full = relative.isEmpty ? root : root + "/" + relative
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir) else { return .notFound }
        if isDir.boolValue {
            guard decoded.hasSuffix("/") else { return .redirect(location: decoded + "/") }
            let index = full + "/index.html"
            return FileManager.default.fileExists(atPath: index) ? .file(path: index, contentType: Self.contentType(index)) : .notFound
        }
        return .file(path: full, contentType: Self.contentType(full))
    }

    public static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "ico": "image/x-icon"
        case "woff2": "font/woff2"
        default: "application/octet-stream"
        }
    }
}
