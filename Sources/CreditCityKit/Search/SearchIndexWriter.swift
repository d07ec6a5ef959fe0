import Foundation

/// Writes the static search index under `search/` (format in docs/search.md):
///
/// - `search/index.json`: the entry file, a few kilobytes whatever the site's size: shard counts,
///   dataset names and the most frequent terms with their sizes, so a query skips them;
/// - `search/t/N.txt`: term shards, a term in shard `fnv1a(term) % termShards`, one line each:
///   `term TAB df TAB ids` (ids ascending, base 36, the first absolute and then gaps, comma-separated),
///   or `term TAB df TAB @P:C` when the list is long and lives in `search/p/P-0.txt … P-(C-1).txt`;
/// - `search/d/N.txt`: display shards, the entries with ids `N*displayBlock ..< (N+1)*displayBlock`,
///   one line each: `name TAB code TAB records TAB links` (links: dataset number and record id,
///   space-separated, at most `linkLimit`).
///
/// Every file is plain UTF-8 text of at most `maxFileBytes`, so at most 64 KiB gzip-compressed
/// (static hosts compress on the fly); sizes are chosen on raw bytes, so the layout is the same
/// on every machine. Bytes depend only on the shown records.
public struct SearchIndexWriter: Sendable {
    /// No index file is larger than this (raw bytes): the 64 KiB compressed limit with room to spare.
    public var maxFileBytes = 60 * 1024
    /// Term shards are sized to about this many raw bytes: a query fetches a few of them.
    public var termShardTarget = 16 * 1024
    /// Display shards are sized to about this many raw bytes.
    public var displayShardTarget = 16 * 1024
    /// A term line longer than this moves its posting list to `search/p/`.
    public var inlineLimit = 2 * 1024
    /// Records listed under one entry; the subject page lists them all.
    public var linkLimit = 20
    /// How many of the most frequent terms the entry file names.
    public var frequentTerms = 96

    public init() {}

    /// The entry file, which a query reads first.
    public static let entryFile = "search/index.json"

    /// What was written, for the build's log and docs/search.md.
    public struct Summary: Sendable, Equatable {
        public var entries = 0
        public var records = 0
        public var terms = 0
        public var termShards = 0
        public var displayShards = 0
        public var postingFiles = 0
        public var files = 0
        public var bytes = 0
    }

    /// Writes the index of `entries` under `search/` through `writer`.
    @discardableResult
    public func write(_ entries: SearchEntries, writer: FileTreeWriter) throws -> Summary {
        try write(entries) { path, bytes in try writer.write(path, bytes) }
    }

    /// Makes the index of `entries` and hands each file (its path and bytes) to `emit`, on every core.
    @discardableResult
    public func write(_ entries: SearchEntries, emit: @Sendable (String, [UInt8]) throws -> Void) throws -> Summary {
        let postings = SearchPostings(entries: entries.entries)
        var files: [(path: String, bytes: [UInt8])] = []
        var summary = Summary(entries: entries.entries.count, records: entries.recordCount, terms: postings.terms.count)

        let terms = termFiles(postings)
        files += terms.files
        summary.termShards = terms.shards
        summary.postingFiles = terms.files.count - terms.shards
        let display = displayFiles(entries.entries)
        files += display.files
        summary.displayShards = display.files.count
        let entry = entryFile(summary: summary, displayBlock: display.block, frequent: terms.frequent)
        files.append(("search/index.json", Array((entry.serialized() + "\n").utf8)))

        summary.files = files.count
        summary.bytes = files.reduce(0) { $0 + $1.bytes.count }
        let all = files
        try Parallel.forEach(all.count, chunk: 16) { i in try emit(all[i].path, all[i].bytes) }
        return summary
    }

    /// A long posting list: named in the entry file when it is among the most frequent.
    struct External {
        var term: String
        var df: UInt32
        var file: Int
        var chunks: Int
    }

