import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// SPEC section 9 with the real executable and the Kubernetes Jobs' own command lines (docs/cluster/):
/// N shards run as local processes, then assemble; the result must be byte for byte the one-machine
/// build of the same content and day: every file, every byte, the same list of files.
@Suite("Sharded builds", .serialized)
struct ShardedBuildTests {
    typealias T = TestSupport

    @Test("1, 3, 4 (xargs -P 4) and 8 shards assembled equal one machine's build")
    func assembledEqualsOneMachine() async throws {
        try await T.withTemporaryFolder { dir in
            let site = try await ShardedSite.make(in: dir)
            let one = try await site.buildOnOneMachine()
            for n in [1, 3, 4, 8] {
                // A fresh Output/ each time: the assembly itself, not one kept from the last N.
                for old in [site.output, site.site + "/state", site.site + "/.Output.previous"] { try? FileManager.default.removeItem(atPath: old) }
                // 4 as the acceptance runs it, through xargs -P 4; the others as the Job's pods.
                if n == 4 { try await site.runShardsWithXargs(of: n) } else { try await site.runShards(Array(0..<n), of: n) }
                let assembled = try await site.assemble(of: n)
                try #require(assembled.status == 0, "\(n) shards: \(assembled.stderr)")
                let differing = try site.differences()
                #expect(differing.isEmpty, "\(n) shards: files differ from one machine's: \(differing.prefix(10))")

                // Every file is made by exactly one shard, the one its path's hash names.
                var made = 0
                for k in 0..<n {
                    let manifest = try ShardManifest.read(site.shards + "/shard-\(k)-of-\(n).manifest")
                    #expect(manifest.header.shard == k && manifest.header.of == n && manifest.header.asOf == ShardedSite.asOf)
                    let strays = manifest.files.filter { ShardOwnership.owner(of: $0.path, count: n) != k }
                    #expect(strays.isEmpty, "shard \(k)/\(n) made files of other shards: \(strays.prefix(3).map(\.path))")
                    #expect(try site.shardReport(k, of: n).written == manifest.files.count + 1, "shard \(k)/\(n): its files and the mark")
                    made += manifest.files.count
                }
                #expect(made + 1 == one.written, "\(n) shards made \(made) files and the mark; one machine wrote \(one.written)")
                #expect(assembled.stderr.isEmpty, "the Job's assemble is --quiet: \(assembled.stderr)")
            }
        }
    }

    @Test("a shard killed mid-run is named by assemble, and rerun alone completes the same site")
    func killedShardRerunAlone() async throws {
        try await T.withTemporaryFolder { dir in
            let site = try await ShardedSite.make(in: dir)
            _ = try await site.buildOnOneMachine()
            try await site.runShards([0, 2], of: 3)
            // Killed once it is rendering: the Job's --verbose prints a stage's line when the next begins.
            let shard = try site.startShard(1, of: 3)
            #expect(await shard.waitForStderr(containing: "applying the publication rules"))
            kill(shard.process.processIdentifier, SIGKILL)
            #expect(await shard.finish().status == -SIGKILL)

            let refused = try await site.assemble(of: 3)
            #expect(refused.status == 1)
            #expect(refused.stderr.contains("shard 1 of 3 is missing") && refused.stderr.contains("creditcity build --shard 1/3"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: site.output), "a refused assembly writes no Output/")

            try await site.runShards([1], of: 3)
            let assembled = try await site.assemble(of: 3)
            try #require(assembled.status == 0, "\(assembled.stderr)")
            let differing = try site.differences()
            #expect(differing.isEmpty, "files differ from one machine's: \(differing.prefix(10))")

            // Killed again in a rebuild, while it brings its tree beside the published one up to date: the
            // shard owning feeds/, which has the most to do after deciding. Its published tree and
            // manifest stay the last build's; the rerun repairs and finishes.
            try ChangedRecord.edit(content: site.content, shownIn: site.output)
            _ = try await site.buildOnOneMachine()
            let feeds = ShardOwnership.owner(of: "feeds/", count: 3)
            try await site.runShards((0..<3).filter { $0 != feeds }, of: 3)
            let rebuilding = try site.startShard(feeds, of: 3)
            #expect(await rebuilding.waitForStderr(containing: "applying the publication rules"))
            kill(rebuilding.process.processIdentifier, SIGKILL)
            _ = await rebuilding.finish()
            #expect(try await site.assemble(of: 3).status == 1, "the feeds shard's manifest is of the old content")
            try await site.runShards([feeds], of: 3)
            try #require(try await site.assemble(of: 3).status == 0)
            let rebuilt = try site.differences()
            #expect(rebuilt.isEmpty, "after the change, files differ from one machine's: \(rebuilt.prefix(10))")
        }
    }

