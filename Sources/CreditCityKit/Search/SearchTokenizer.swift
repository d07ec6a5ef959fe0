import Foundation

/// The search tokenizer: how a name or a query becomes index terms.
///
/// Templates/assets/search.js carries the same functions line for line, and the tests run one set of
/// vectors through both (scripts/search-tokenizer-check.mjs), so a query finds what the build indexed.
/// The rules (docs/search.md):
/// - the *key* of a text is its NFKC form in lower case, with every character that is neither a Han
///   character nor `a-z 0-9` turned into a separator, runs of separators into one space, trimmed;
/// - a key splits into *segments*: runs of Han characters, and words of `a-z 0-9`;
/// - a Han segment gives every bigram and every single character; a word gives its prefixes of the
///   lengths in `prefixLengths` (a 统一社会信用代码 is one 18-character word: prefixes and the exact code).
public enum SearchTokenizer {
    /// Lengths of the word prefixes that are indexed; a query word uses the longest one it reaches.
    public static let prefixLengths = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12, 14, 18]
    /// Names longer than this (in characters) are indexed and verified by their first characters only.
    public static let maxNameLength = 256

    /// Han characters: CJK unified ideographs (with extensions), compatibility ideographs and 〇.
    @inline(__always)
    public static func isHan(_ v: UInt32) -> Bool {
        v == 0x3007 || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x4E00 && v <= 0x9FFF)
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF)
    }

    /// The characters of Latin words and numbers, after lower-casing.
    @inline(__always)
    public static func isWord(_ v: UInt32) -> Bool { (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) }

    /// NFKC, then lower case (全角 ＡＢＣ１２３ → abc123). Text of ASCII and common Han characters only is
    /// already NFKC, so it skips Foundation's normaliser: most names of a big site.
    public static func normalise(_ text: String) -> String {
        if text.unicodeScalars.allSatisfy({ $0.value < 0x80 || ($0.value >= 0x4E00 && $0.value <= 0x9FFF) }) {
            return text.lowercased()
        }
        return text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    /// The key of `text`: what is indexed and what a query must contain, as scalar values.
    public static func key(_ text: String) -> [UInt32] {
        var out: [UInt32] = []
        var pendingSpace = false
        for scalar in normalise(text).unicodeScalars {
            let v = scalar.value
            if isHan(v) || isWord(v) {
                if pendingSpace, !out.isEmpty { out.append(0x20) }
                pendingSpace = false
                out.append(v)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    /// A run of Han characters or a word, from a key.
    public struct Segment: Equatable, Sendable {
        public var isHan: Bool
        public var scalars: ArraySlice<UInt32>
    }

    /// Splits a key into Han runs and words; spaces only separate.
    public static func segments(_ key: [UInt32]) -> [Segment] {
        var out: [Segment] = []
        var start = 0
        var i = 0
        while i <= key.count {
            let boundary = i == key.count || key[i] == 0x20 || (i > start && isHan(key[i]) != isHan(key[start]))
            if boundary {
                if i > start { out.append(Segment(isHan: isHan(key[start]), scalars: key[start..<i])) }
                start = i == key.count || key[i] != 0x20 ? i : i + 1
            }
            i += 1
        }
        return out
    }

    static func string(_ scalars: some Collection<UInt32>) -> String {
        var s = String.UnicodeScalarView()
        for v in scalars { if let u = Unicode.Scalar(v) { s.append(u) } }
        return String(s)
    }

    /// The terms a name (and its credit code) is indexed under, each once, in order of appearance.
    /// Single Han characters are `unigrams`: their posting lists are cut short (one-character queries).
    public static func indexTerms(name: String, code: String?) -> (terms: [String], unigrams: [String]) {
        var terms: [String] = []
        var unigrams: [String] = []
        var seen = Set<String>()
        func add(_ t: String, unigram: Bool) {
            guard seen.insert(t).inserted else { return }
            if unigram { unigrams.append(t) } else { terms.append(t) }
        }
        var keys = [Array(key(name).prefix(maxNameLength))]
        if let code { keys.append(key(code)) }
        for k in keys {
            for segment in segments(k) {
                let s = Array(segment.scalars)
                if segment.isHan {
                    for i in s.indices {
                        add(string(s[i...i]), unigram: true)
                        if i + 1 < s.count { add(string(s[i...(i + 1)]), unigram: false) }
                    }
                } else {
                    for n in prefixLengths where n <= s.count { add(string(s.prefix(n)), unigram: false) }
                }
            }
        }
        return (terms, unigrams)
    }

    /// What a query looks up.
    public struct Query: Equatable, Sendable {
        /// The query's key, which a result's name key must contain (or its code start with).
        public var key: String
        /// Bigrams and word prefixes, in query order: every name containing the key has them all.
        public var terms: [String]
        /// Single Han characters standing alone; looked up only when `terms` is empty.
        public var unigrams: [String]
    }

    /// The terms of a query: bigrams of its Han runs, a Han character standing alone, and for each word
    /// its longest indexed prefix.
    public static func query(_ text: String) -> Query {
        let k = Array(key(text).prefix(maxNameLength))
        var terms: [String] = []
        var unigrams: [String] = []
        for segment in segments(k) {
            let s = Array(segment.scalars)
            if segment.isHan {
                if s.count == 1 {
                    let t = string(s)
                    if !unigrams.contains(t) { unigrams.append(t) }
                }
                for i in s.indices.dropLast() {
                    let t = string(s[i...(i + 1)])
                    if !terms.contains(t) { terms.append(t) }
                }
            } else {
                let n = prefixLengths.last { $0 <= s.count } ?? s.count
                let t = string(s.prefix(n))
                if !terms.contains(t) { terms.append(t) }
            }
        }
        return Query(key: string(k), terms: terms, unigrams: unigrams)
    }

    /// FNV-1a (32 bits) of the term's UTF-8: which term shard holds it (`hash % termShards`).
    public static func hash(_ term: String) -> UInt32 {
        var h: UInt32 = 0x811C_9DC5
        for byte in term.utf8 {
            h ^= UInt32(byte)
            h = h &* 0x0100_0193
        }
        return h
    }
}
