import Foundation

/// What one shard of a sharded build made (`<shards>/shard-K-of-N.manifest`): which shard it is, the
/// fingerprint of what it was built from, and every file of its tree with its size and SHA-256.
/// `creditcity assemble` joins the shard trees by these manifests, without reading or rendering content.
///
/// It is written beside the shard's tree, after that tree was published: a manifest always describes a
/// complete tree. A shard killed between the two leaves its older manifest, whose fingerprint then
/// differs from the other shards' (or whose tree no longer matches it), and assemble names the shard to
/// run again.
///
/// The format is one JSON line (the header), then one line per file in path order:
/// `sha256<TAB>size<TAB>path`. Lines rather than one JSON document, so a shard of a million files is
/// written and read as a stream of short lines.
public struct ShardManifest: Sendable, Equatable {
    /// The first line.
    public struct Header: Codable, Sendable, Equatable {
        public var schema = "creditcity.shard/1"
        public var shard: Int
        public var of: Int
        public var asOf: String
        /// SHA-256 (hex) over the code, the templates, site.yaml, the base URL, the as-of day, N and the
        /// key of every output of the plan (`ShardFingerprint`): equal in every shard built from the
        /// same site, and different as soon as anything the site is made from differs.
        public var fingerprint: String
    }

    /// One file of the shard's tree.
    public struct File: Sendable, Equatable {
        public var path: String
        public var size: Int
        public var sha256: ContentHash
    }

    public var header: Header
    public var files: [File]

    public init(header: Header, files: [File]) {
        self.header = header
        self.files = files.sorted { $0.path < $1.path }
    }

    /// `<shards>/shard-K-of-N.manifest`.
    public static func path(in shardsDir: String, _ index: Int, of count: Int) -> String {
        shardsDir + "/" + ShardOwnership.name(index, of: count) + ".manifest"
    }

    /// The manifest's bytes.
    public func encoded() throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var out = [UInt8](try encoder.encode(header))
        out.append(UInt8(ascii: "\n"))
        for f in files {
            // A path is made by the site's own naming (ids, slugs, numbers); a tab or line break in one
            // would break the line format, so it is refused rather than written ambiguously.
            guard !f.path.contains("\t"), !f.path.contains("\n") else {
                throw BuildError(.publish, path: f.path, "a file name holds a tab or line break; it cannot be listed in a shard manifest")
            }
            out += "\(f.sha256.hex)\t\(f.size)\t\(f.path)\n".utf8
        }
        return out
    }

    /// Reads a manifest written by `encoded()`; throws a `BuildError` naming the file and line.
    public static func read(_ path: String) throws -> ShardManifest {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildError(.assemble, path: path, "cannot be read")
        }
        var lines = data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true)
        guard !lines.isEmpty, let header = try? JSONDecoder().decode(Header.self, from: Data(lines.removeFirst())),
              header.schema == "creditcity.shard/1" else {
            throw BuildError(.assemble, path: path, "is not a shard manifest (creditcity.shard/1)")
        }
        var files: [File] = []
        files.reserveCapacity(lines.count)
        for (n, line) in lines.enumerated() {
            let fields = line.split(separator: UInt8(ascii: "\t"), maxSplits: 2, omittingEmptySubsequences: false)
            guard fields.count == 3, let sha = ContentHash(hex: String(decoding: fields[0], as: UTF8.self)),
                  let size = Int(String(decoding: fields[1], as: UTF8.self)) else {
                throw BuildError(.assemble, path: path, line: n + 2, "not a line `sha256<TAB>size<TAB>path`")
            }
            files.append(File(path: String(decoding: fields[2], as: UTF8.self), size: size, sha256: sha))
        }
        return ShardManifest(header: header, files: files)
    }
}