    @Test("a changed record is rebuilt only by the shards owning its files; the next day still equals one machine")
    func changedRecordRebuiltByItsShards() async throws {
        try await T.withTemporaryFolder { dir in
            let site = try await ShardedSite.make(in: dir)
            let n = 8
            _ = try await site.buildOnOneMachine()
            try await site.runShards(Array(0..<n), of: n)
            try #require(try await site.assemble(of: n).status == 0)
            let before = try (0..<n).map { try ShardManifest.read(site.shards + "/shard-\($0)-of-\(n).manifest") }

            try ChangedRecord.edit(content: site.content, shownIn: site.output)
            let one = try await site.buildOnOneMachine()
            #expect(one.written > 0 && one.written < 20, "one machine rewrote \(one.written) files")

            // All shards but the last: the last one's manifest is of the old content, and assemble says so.
            try await site.runShards(Array(0..<(n - 1)), of: n)
            let stale = try await site.assemble(of: n)
            #expect(stale.status == 1)
            #expect(stale.stderr.contains("shard \(n - 1) of \(n) was built from other content") && stale.stderr.contains("--shard \(n - 1)/\(n)"), "\(stale.stderr)")
            try await site.runShards([n - 1], of: n)

            var writing: [Int] = []
            var total = 0
            for k in 0..<n {
                let after = try ShardManifest.read(site.shards + "/shard-\(k)-of-\(n).manifest")
                let old = Dictionary(uniqueKeysWithValues: before[k].files.map { ($0.path, $0) })
                let new = Dictionary(uniqueKeysWithValues: after.files.map { ($0.path, $0) })
                let changed = Set(old.keys).union(new.keys).filter { old[$0] != new[$0] }
                let report = try site.shardReport(k, of: n)
                // A shard writes exactly its own changed files, and nothing when none of them changed.
                #expect(report.written + report.removed == changed.count, "shard \(k)/\(n): wrote \(report.written), removed \(report.removed); its manifest changed at \(changed.sorted())")
                if !changed.isEmpty { writing.append(k) }
                total += report.written
            }
            #expect(total == one.written, "the shards wrote \(total) files, one machine \(one.written)")
            #expect(!writing.isEmpty && writing.count < n, "shards writing: \(writing)")

            let assembled = try await CreditCityProcess.run(ClusterJobs.assemble(of: n, site: site.site).filter { $0 != "--quiet" })
            try #require(assembled.status == 0, "\(assembled.stderr)")
            #expect(assembled.stderr.contains("\(one.written) files written"), "\(assembled.stderr)")
            let differing = try site.differences()
            #expect(differing.isEmpty, "files differ from one machine's: \(differing.prefix(10))")

            // The next day: the feeds shard's change file runs from its own history, as one machine's does.
            _ = try await site.buildOnOneMachine(asOf: "2026-11-23")
            try await site.runShards(Array(0..<n), of: n, asOf: "2026-11-23")
            try #require(try await site.assemble(of: n).status == 0)
            let nextDay = try site.differences()
            #expect(nextDay.isEmpty, "the next day, files differ from one machine's: \(nextDay.prefix(10))")
        }
    }
}
