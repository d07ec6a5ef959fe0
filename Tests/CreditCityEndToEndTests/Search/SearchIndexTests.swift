import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The index builder: entries, posting lists, shard layout, file sizes, determinism and privacy.
@Suite("Search index")
struct SearchIndexTests {
    typealias T = TestSupport

    /// `count` synthetic organisations named from a few hundred parts, so bigrams repeat as in a real city.
    static func entries(_ count: Int) -> SearchEntries {
        let places = ["示例市", "测试市", "湖北", "信用县", "东湖区"]
        let cores = ["恒通", "绿源", "华信", "金鼎", "长江", "天成", "宏达", "兴业", "瑞丰", "博远", "安泰", "新星"]
        let trades = ["建材", "环保科技", "物流", "餐饮管理", "建筑工程", "商贸", "食品", "汽车销售服务", "医药", "网络科技"]
        let forms = ["有限公司", "股份有限公司", "有限责任公司", "合作社", "经营部"]
        var list: [SearchEntries.Entry] = []
        for i in 0..<count {
            let name = places[i % 5] + cores[(i / 5) % 12] + trades[(i / 60) % 10] + (i % 7 == 0 ? "ABC" : "") + forms[(i / 600) % 5] + (i >= 3000 ? "第\(i)分店" : "")
            let code = String(format: "91420500MA%08d", i)
            let links = (0..<(1 + i % 3)).map { SearchEntries.Link(dataset: Dataset.allCases[($0 + i) % 4], id: "cf-\(i)x\($0)") }
            list.append(.init(name: name, code: code, links: links, key: SearchTokenizer.key(name)))
        }
        return SearchEntries(entries: list, recordCount: list.reduce(0) { $0 + $1.links.count })
    }

    /// Posting lists are ascending, hold exactly the entries whose terms include the term, and lists of
    /// single characters keep only their first `unigramLimit` ids.
    @Test("posting lists")
    func postings() {
        let entries = Self.entries(2000).entries
        let p = SearchPostings(entries: entries)
        for (t, term) in p.terms.enumerated() {
            let ids = Array(p.postings(t))
            #expect(ids == ids.sorted() && Set(ids).count == ids.count, "\(term)")
            let isUnigram = term.unicodeScalars.count == 1 && SearchTokenizer.isHan(term.unicodeScalars.first?.value ?? 0)
            #expect(ids.count == (isUnigram ? min(Int(p.documentFrequency[t]), SearchPostings.unigramLimit) : Int(p.documentFrequency[t])))
        }
        let t = p.terms.firstIndex(of: "恒通")
        let expected = entries.indices.filter { entries[$0].name.contains("恒通") }.map(UInt32.init)
        #expect(t.map { Array(p.postings($0)) } == expected)
    }

    /// Ids follow the keys, shortest first, so a long list cut after its first ids keeps the closest names.
    @Test("entries in key order")
    func entryOrder() {
        let e = Self.entries(500).entries
        for (a, b) in zip(e, e.dropFirst()) {
            #expect(a.key.count < b.key.count || (a.key.count == b.key.count && !b.key.lexicographicallyPrecedes(a.key)))
        }
    }

