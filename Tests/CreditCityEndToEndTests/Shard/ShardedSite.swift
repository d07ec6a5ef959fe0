import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// A site folder laid out as the cluster's shared volume (docs/cluster/volume.yaml): Content/ from
/// `creditcity sample`, Templates/ (the repository's), Shards/, and Output/ with its state; beside it a
/// one-machine build of the same content and day to compare with. Every step runs the real executable.
struct ShardedSite {
    typealias T = TestSupport
    static let asOf = "2026-11-22"
    /// Smaller than the 20,000 records, which made this suite take 7 to 12 minutes on the shared
    /// 2-core machine (it passes at 20,000 too): every shard loads and plans the whole site, so the first
    /// test alone runs 17 builds. scripts/cluster-bench.sh checks the same identity at 100,000 records;
    /// `CREDITCITY_SHARD_RECORDS=20000 swift test --filter Sharded` runs the suite at the size.
    static let records = Int(ProcessInfo.processInfo.environment["CREDITCITY_SHARD_RECORDS"] ?? "") ?? 8_000

    let site: String
    let reference: String
    var content: String { site + "/Content" }
    var shards: String { site + "/Shards" }
    var output: String { site + "/Output" }

    /// Makes the folders and the sample content (`creditcity sample`).
    static func make(in dir: URL) async throws -> ShardedSite {
        let s = ShardedSite(site: dir.appendingPathComponent("site").path, reference: dir.appendingPathComponent("one").path)
        try FileManager.default.createDirectory(atPath: s.site, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: T.templatesDir, toPath: s.site + "/Templates")
        let sample = try await CreditCityProcess.run(["sample", s.content, "--records", String(records), "--seed", "3", "--as-of", asOf])
        try #require(sample.status == 0, "\(sample.stderr)")
        return s
    }

    /// `creditcity build` of the same content on one machine, into `reference`/Output.
    func buildOnOneMachine(asOf: String = asOf) async throws -> BuildReportFiles {
        let run = try await CreditCityProcess.run(["build", "--content", content, "--templates", site + "/Templates",
                                                   "--output", reference + "/Output", "--state", reference + "/state", "--as-of", asOf, "--quiet"])
        try #require(run.status == 0, "\(run.stderr)")
        return try BuildReportFiles(reference + "/state")
    }

    /// Starts shard `k` of `n` with the build Job's arguments.
    func startShard(_ k: Int, of n: Int, asOf: String = asOf) throws -> CreditCityProcess {
        try CreditCityProcess(ClusterJobs.build(shard: k, of: n, site: site, asOf: asOf))
    }

    /// Runs shards `indices` of `n` at once, as the Job's pods or `xargs -P` run them, and waits for all.
    func runShards(_ indices: [Int], of n: Int, asOf: String = asOf) async throws {
        let started = try indices.map { try startShard($0, of: n, asOf: asOf) }
        for (k, p) in zip(indices, started) {
            let end = await p.finish()
            try #require(end.status == 0, "shard \(k)/\(n): \(end.stderr)")
        }
    }

    /// Runs the N shards as docs/cluster.md does on one machine: `seq 0 N-1 | xargs -P N -I {} creditcity …`.
    func runShardsWithXargs(of n: Int) async throws {
        let args = try ClusterJobs.build(shard: "{}", of: n, site: site, asOf: Self.asOf)
        let quoted = ([TestSupport.creditcity] + args).map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let line = "seq 0 \(n - 1) | xargs -P \(n) -I {} " + quoted.joined(separator: " ")
        let run = try await CreditCityProcess(["-c", line], executable: "/bin/sh").finish()
        try #require(run.status == 0, "\(line): \(run.stderr)")
    }

    /// Runs the assemble Job's arguments.
    func assemble(of n: Int) async throws -> (status: Int32, stderr: String) {
        try await CreditCityProcess.run(ClusterJobs.assemble(of: n, site: site))
    }

    /// What `last-build.json` of shard `k` of `n` says it wrote.
    func shardReport(_ k: Int, of n: Int) throws -> BuildReportFiles {
        try BuildReportFiles(shards + "/shard-\(k)-of-\(n).state")
    }

    /// Paths that differ between Output/ and the one-machine build: in one tree only, or other bytes.
    func differences() throws -> [String] {
        try Self.differences(output, reference + "/Output")
    }

    static func differences(_ a: String, _ b: String) throws -> [String] {
        let listA = try T.findListing(a), listB = try T.findListing(b)
        var differing = Set(listA).symmetricDifference(listB).map { String($0.prefix { $0 != "\t" }) }
        // Same names and sizes: now every byte, one file at a time.
        for path in FileTree.regularFiles(under: a) where FileManager.default.contents(atPath: a + "/" + path) != FileManager.default.contents(atPath: b + "/" + path) {
            differing.append(path)
        }
        return Array(Set(differing)).sorted()
    }
}

/// The files counts of a `<state>/last-build.json`.
struct BuildReportFiles: Equatable {
    var written: Int
    var kept: Int
    var removed: Int

    init(_ stateDir: String) throws {
        let data = try #require(FileManager.default.contents(atPath: stateDir + "/last-build.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try #require(root["files"] as? [String: Int])
        written = files["written"] ?? -1
        kept = files["kept"] ?? -1
        removed = files["removed"] ?? -1
    }
}
