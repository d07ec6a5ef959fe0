import Foundation

/// What one successful build published in its feeds: per dataset, every record id (in byte order)
/// and the SHA-256 of the record's serialized feed object. Change files are the difference of two
/// snapshots, found by walking both in id order.
///
/// Kept in the state folder as `feeds/snapshots/<as-of>.bin` (`encoded`): per dataset its name, count
/// and `id, hash` pairs, compact, so a million records' snapshot is a few tens of megabytes. The
/// older text form (`.tsv`) is still read.
public struct FeedSnapshot: Sendable, Equatable {
    /// Per dataset, ids and hashes side by side; `sorted` is false while inserts came out of order.
    private var ids: [FeedDataset: [String]] = [:]
    private var hashes: [FeedDataset: [ContentHash]] = [:]
    private var unsorted: Set<FeedDataset> = []

    public init() {}

    public var count: Int { ids.values.reduce(0) { $0 + $1.count } }

    /// Adds a record; appending in id order (as a build does) keeps the snapshot sorted for free.
    public mutating func insert(_ dataset: FeedDataset, _ id: String, _ hash: ContentHash) {
        if let last = ids[dataset]?.last, !Self.idOrder(last, id) { unsorted.insert(dataset) }
        ids[dataset, default: []].append(id)
        hashes[dataset, default: []].append(hash)
        if !unsorted.isEmpty { sortAll() }
    }

    private mutating func sortAll() {
        for d in unsorted {
            let pairs = zip(ids[d] ?? [], hashes[d] ?? []).sorted { Self.idOrder($0.0, $1.0) }
            ids[d] = pairs.map(\.0)
            hashes[d] = pairs.map(\.1)
        }
        unsorted = []
    }

    /// Ids of one dataset in id order (bytewise, as the feeds sort them).
    public func ids(_ dataset: FeedDataset) -> [String] { ids[dataset] ?? [] }

    /// Hashes of one dataset, in the order of `ids`.
    public func hashes(_ dataset: FeedDataset) -> [ContentHash] { hashes[dataset] ?? [] }

    public subscript(dataset: FeedDataset, id: String) -> ContentHash? {
        guard let list = ids[dataset], let i = Self.position(of: id, in: list) else { return nil }
        return hashes[dataset]?[i]
    }

    public func contains(_ dataset: FeedDataset, _ id: String) -> Bool { self[dataset, id] != nil }

    static func position(of id: String, in list: [String]) -> Int? {
        var low = 0, high = list.count
        while low < high {
            let mid = (low + high) / 2
            if idOrder(list[mid], id) { low = mid + 1 } else { high = mid }
        }
        return low < list.count && list[low] == id ? low : nil
    }

    /// The one order of ids in every feed file: by UTF-8 bytes.
    public static func idOrder(_ a: String, _ b: String) -> Bool {
        a.utf8.lexicographicallyPrecedes(b.utf8)
    }

    public static func == (a: FeedSnapshot, b: FeedSnapshot) -> Bool {
        FeedDataset.allCases.allSatisfy { a.ids($0) == b.ids($0) && a.hashes($0) == b.hashes($0) }
    }

    // MARK: State folder

    static let magic = Array("creditcity.snapshot/2\n".utf8)

    /// The state-folder form.
    public func encoded() -> [UInt8] {
        var w = ByteWriter()
        for b in Self.magic { w.byte(b) }
        for d in FeedDataset.allCases {
            let list = ids(d), sums = hashes(d)
            guard !list.isEmpty else { continue }
            w.string(d.rawValue)
            w.varint(UInt64(list.count))
            for (id, h) in zip(list, sums) {
                w.string(id)
                for b in h.bytes { w.byte(b) }
            }
        }
        return w.bytes
    }

    /// Reads the state-folder form at `path` (binary, or the older text form); damage throws.
    public init(contentsOf bytes: [UInt8], path: String) throws {
        guard bytes.starts(with: Self.magic) else {
            try self.init(tsv: String(decoding: bytes, as: UTF8.self), path: path)
            return
        }
        self.init()
        var r = ByteReader(Array(bytes.dropFirst(Self.magic.count)))
        while !r.atEnd {
            guard let d = FeedDataset(rawValue: r.string()) else { throw BuildError.damagedState(path, "a snapshot names an unknown dataset") }
            let n = Int(r.varint())
            var list: [String] = [], sums: [ContentHash] = []
            list.reserveCapacity(n)
            sums.reserveCapacity(n)
            for _ in 0..<n {
                list.append(r.string())
                sums.append(ContentHash(bytes: Array(r.take(32))) ?? ContentHash(of: []))
                if r.damaged { break }
            }
            ids[d] = list
            hashes[d] = sums
            if r.damaged { throw BuildError.damagedState(path, "the snapshot is cut short") }
        }
    }

    /// Reads the older text form: `dataset<TAB>id<TAB>sha256-hex` lines after a `#` header.
    public init(tsv text: String, path: String) throws {
        self.init()
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
