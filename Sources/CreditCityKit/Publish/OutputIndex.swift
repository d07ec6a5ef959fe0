import Foundation

/// What the last build put in Output/: for each file its size, modification time, inode and the
/// SHA-256 of its bytes, kept in `<state>/output-index.tsv`.
///
/// With it, a rebuild knows that an Output/ file already holds the new bytes without reading it:
/// same hash as recorded, and the file on disk is still the recorded one (inode, size, mtime). On a
/// million-page site that saves reading gigabytes on every rebuild. Anything that does not match
/// falls back to comparing bytes, so a stale or missing index costs time, never correctness.
public struct OutputIndex: Sendable {
    public struct Entry: Sendable, Equatable {
        public var size: Int
        public var mtime: Int64
        public var inode: UInt64
        /// The SHA-256 of the bytes.
        public var hash: ContentHash
    }

    public private(set) var entries: [String: Entry] = [:]

    public init() {}

    public subscript(path: String) -> Entry? { entries[path] }

    public mutating func set(_ path: String, _ entry: Entry) { entries[path] = entry }

    /// The stat fields the index compares, of the file at `path` (nil when it is not a regular file).
    public static func stat(_ path: String) -> (size: Int, mtime: Int64, inode: UInt64)? {
        var st = Glibc.stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
        return (Int(st.st_size), Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec), UInt64(st.st_ino))
    }

    /// Reads the index; a missing or unreadable file is an empty index (the build then compares bytes).
    public static func load(from path: String) -> OutputIndex {
        var index = OutputIndex()
        guard let data = FileManager.default.contents(atPath: path) else { return index }
        for line in data.split(separator: UInt8(ascii: "\n")) {
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
            guard f.count == 5, let size = Int(String(decoding: f[1], as: UTF8.self)),
                  let mtime = Int64(String(decoding: f[2], as: UTF8.self)),
                  let inode = UInt64(String(decoding: f[3], as: UTF8.self)),
                  let hash = ContentHash(hex: String(decoding: f[4], as: UTF8.self)) else { continue }
            index.entries[String(decoding: f[0], as: UTF8.self)] = Entry(size: size, mtime: mtime, inode: inode, hash: hash)
        }
        return index
    }

    /// Saves the index atomically, paths sorted.
    public func save(to path: String) throws {
        var out = ""
        out.reserveCapacity(entries.count * 128)
        for key in entries.keys.sorted() {
            guard let e = entries[key] else { continue }
            out += "\(key)\t\(e.size)\t\(e.mtime)\t\(e.inode)\t\(e.hash.hex)\n"
        }
        try FileTreeWriter.replaceFile(at: path, with: Array(out.utf8))
    }
}
