
/// What one successful build published in its feeds: per dataset, every record id and the SHA-256 of
/// the record's serialized feed object. Change files are the difference of two snapshots.
///
/// Kept in the state folder as `feeds/snapshots/<as-of>.tsv`, one line per record:
/// `dataset<TAB>id<TAB>sha256-hex`, sorted by dataset and id, after a `#` header line.
public struct FeedSnapshot: Sendable, Equatable {
    public private(set) var hashes: [FeedDataset: [String: ContentHash]] = [:]

    public init() {}

    public var count: Int { hashes.values.reduce(0) { $0 + $1.count } }

    public subscript(dataset: FeedDataset, id: String) -> ContentHash? {
        hashes[dataset]?[id]
    }

    public func contains(_ dataset: FeedDataset, _ id: String) -> Bool { hashes[dataset]?[id] != nil }

    public mutating func insert(_ dataset: FeedDataset, _ id: String, _ hash: ContentHash) {
        hashes[dataset, default: [:]][id] = hash
    }

    /// Ids of one dataset in id order (bytewise, as the feeds sort them).
    public func ids(_ dataset: FeedDataset) -> [String] {
        (hashes[dataset] ?? [:]).keys.sorted(by: FeedSnapshot.idOrder)
    }

    /// The one order of ids in every feed file: by UTF-8 bytes.
    public static func idOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    /// The state-folder form.
    public func tsv(asOf: CivilDate) -> String {
        var out = "# creditcity.snapshot/1 \(asOf.iso)\n"
        for dataset in FeedDataset.allCases {
            guard let map = hashes[dataset] else { continue }
            for id in ids(dataset) {
                guard let hash = map[id] else { continue }
                out += dataset.rawValue + "\t" + id + "\t" + hash.hex + "\n"
            }
        }
        return out
    }

    /// Reads the state-folder form at `path`; a line that does not parse is a damaged state file and throws.
    public init(tsv text: String, path: String) throws {
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() where !line.hasPrefix("#") {
            let parts = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard parts.count == 3, let dataset = FeedDataset(rawValue: String(parts[0])),
                  let hash = ContentHash(hex: parts[2]) else {
                throw BuildError.damagedState(path, "snapshot line \(n + 1) is not 'dataset<TAB>id<TAB>sha256'")
            }
            insert(dataset, String(parts[1]), hash)
        }
    }
}
