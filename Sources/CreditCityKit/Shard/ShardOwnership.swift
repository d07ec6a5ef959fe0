import Crypto

/// Which files of the site one shard of a sharded build (`creditcity build --shard K/N`, SPEC section 9)
/// renders: every output file belongs to exactly one of the N shards, by a stable hash of its path.
///
/// The hash is the first 8 bytes of SHA-256 of the path's UTF-8, big-endian, modulo N: the same on
/// every machine, process and run (Swift's `Hasher` is seeded per process and would scatter the files
/// differently on every node). Two folders are owned whole, by the hash of the folder's name, because
/// they are made together from the whole site: `feeds/` (its manifest holds the SHA-256 of every
/// dataset file, its change file every changed record, both kept in the owning shard's state) and
/// `search/` (the index is made whole or kept whole). The site's mark (`.creditcity-site`) is in every
/// shard tree, as it must be in every tree a build publishes; it is not in the shard manifests.
public struct ShardOwnership: Sendable, Equatable, CustomStringConvertible {
    /// 0-based, as Kubernetes' `JOB_COMPLETION_INDEX` and a Slurm array's `SLURM_ARRAY_TASK_ID` from 0.
    public let index: Int
    public let count: Int

    /// Folders owned whole, by the hash of their own name.
    public static let wholeFolders = ["feeds/", "search/"]

    public init?(index: Int, count: Int) {
        guard count >= 1, (0..<count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `K/N` (0-based K, 0 ≤ K < N); nil when it is anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let k = Int(parts[0]), let n = Int(parts[1]), String(k) == parts[0], String(n) == parts[1] else { return nil }
        self.init(index: k, count: n)
    }

    /// `K/N`, as given on the command line.
    public var description: String { "\(index)/\(count)" }

    /// The name of this shard's tree and manifest in the shards folder: `shard-K-of-N`.
    public var name: String { Self.name(index, of: count) }

    /// `shard-K-of-N`: shard K's tree in the shards folder, and beside it its manifest and state.
    public static func name(_ index: Int, of count: Int) -> String { "shard-\(index)-of-\(count)" }

    /// Whether this shard renders `path` (a path of Output/, e.g. `penalties/cf-1a2b/index.html`).
    public func owns(_ path: String) -> Bool {
        if path == OutputMarker.fileName { return true }
        return Self.owner(of: path, count: count) == index
    }

    /// The shard that renders `path` out of `count`.
    public static func owner(of path: String, count: Int) -> Int {
        let unit = wholeFolders.first { path.hasPrefix($0) } ?? path
        let digest = SHA256.hash(data: Array(unit.utf8))
        let high = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(high % UInt64(count))
    }
}
