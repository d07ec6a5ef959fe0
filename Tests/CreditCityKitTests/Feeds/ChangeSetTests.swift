import Testing
@testable import CreditCityKit

/// Change computation on snapshots alone, with no files and no schemas.
@Suite("ChangeSet")
struct ChangeSetTests {
    static func hash(_ text: String) -> ContentHash { ContentHash(of: text.utf8) }

    static func snapshot(_ entries: [(FeedDataset, String, String)]) -> FeedSnapshot {
        var s = FeedSnapshot()
        for (d, id, body) in entries { s.insert(d, id, hash(body)) }
        return s
    }

    /// With no earlier build every record is added, in dataset order and then id order.
    @Test("first build: everything added")
    func firstBuild() {
        let current = Self.snapshot([(.penalties, "cf-b", "1"), (.licensing, "xk-a", "1"), (.penalties, "cf-a", "1"), (.notices, "n", "1")])
        let set = ChangeSet.between(base: nil, current: current)
        #expect(set == ChangeSet(added: [.init(.licensing, "xk-a"), .init(.penalties, "cf-a"), .init(.penalties, "cf-b"), .init(.notices, "n")]))
    }

    /// Same id and hash: no entry; new hash: updated; new id: added; gone id: withdrawn with the noted reason, else removed.
    @Test("added, updated, withdrawn with reasons")
    func diff() {
        let base = Self.snapshot([(.penalties, "cf-same", "1"), (.penalties, "cf-edit", "1"), (.penalties, "cf-revoked", "1"),
                                  (.redlist, "hong-gone", "1"), (.notices, "old", "1")])
        let current = Self.snapshot([(.penalties, "cf-same", "1"), (.penalties, "cf-edit", "2"), (.penalties, "cf-new", "1")])
        let set = ChangeSet.between(base: base, current: current,
                                    reasons: [.penalties: ["cf-revoked": .revoked], .notices: ["old": .expired]])
        #expect(set.added == [.init(.penalties, "cf-new")])
        #expect(set.updated == [.init(.penalties, "cf-edit")])
        #expect(set.withdrawn == [.init(.penalties, "cf-revoked", .revoked), .init(.redlist, "hong-gone", .removed),
                                  .init(.notices, "old", .expired)])
    }

    /// An unchanged site gives an empty change set.
    @Test("nothing changed")
    func unchanged() {
        let s = Self.snapshot([(.blacklist, "hei-a", "x")])
        #expect(ChangeSet.between(base: s, current: s).isEmpty)
    }

    /// The hidden reasons of the rules map to the six reasons portals are told; 当前状态 tells revoked and disputed records apart.
    @Test("withdrawal reasons", arguments: [
        (Decision.HiddenReason.expired, nil as RecordStatus?, WithdrawalReason.expired),
        (.repaired, nil, .repaired), (.objection, nil, .objection), (.revoked, nil, .revoked), (.unapproved, nil, .unapproved),
        (.notYet, nil, .removed), (.minorSeverity, nil, .removed), (.internalUse, nil, .removed), (.minorPerson, nil, .removed),
        (.status, .revoked, .revoked), (.status, .objection, .objection), (.status, .invalid, .removed), (.status, nil, .removed),
    ])
    func reasons(hidden: Decision.HiddenReason, status: RecordStatus?, expected: WithdrawalReason) {
        #expect(WithdrawalReason(hidden, status: status) == expected)
    }

    /// The state-folder form reads back to the same snapshot, the older text form is still read, and
    /// damage is refused.
    @Test("snapshot state-folder forms")
    func stateForms() throws {
        let s = Self.snapshot([(.licensing, "xk-a", "1"), (.notices, "guide", "2"), (.blacklist, "hei-b", "3")])
        #expect(try FeedSnapshot(contentsOf: s.encoded(), path: "s.bin") == s)
        let tsv = "# creditcity.snapshot/1 2026-11-22\nlicensing\txk-a\t\(Self.hash("1").hex)\nblacklist\thei-b\t\(Self.hash("3").hex)\n"
            + "notices\tguide\t\(Self.hash("2").hex)\n"
        #expect(try FeedSnapshot(contentsOf: Array(tsv.utf8), path: "s.tsv") == s)
        #expect(throws: BuildError.damagedState("s.tsv", "snapshot line 1 is not 'dataset<TAB>id<TAB>sha256'")) {
            try FeedSnapshot(tsv: "licensing\txk-a\tnot-a-hash\n", path: "s.tsv")
        }
        #expect(throws: BuildError.self) { try FeedSnapshot(contentsOf: Array(s.encoded().dropLast(5)), path: "s.bin") }
        #expect(Self.hash("abc").hex == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }
}
