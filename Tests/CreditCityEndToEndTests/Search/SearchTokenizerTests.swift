import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The search tokenizer (docs/search.md), and the same vectors through Templates/assets/search.js in node.
@Suite("Search tokenizer")
struct SearchTokenizerTests {
    typealias S = SearchTokenizer

    /// Keys are NFKC and lower case; anything but Han characters and a-z 0-9 separates, once.
    @Test("keys", arguments: [
        ("测试市恒通建材有限公司", "测试市恒通建材有限公司"),
        ("ＡＢＣ（示例）科技有限公司", "abc 示例 科技有限公司"),
        ("  示例市第３建筑公司  ", "示例市第3建筑公司"),
        ("KTV-City 4S店", "ktv city 4s店"),
        ("<script>alert(1)</script>公司", "script alert 1 script 公司"),
        ("Ⅲ号①", "iii号1"),
        ("…—·", ""),
    ])
    func keys(_ input: String, _ key: String) {
        #expect(S.string(S.key(input)) == key)
    }

    /// A name is indexed under every bigram and single character of its Han runs, the prefixes of its
    /// words, and the prefixes of its credit code up to the whole code.
    @Test("index terms of a name and code")
    func indexTerms() {
        let (terms, unigrams) = S.indexTerms(name: "恒通ABC建材", code: "91420500MA4K00001G")
        #expect(terms == ["恒通", "a", "ab", "abc", "建材",
                          "9", "91", "914", "9142", "91420", "914205", "91420500", "91420500m", "91420500ma", "91420500ma4",
                          "91420500ma4k", "91420500ma4k00", "91420500ma4k00001g"])
        #expect(unigrams == ["恒", "通", "建", "材"])
    }

    /// A query looks up bigrams and the longest indexed prefix of each word; a lone Han character is a unigram.
    @Test("query terms", arguments: [
        ("恒通建材", "恒通建材", ["恒通", "通建", "建材"], [String]()),
        ("通建", "通建", ["通建"], []),
        ("恒", "恒", [], ["恒"]),
        ("91420500MA4K", "91420500ma4k", ["91420500ma4k"], []),
        ("91420500MA4K0", "91420500ma4k0", ["91420500ma4k"], []),
        ("９１４２０５００ＭＡ４Ｋ００００１Ｇ", "91420500ma4k00001g", ["91420500ma4k00001g"], []),
        ("恒 a", "恒 a", ["a"], ["恒"]),
        ("有限公司有限", "有限公司有限", ["有限", "限公", "公司", "司有"], []),
    ])
    func queryTerms(_ input: String, _ key: String, _ terms: [String], _ unigrams: [String]) {
        #expect(S.query(input) == .init(key: key, terms: terms, unigrams: unigrams))
    }

    static let names = ["测试市恒通建材有限公司", "示例市ABC科技有限公司（分公司）", "示例市第3建筑工程有限公司",
                        "KTV娱乐城", "张记面馆", "信用示例市4S汽车销售服务有限公司", "湖北恒通（示例）建材有限公司"]

    /// Every query cut from a name, starting at a character that starts a segment or inside a Han run,
    /// looks up only terms the name is indexed under: a name that contains the query is always found.
    @Test("queries cut from a name find it")
    func queriesFindTheirName() {
        for name in Self.names {
            let key = S.key(name)
            let (terms, unigrams) = S.indexTerms(name: name, code: nil)
            for start in key.indices where key[start] != 0x20 {
                // A word is found from its start only (prefix terms).
                if S.isWord(key[start]), start > 0, S.isWord(key[start - 1]) { continue }
                for end in (start + 1)...key.count where key[end - 1] != 0x20 {
                    let q = S.query(S.string(key[start..<end]))
                    #expect(Set(q.terms).isSubset(of: Set(terms)), "\(name): \(q.key)")
                    if q.terms.isEmpty { #expect(Set(q.unigrams).isSubset(of: Set(unigrams)), "\(name): \(q.key)") }
                }
            }
        }
    }

    /// FNV-1a of known strings (the reference values of the algorithm).
    @Test("hash")
    func hash() {
        #expect(S.hash("") == 0x811C_9DC5)
        #expect(S.hash("a") == 0xE40C_292C)
        #expect(S.hash("foobar") == 0xBF9C_F968)
    }

    /// Inputs that stress normalisation and segmentation: full-width forms, compatibility characters,
    /// mixed scripts, punctuation, astral Han characters, long codes and words.
    static let vectorInputs: [String] = names + [
        "", " ", "恒", "恒通", "通建", "９１４２０５００ＭＡ４Ｋ", "91420500MA4K00001G", "91420500ma4k00001g0000",
        "ＡＢＣ（示例）科技", "Ⅷ", "①②", "㈱示例", "㍿", "ﾃｽﾄ", "Straße", "İstanbul", "ǅ", "ΣΑΣ", "A&B有限公司",
        "<script>alert(1)</script>", "𠀋𠀌有限公司", "〇一二", "豈更車", "a1b2c3d4e5f6g7h8i9", "中国（湖北）自由贸易试验区",
        "x\ty\nz", "\u{3000}示例\u{3000}", "e\u{301}cole", "一 二 三", "12345678901234567890123",
    ]

    /// The build's tokenizer and search.js agree on every vector (node runs scripts/search-tokenizer-check.mjs).
    @Test("search.js tokenizes like the build")
    func javascriptAgrees() async throws {
        let node = try #require(TestProcess.find("node"), "node is needed for this test (make deps installs nodejs)")
        try await TestSupport.withTemporaryFolder { dir in
            var hashes: [String: JSONValue] = [:]
            var queries: [JSONValue] = []
            for input in Self.vectorInputs {
                let q = S.query(input)
                queries.append(.object(["input": .string(input), "key": .string(q.key),
                                        "terms": .array(q.terms.map { .string($0) }), "unigrams": .array(q.unigrams.map { .string($0) })]))
                for t in q.terms + q.unigrams + S.indexTerms(name: input, code: nil).terms + [input] { hashes[t] = .int(Int(S.hash(t))) }
            }
            let decode: [JSONValue] = [[0], [5, 6, 7, 100], [35, 36, 1_000_000]].map { ids in
                .object(["text": .string(String(decoding: SearchIndexWriter.encode(ids.map(UInt32.init)[...]), as: UTF8.self)),
                         "ids": .array(ids.map { .int($0) })])
            }
            let vectors = JSONValue.object(["queries": .array(queries), "hashes": .object(hashes), "decode": .array(decode),
                                            "prefixLengths": .array(S.prefixLengths.map { .int($0) })])
            let file = dir.appendingPathComponent("vectors.json")
            try Data(vectors.serialized().utf8).write(to: file)
            let script = TestSupport.repoRoot.appendingPathComponent("scripts/search-tokenizer-check.mjs").path
            let run = try TestProcess.run(node, [script, file.path], timeout: 60)
            #expect(run.status == 0, "search.js and the build differ:\n\(run.stderr)")
        }
    }
}