    /// Reads a written index back the way search.js does: every term's ids from its shard (or its long
    /// list's files) equal the builder's; every file stays under the size limit raw and gzip-compressed;
    /// the entry file is small; two writes give the same bytes.
    @Test("written index reads back, within size limits, deterministically")
    func writtenIndex() async throws {
        try await T.withTemporaryFolder { dir in
            let entries = Self.entries(12_000)
            var writer = SearchIndexWriter()
            writer.termShardTarget = 8 * 1024
            writer.inlineLimit = 1024
            let first = FileTreeWriter(root: dir.appendingPathComponent("a").path)
            let summary = try writer.write(entries, writer: first)
            _ = try writer.write(entries, writer: FileTreeWriter(root: dir.appendingPathComponent("b").path))
            let a = T.files(under: first.root), b = T.files(under: dir.appendingPathComponent("b").path)
            #expect(a == b)
            #expect(summary.termShards > 1 && summary.displayShards > 1 && summary.postingFiles > 0)
            #expect(a.count == summary.files)

            let entryData = try #require(a["search/index.json"])
            let index = try #require(try JSONSerialization.jsonObject(with: entryData) as? [String: Any])
            #expect((a["search/index.json"]?.count ?? 0) < 8 * 1024)
            let shards = try #require(index["termShards"] as? Int)
            let block = try #require(index["displayBlock"] as? Int)
            for (path, data) in a {
                #expect(data.count <= writer.maxFileBytes, "\(path)")
                #expect(try Self.gzipSize(data) <= 64 * 1024, "\(path)")
            }

            let postings = SearchPostings(entries: entries.entries)
            var lines: [String: String] = [:]
            for n in 0..<shards {
                let text = String(decoding: try #require(a["search/t/\(n).txt"]), as: UTF8.self)
                for line in text.split(separator: "\n") {
                    let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                    #expect(SearchTokenizer.hash(String(f[0])) % UInt32(shards) == UInt32(n))
                    lines[String(f[0])] = String(line)
                }
            }
            #expect(lines.count == postings.terms.count)
            for (t, term) in postings.terms.enumerated() {
                let f = try #require(lines[term]).split(separator: "\t", omittingEmptySubsequences: false)
                #expect(f[1] == "\(postings.documentFrequency[t])")
                var ids: [UInt32] = []
                if f[2].hasPrefix("@") {
                    let ref = f[2].dropFirst().split(separator: ":")
                    for c in 0..<(Int(ref[1]) ?? 0) {
                        let text = String(decoding: try #require(a["search/p/\(ref[0])-\(c).txt"]), as: UTF8.self)
                        ids += Self.decode(text.trimmingCharacters(in: .newlines))
                    }
                } else {
                    ids = Self.decode(String(f[2]))
                }
                #expect(ids == Array(postings.postings(t)), "\(term)")
            }

            // Display shards: line i of shard n is entry n * block + i.
            for (id, entry) in entries.entries.enumerated() where id % 97 == 0 {
                let text = String(decoding: try #require(a["search/d/\(id / block).txt"]), as: UTF8.self)
                let line = text.split(separator: "\n")[id % block].split(separator: "\t", omittingEmptySubsequences: false)
                #expect(line[0] == entry.name[...] && line[1] == (entry.code ?? "")[...] && line[2] == "\(entry.links.count)"[...])
            }
        }
    }

    static func decode(_ text: String) -> [UInt32] {
        var previous: UInt32 = 0
        return text.split(separator: ",").enumerated().map { i, s in
            let n = UInt32(s, radix: 36) ?? 0
            previous = i == 0 ? n : previous + n
            return previous
        }
    }

    /// Size of `data` through gzip at its default level 6 (python3's gzip module), as a static host sends it.
    static func gzipSize(_ data: Data) throws -> Int {
        try gzipSizes([data]).first ?? 0
    }

    static func gzipSizes(_ files: [Data]) throws -> [Int] {
        guard let python = TestProcess.find("python3") else { throw TestProcess.Failure("python3 is not installed") }
        return try T.withTemporaryFolderSync { dir in
            for (i, d) in files.enumerated() { try d.write(to: dir.appendingPathComponent("\(i)")) }
            let run = try TestProcess.run(python, ["-c", """
                import gzip, sys, os
                d = sys.argv[1]
                print(" ".join(str(len(gzip.compress(open(os.path.join(d, str(i)), "rb").read(), 6))) for i in range(int(sys.argv[2]))))
                """, dir.path, "\(files.count)"], timeout: 60)
            return run.stdout.split(separator: " ").compactMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        }
    }

    /// The fixture site's index: organisations under their codes with their records; the natural person
    /// (李四, a 自然人) appears in no search file, in any form.
    @Test("Fixtures/small: entries and no natural person")
    func fixtureIndex() async throws {
        try await T.withTemporaryFolder { dir in
            let o = TestSupport.buildOptions(content: T.fixture("small"), in: dir)
            _ = try await BuildPipeline(options: o).run()
            let files = T.files(under: o.outputDir).filter { $0.key.hasPrefix("search/") }
            #expect(files["search/index.html"] != nil && files["search/index.json"] != nil)
            let display = String(decoding: try #require(files["search/d/0.txt"]), as: UTF8.self)
            #expect(display.contains("测试市恒通建材有限公司\t91420500MA4K00001G\t3\t"))
            for (path, data) in files {
                let text = String(decoding: data, as: UTF8.self)
                #expect(!text.contains("李"), "\(path)")
            }
            let page = String(decoding: try #require(files["search/index.html"]), as: UTF8.self)
            #expect(page.contains("<script src=\"../assets/search.js\"></script>"))
            #expect(page.contains("href=\"../penalties/index.html\""))
        }
    }
}
