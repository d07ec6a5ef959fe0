import Testing
@testable import CreditCityKit

/// Which shard owns a file (`ShardOwnership`): `K/N` read as the cluster gives it, the hash fixed by
/// SHA-256 (the same on every machine), whole folders kept together.
@Suite("Shard ownership")
struct ShardOwnershipTests {
    @Test func readsKOfNCountedFromZero() {
        #expect(ShardOwnership("0/8") == ShardOwnership(index: 0, count: 8))
        #expect(ShardOwnership("7/8")?.name == "shard-7-of-8")
        for bad in ["8/8", "-1/8", "1/0", "1", "1/2/3", "01/8", " 1/8", "a/8", ""] {
            #expect(ShardOwnership(bad) == nil, "\(bad)")
        }
    }

    /// The owner is SHA-256's first 8 bytes mod N: these values are the contract between nodes, so a
    /// change of hash (Swift's seeded Hasher, another digest) shows here.
    @Test func ownerIsStableSHA256OfThePath() {
        // From `printf index.html | sha256sum`: 0eb547304658805a…
        let high: UInt64 = 0x0eb5_4730_4658_805a
        for n in [1, 3, 8, 128, 1_000_003] {
            #expect(ShardOwnership.owner(of: "index.html", count: n) == Int(high % UInt64(n)))
        }
        #expect(Set((0..<2000).map { ShardOwnership.owner(of: "licensing/xk-\($0)/index.html", count: 8) }) == Set(0..<8))
    }

    @Test func feedsAndSearchGoWhole() {
        for n in [3, 8, 128] {
            let feeds = ShardOwnership.owner(of: "feeds/", count: n), search = ShardOwnership.owner(of: "search/", count: n)
            #expect(["feeds/manifest.json", "feeds/penalties/0001.json", "feeds/changes/2026-11-22.json"].allSatisfy {
                ShardOwnership.owner(of: $0, count: n) == feeds
            })
            #expect(ShardOwnership.owner(of: "search/d/28.txt", count: n) == search)
        }
        // The site's mark is in every shard tree: each is published like an Output/.
        #expect((0..<4).allSatisfy { ShardOwnership(index: $0, count: 4)?.owns(".creditcity-site") == true })
    }
}
