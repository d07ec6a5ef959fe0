import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The shard manifests and the checks assemble makes before it joins anything (`ShardManifest`,
/// `ShardSet`): the manifest reads back as written, and every refusal names the shard to run again.
@Suite("Shard manifests and sets")
struct ShardSetTests {
    typealias T = TestSupport

    static func manifest(_ k: Int, of n: Int, asOf: String = "2026-11-22", fingerprint: String = "ab12") -> ShardManifest {
        ShardManifest(header: .init(shard: k, of: n, asOf: asOf, fingerprint: fingerprint),
                      files: [.init(path: "penalties/cf-\(k)/index.html", size: 10 + k, sha256: ContentHash(of: Array("page \(k)".utf8))),
                              .init(path: "a \(k).html", size: 3, sha256: ContentHash(of: [1, 2, 3]))])
    }

    static func write(_ m: ShardManifest, in dir: String) throws {
        try FileTreeWriter.replaceFile(at: dir + "/shard-\(m.header.shard)-of-\(m.header.of).manifest", with: m.encoded())
    }

    @Test func manifestReadsBackAsWritten() async throws {
        try await T.withTemporaryFolder { dir in
            let m = Self.manifest(1, of: 3)
            try Self.write(m, in: dir.path)
            let read = try ShardManifest.read(dir.path + "/shard-1-of-3.manifest")
            #expect(read == m)
            #expect(read.files.map(\.path) == ["a 1.html", "penalties/cf-1/index.html"], "sorted by path")
            // A broken line is named by file and line.
            try Data("{\"asOf\":\"2026-11-22\",\"fingerprint\":\"x\",\"of\":3,\"schema\":\"creditcity.shard/1\",\"shard\":1}\nnot a line\n".utf8)
                .write(to: dir.appendingPathComponent("broken.manifest"))
            #expect(throws: BuildError.self) { try ShardManifest.read(dir.path + "/broken.manifest") }
            do { _ = try ShardManifest.read(dir.path + "/broken.manifest") } catch let e as BuildError { #expect(e.line == 2) }
        }
    }

    @Test func refusesAMissingShardNamingIt() async throws {
        try await T.withTemporaryFolder { dir in
            for k in [0, 2] { try Self.write(Self.manifest(k, of: 3), in: dir.path) }
            let set = ShardSet(shardsDir: dir.path, count: nil)
            #expect(try set.shardCount() == 3)
            do {
                _ = try set.manifests(3)
                Issue.record("a missing shard was not refused")
            } catch let e as BuildError {
                #expect(e.reason.contains("shard 1 of 3 is missing") && e.reason.contains("creditcity build --shard 1/3"), "\(e)")
            }
        }
    }

    @Test func refusesShardsOfAnotherBuildNamingThem() async throws {
        try await T.withTemporaryFolder { dir in
            for k in 0..<4 { try Self.write(Self.manifest(k, of: 4, asOf: k == 2 ? "2026-11-21" : "2026-11-22"), in: dir.path) }
            do {
                _ = try ShardSet(shardsDir: dir.path, count: 4).manifests(4)
                Issue.record("a shard of another day was not refused")
            } catch let e as BuildError {
                #expect(e.reason.hasPrefix("shard 2 of 4 was built from other content") && e.reason.contains("than shard 0, 1, 3"), "\(e)")
                #expect(e.reason.contains("creditcity build --shard 2/4"))
            }
            // Leftovers of a build in another N: the count must be said, and then only that N counts.
            try Self.write(Self.manifest(0, of: 2), in: dir.path)
            #expect(throws: BuildError.self) { try ShardSet(shardsDir: dir.path, count: nil).shardCount() }
            #expect(try ShardSet(shardsDir: dir.path, count: 2).shardCount() == 2)
        }
    }
}
