import Foundation

/// Writes files under one root folder (the staging tree of a build), creating folders as needed.
///
/// Safe to call from several threads at once: each file is written by one `write(2)` to a new path,
/// and folder creation tolerates a concurrent creator.
public struct FileTreeWriter: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public struct Failure: Error, CustomStringConvertible {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// Writes `bytes` to `relativePath` (e.g. `penalties/cf-abc/index.html`).
    public func write(_ relativePath: String, _ bytes: some ContiguousBytes) throws {
        let full = root + "/" + relativePath
        let dir = (full as NSString).deletingLastPathComponent
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        } catch {
            throw Failure(path: relativePath, reason: (error as NSError).localizedDescription)
        }
        let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw Failure(path: relativePath, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress else { return }
            var offset = 0
            while offset < buffer.count {
                let n = Glibc.write(fd, base + offset, buffer.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    throw Failure(path: relativePath, reason: String(cString: strerror(errno)))
                }
                offset += n
            }
        }
    }

    public func write(_ relativePath: String, text: String) throws {
        try write(relativePath, Array(text.utf8))
    }
}
