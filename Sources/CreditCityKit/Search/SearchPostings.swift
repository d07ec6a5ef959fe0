/// Every term of the entries with the ascending ids of the entries that have it, in compact form:
/// terms numbered in order of first appearance, postings in one flat `[UInt32]` with offsets (no
/// dictionary of arrays, so a million-record site stays a few hundred megabytes).
public struct SearchPostings: Sendable {
    /// Posting lists of single Han characters keep only their first ids (the shortest names).
    public static let unigramLimit = 200

    public var terms: [String]
    /// How many entries have each term (before a unigram list is cut).
    public var documentFrequency: [UInt32]
    /// `ids[offsets[t]..<offsets[t + 1]]` are the ids of term t, ascending.
    public var offsets: [Int]
    public var ids: [UInt32]

    public init(entries: [SearchEntries.Entry]) {
        var numbers: [String: UInt32] = [:]
        var terms: [String] = []
        var unigram: [Bool] = []
        var entryStart: [Int] = [0]
        var entryTerms: [UInt32] = []
        entryStart.reserveCapacity(entries.count + 1)
        for entry in entries {
            let (specific, single) = SearchTokenizer.indexTerms(name: SearchTokenizer.string(entry.key), code: entry.code)
            for (list, isUnigram) in [(specific, false), (single, true)] {
                for t in list {
                    if let n = numbers[t] {
                        entryTerms.append(n)
                    } else {
                        let n = UInt32(terms.count)
                        numbers[t] = n
                        terms.append(t)
                        unigram.append(isUnigram)
                        entryTerms.append(n)
                    }
                }
            }
            entryStart.append(entryTerms.count)
        }
        numbers = [:]
        var df = [UInt32](repeating: 0, count: terms.count)
        for t in entryTerms { df[Int(t)] += 1 }
        var offsets = [Int](repeating: 0, count: terms.count + 1)
        for t in terms.indices {
            let kept = unigram[t] ? min(Int(df[t]), Self.unigramLimit) : Int(df[t])
            offsets[t + 1] = offsets[t] + kept
        }
        var fill = offsets
        var ids = [UInt32](repeating: 0, count: offsets[terms.count])
        for e in entries.indices {
            for t in entryTerms[entryStart[e]..<entryStart[e + 1]] {
                let t = Int(t)
                if fill[t] < offsets[t + 1] {
                    ids[fill[t]] = UInt32(e)
                    fill[t] += 1
                }
            }
        }
        self.terms = terms
        self.documentFrequency = df
        self.offsets = offsets
        self.ids = ids
    }

    public func postings(_ term: Int) -> ArraySlice<UInt32> { ids[offsets[term]..<offsets[term + 1]] }
}