    /// Term shards and the files of long posting lists.
    func termFiles(_ postings: SearchPostings) -> (files: [(path: String, bytes: [UInt8])], shards: Int, frequent: [External]) {
        var lines: [[UInt8]] = []
        var hashes: [UInt32] = []
        var externals: [External] = []
        var files: [(path: String, bytes: [UInt8])] = []
        lines.reserveCapacity(postings.terms.count)
        for (t, term) in postings.terms.enumerated() {
            let ids = postings.postings(t)
            let df = postings.documentFrequency[t]
            var line = Array(term.utf8) + [0x09] + Array(String(df).utf8) + [0x09]
            let encoded = Self.encode(ids)
            if line.count + encoded.count + 1 <= inlineLimit {
                line += encoded
            } else {
                let chunks = chunked(ids)
                let ext = External(term: term, df: df, file: externals.count, chunks: chunks.count)
                for (c, bytes) in chunks.enumerated() { files.append(("search/p/\(ext.file)-\(c).txt", bytes)) }
                externals.append(ext)
                line += Array("@\(ext.file):\(chunks.count)".utf8)
            }
            line.append(0x0A)
            lines.append(line)
            hashes.append(SearchTokenizer.hash(term))
        }
        // The fewest shards (a power of two) of about the target size that keeps every shard under the limit.
        let total = lines.reduce(0) { $0 + $1.count }
        var shards = 1
        while shards * termShardTarget < total { shards *= 2 }
        var sizes: [Int]
        repeat {
            sizes = [Int](repeating: 0, count: shards)
            for (h, line) in zip(hashes, lines) { sizes[Int(h % UInt32(shards))] += line.count }
            if sizes.max() ?? 0 <= maxFileBytes { break }
            shards *= 2
        } while true
        var buffers = sizes.map { size -> [UInt8] in
            var b: [UInt8] = []
            b.reserveCapacity(size)
            return b
        }
        for (h, line) in zip(hashes, lines) { buffers[Int(h % UInt32(shards))] += line }
        for (n, b) in buffers.enumerated() { files.append(("search/t/\(n).txt", b)) }
        let frequent = externals.sorted { $0.df != $1.df ? $0.df > $1.df : $0.term.utf8.lexicographicallyPrecedes($1.term.utf8) }
        return (files, shards, Array(frequent.prefix(frequentTerms)))
    }

    /// A long posting list in files of at most `maxFileBytes`, each starting with an absolute id.
    func chunked(_ ids: ArraySlice<UInt32>) -> [[UInt8]] {
        var chunks: [[UInt8]] = []
        var current: [UInt8] = []
        var previous: UInt32 = 0
        for id in ids {
            let gap = current.isEmpty ? id : id - previous
            let digits = Array(String(gap, radix: 36).utf8)
            if current.count + digits.count + 2 > maxFileBytes {
                current.append(0x0A)
                chunks.append(current)
                current = Array(String(id, radix: 36).utf8)
            } else {
                if !current.isEmpty { current.append(0x2C) }
                current += digits
            }
            previous = id
        }
        current.append(0x0A)
        chunks.append(current)
        return chunks
    }

    /// Ascending ids as base-36 text: the first absolute, then the gaps, comma-separated.
    static func encode(_ ids: ArraySlice<UInt32>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(ids.count * 3)
        var previous: UInt32 = 0
        for (i, id) in ids.enumerated() {
            if i > 0 { out.append(0x2C) }
            out += String(i == 0 ? id : id - previous, radix: 36).utf8
            previous = id
        }
        return out
    }

    /// Display shards of `block` consecutive ids; `block` is a power of two sized to the target.
    func displayFiles(_ entries: [SearchEntries.Entry]) -> (files: [(path: String, bytes: [UInt8])], block: Int) {
        let lines = entries.map(displayLine)
        let total = lines.reduce(0) { $0 + $1.count }
        var block = 1
        while block * 2 * max(1, total / max(1, lines.count)) <= displayShardTarget { block *= 2 }
        while block > 1 {
            let largest = stride(from: 0, to: lines.count, by: block)
                .map { s in lines[s..<min(lines.count, s + block)].reduce(0) { $0 + $1.count } }.max() ?? 0
            if largest <= maxFileBytes { break }
            block /= 2
        }
        var files: [(path: String, bytes: [UInt8])] = []
        for (n, start) in stride(from: 0, to: lines.count, by: block).enumerated() {
            files.append(("search/d/\(n).txt", Array(lines[start..<min(lines.count, start + block)].joined())))
        }
        return (files, block)
    }

    /// `name TAB code TAB records TAB links`; tabs and line ends in a name become spaces.
    func displayLine(_ e: SearchEntries.Entry) -> [UInt8] {
        let name = String(String.UnicodeScalarView(e.name.unicodeScalars.prefix(4 * SearchTokenizer.maxNameLength).map {
            $0.value < 0x20 || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0
        }))
        let links = e.links.prefix(linkLimit).map { "\(Self.datasets.firstIndex(of: $0.dataset) ?? 0)\($0.id)" }.joined(separator: " ")
        return Array("\(name)\t\(e.code ?? "")\t\(e.links.count)\t\(links)\n".utf8)
    }

    static let datasets = Dataset.allCases

    func entryFile(summary: Summary, displayBlock: Int, frequent: [External]) -> JSONValue {
        .object([
            "schema": .string("creditcity.search/1"),
            "entries": .int(summary.entries),
            "records": .int(summary.records),
            "termShards": .int(summary.termShards),
            "displayBlock": .int(displayBlock),
            "displayShards": .int(summary.displayShards),
            "unigramLimit": .int(SearchPostings.unigramLimit),
            "linkLimit": .int(linkLimit),
            "prefixLengths": .array(SearchTokenizer.prefixLengths.map { .int($0) }),
            "datasets": .array(Self.datasets.map { .object(["name": .string($0.rawValue), "title": .string($0.title)]) }),
            "frequent": .array(frequent.map { .array([.string($0.term), .int(Int($0.df)), .int($0.file), .int($0.chunks)]) }),
        ])
    }
}
