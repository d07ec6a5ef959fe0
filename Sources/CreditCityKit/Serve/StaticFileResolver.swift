import Foundation

/// Maps a request target to a file of the built site, as a static web server would: `/` and
/// `/penalties/` serve their `index.html`, `/penalties` is redirected once to `/penalties/`, nothing
/// outside the root is reachable, and anything else is not found (the caller serves 404.html).
///
/// It takes the raw request target (`/notices/?page=2`, still percent-encoded), never a path that an
/// HTTP library has already decoded and normalised: whether a folder was asked for with its trailing
/// slash, and whether a `/` was typed or sent as `%2F`, both decide the answer.
public struct StaticFileResolver: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    /// What a target comes to.
    public enum Resolution: Equatable, Sendable {
        case file(path: String, contentType: String)
        /// A folder asked for without its trailing slash: redirect so relative links resolve. The
        /// location is always a path on this host (`/a/b/`), never `//host/…`.
        case redirect(location: String)
        case notFound
    }

    public func resolve(_ target: String) -> Resolution {
        guard let segments = Self.segments(of: target) else { return .notFound }
        let relative = segments.joined(separator: "/")
        let full = relative.isEmpty ? root : root + "/" + relative
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDir), isInsideRoot(full) else { return .notFound }
        if isDir.boolValue {
            guard Self.path(of: target).hasSuffix("/") else { return .redirect(location: Self.folderLocation(segments)) }
            let index = full + "/index.html"
            return FileManager.default.fileExists(atPath: index) ? .file(path: index, contentType: Self.contentType(index)) : .notFound
        }
        return .file(path: full, contentType: Self.contentType(full))
    }

    /// The path part of a request target: the query (and a fragment, which clients should not send) dropped.
    static func path(of target: String) -> Substring {
        let end = target.firstIndex { $0 == "?" || $0 == "#" } ?? target.endIndex
        return target[..<end]
    }

    /// The decoded path segments of `target`, or nil when it must not be served: not an origin-form
    /// path (`/…`), a bad percent-escape, or a segment that is `.` or `..`, or that decodes to a
    /// `/`, a `\` or a control character (so `%2F` cannot smuggle a separator past this check).
    /// Empty segments (`//`) are skipped, as a file system would.
    static func segments(of target: String) -> [String]? {
        let path = path(of: target)
        guard path.hasPrefix("/") else { return nil }
        var out: [String] = []
        for raw in path.split(separator: "/", omittingEmptySubsequences: true) {
            guard let segment = raw.removingPercentEncoding, !segment.isEmpty, segment != ".", segment != "..",
                  !segment.unicodeScalars.contains(where: { $0 == "/" || $0 == "\\" || $0.value < 0x20 || $0.value == 0x7F })
            else { return nil }
            out.append(segment)
        }
        return out
    }

    /// `/a/b/` with each segment percent-encoded again: starts with exactly one `/`.
    static func folderLocation(_ segments: [String]) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        let encoded = segments.map { $0.addingPercentEncoding(withAllowedCharacters: allowed) ?? "" }
        return "/" + encoded.map { $0 + "/" }.joined()
    }

    /// Whether `path`, symbolic links resolved, is still under the root: a link inside the site that
    /// points elsewhere is not followed out of it.
    func isInsideRoot(_ path: String) -> Bool {
        guard let realRoot = realpath(root, nil) else { return false }
        defer { free(realRoot) }
        guard let realPath = realpath(path, nil) else { return false }
        defer { free(realPath) }
        let base = String(cString: realRoot), resolved = String(cString: realPath)
        return resolved == base || resolved.hasPrefix(base.hasSuffix("/") ? base : base + "/")
    }

    public static func contentType(_ path: String) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "html": "text/html; charset=utf-8"
        case "css": "text/css; charset=utf-8"
        case "js", "mjs": "text/javascript; charset=utf-8"
        case "json": "application/json"
        case "xml": "application/xml; charset=utf-8"
        case "txt": "text/plain; charset=utf-8"
        case "csv": "text/csv; charset=utf-8"
        case "svg": "image/svg+xml"
        case "png": "image/png"
        case "jpg", "jpeg": "image/jpeg"
        case "gif": "image/gif"
        case "webp": "image/webp"
        case "ico": "image/x-icon"
        case "pdf": "application/pdf"
        case "woff2": "font/woff2"
        case "woff": "font/woff"
        default: "application/octet-stream"
        }
    }
}
