import Foundation

/// The absolute, symlink-free form of a path that may not exist yet, so that where a build writes is
/// decided on what the kernel will really touch: `Output`, `./Output/`, `/srv/../srv/site/Output` and
/// a link to it are one folder.
///
/// Components are resolved left to right as the kernel does: a symbolic link is replaced by its
/// target before a following `..` applies. A component that does not exist is no link and is joined
/// as it is, so a folder a build is about to create has a real path too.
public enum RealPath {
    /// Too many links on the way (a loop): the path has no real form.
    public struct Loop: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "\(path): too many levels of symbolic links" }
    }

    /// `path` made absolute against `directory` (default: the working directory) and resolved.
    public static func resolve(_ path: String, from directory: String = FileManager.default.currentDirectoryPath) throws -> String {
        var budget = 40
        let absolute = path.hasPrefix("/") ? path : directory + "/" + path
        return try walk(components(absolute), from: "/", budget: &budget, original: path)
    }

    /// Whether `path` is `ancestor` itself or lies below it (both real paths).
    public static func isWithin(_ path: String, _ ancestor: String) -> Bool {
        path == ancestor || ancestor == "/" || path.hasPrefix(ancestor + "/")
    }

    static func components(_ path: String) -> [Substring] {
        path.split(separator: "/").filter { $0 != "." }
    }

    static func walk(_ parts: [Substring], from start: String, budget: inout Int, original: String) throws -> String {
        var current = start
        for part in parts {
            if part == ".." {
                current = (current as NSString).deletingLastPathComponent
                if current.isEmpty { current = "/" }
                continue
            }
            let next = current == "/" ? "/" + part : current + "/" + part
            // A component that does not exist is no link: it is joined as it is.
            guard let target = linkTarget(next) else {
                current = next
                continue
            }
            budget -= 1
            guard budget > 0 else { throw Loop(path: original) }
            current = try walk(components(target), from: target.hasPrefix("/") ? "/" : current, budget: &budget, original: original)
        }
        return current
    }

    /// The target of the symbolic link at `path`, or nil when it is not a link.
    static func linkTarget(_ path: String) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return nil }
        return String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Whether `path` itself (not what it points to) is a symbolic link.
    public static func isSymbolicLink(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFLNK
    }
}
