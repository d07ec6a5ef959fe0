import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Output/ under failure: killed builds, a full disk, and a one-record change that must rewrite only
/// the files showing that record. These run the real `creditcity` executable as a separate process.
@Suite("Publishing safety", .serialized)
struct PublishSafetyTests {
    struct Run {
        var status: Int32
        var stderr: String
    }

    /// Runs creditcity with `arguments`; `shellPrefix` (e.g. `ulimit -f 4;`) runs it under bash; `killAfter`
    /// kills it that many seconds after it started.
    @discardableResult
    static func run(_ arguments: [String], shellPrefix: String? = nil, killAfter: Double? = nil) throws -> Run {
        let r: TestProcess.Outcome
        if let shellPrefix {
            let quoted = ([TestSupport.creditcity] + arguments).map { "'\($0)'" }.joined(separator: " ")
            r = try TestProcess.run("/bin/bash", ["-c", "\(shellPrefix) exec \(quoted)"], killAfter: killAfter)
        } else {
            r = try TestProcess.creditcity(arguments, killAfter: killAfter)
        }
        return Run(status: r.status, stderr: r.stderr)
    }

    static func build(_ content: String, _ output: String, _ state: String) -> [String] {
        ["build", "--content", content, "--templates", TestSupport.templatesDir, "--output", output,
         "--state", state, "--as-of", "2026-11-22"]
    }

    /// Every regular file of a tree with its bytes; the change files are left out because they
    /// depend on the build history, not only on the content.
    static func tree(_ root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in FileTree.regularFiles(under: root) where !path.hasPrefix("feeds/changes/") {
            out[path] = FileManager.default.contents(atPath: root + "/" + path)
        }
        return out
    }

    /// A copy of the small fixture with one penalty's 处罚内容 changed.
    static func changedContent(in dir: URL) throws -> String {
        let copy = dir.appendingPathComponent("content-b").path
        try FileManager.default.copyItem(atPath: TestSupport.fixture("small"), toPath: copy)
        let csv = copy + "/penalties/2026.csv"
        let text = try String(contentsOfFile: csv, encoding: .utf8)
        try text.replacingOccurrences(of: "罚款十万元", with: "罚款十万元，已缴纳").write(toFile: csv, atomically: true, encoding: .utf8)
        return copy
    }

    /// SIGKILL at 60 random moments of builds alternating between two content versions: Output/ is
    /// always exactly one complete build, and the next build cleans up what the killed one left.
    @Test func killedBuildsLeaveACompleteSite() throws {
        try TestSupport.withTemporaryFolderSync { dir in
            let a = TestSupport.fixture("small"), b = try Self.changedContent(in: dir)
            let refA = dir.appendingPathComponent("ref-a").path, refB = dir.appendingPathComponent("ref-b").path
            try #require(Self.run(Self.build(a, refA, dir.appendingPathComponent("state-a").path)).status == 0)
            try #require(Self.run(Self.build(b, refB, dir.appendingPathComponent("state-b").path)).status == 0)
            let treeA = Self.tree(refA), treeB = Self.tree(refB)
            try #require(treeA != treeB)

            let output = dir.appendingPathComponent("site/Output").path, state = dir.appendingPathComponent("site/state").path
            try #require(Self.run(Self.build(a, output, state)).status == 0)
            var rng = SeededGenerator(seed: 20261122)
            var killedMidway = 0
            for i in 0..<60 {
                let delay = Double.random(in: 0...0.25, using: &rng)
                let r = try Self.run(Self.build(i.isMultiple(of: 2) ? b : a, output, state), killAfter: delay)
                if r.status != 0 { killedMidway += 1 }
                let now = Self.tree(output)
                #expect(now == treeA || now == treeB, "run \(i), killed after \(delay) s: Output/ is not one complete build")
            }
            #expect(killedMidway > 0, "no build was killed before finishing; the test proved nothing")
            // The next build cleans up the staging folders the killed ones left.
            try #require(Self.run(Self.build(a, output, state)).status == 0)
            let leftovers = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("site").path)
                .filter { $0.contains(".staging-") }
            #expect(leftovers.isEmpty)
            #expect(Self.tree(output) == treeA)
        }
    }

    /// A file-size limit hit mid-build (a full disk, as far as the build can tell) fails the build with
    /// one clear error and leaves Output/ byte-identical. The state database is the first to grow, so the
    /// error is usually its (SQLite says "disk I/O error"); an Output/ file says "File too large".
    @Test func fullDiskLeavesOutputUnchanged() throws {
        try TestSupport.withTemporaryFolderSync { dir in
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            try #require(Self.run(Self.build(TestSupport.fixture("small"), output, state)).status == 0)
            let before = Self.tree(output)
            let b = try Self.changedContent(in: dir)
            let r = try Self.run(Self.build(b, output, state), shellPrefix: "ulimit -f 1;")
            #expect(r.status == 1)
            #expect(r.stderr.contains("File too large") || r.stderr.contains("disk I/O error"), "stderr: \(r.stderr)")
            #expect(r.stderr.components(separatedBy: "error: ").count == 2, "one error line expected: \(r.stderr)")
            #expect(Self.tree(output) == before)
        }
    }

    /// After one penalty changes, only the files that show it get new bytes (its page and the feed files);
    /// every other file keeps its inode, and the report counts exactly those written.
    @Test func oneRecordChangeRewritesOnlyItsFiles() throws {
        try TestSupport.withTemporaryFolderSync { dir in
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            try #require(Self.run(Self.build(TestSupport.fixture("small"), output, state)).status == 0)
            let inodes = TestSupport.inodes(under: output)
            let b = try Self.changedContent(in: dir)
            let r = try Self.run(Self.build(b, output, state))
            try #require(r.status == 0)
            let after = TestSupport.inodes(under: output)
            let rewritten = after.filter { inodes[$0.key] != $0.value }.map(\.key).filter { !$0.hasPrefix("feeds/changes/") }.sorted()
            #expect(rewritten.count == 3, "rewritten: \(rewritten)")
            #expect(rewritten.contains("feeds/manifest.json"))
            #expect(rewritten.contains("feeds/penalties/0001.json"))
            #expect(rewritten.contains { $0.hasPrefix("penalties/cf-") && $0.hasSuffix("/index.html") })
            let changes = after.keys.filter { $0.hasPrefix("feeds/changes/") && inodes[$0] != after[$0] }.count
            #expect(r.stderr.contains("\(rewritten.count + changes) files written"), "stderr: \(r.stderr)")
            #expect(r.stderr.contains(" 0 removed"))
        }
    }

    /// While a build holds the site's lock, a second one with --no-wait refuses with a clear message and
    /// leaves Output/ alone; once the lock is free it builds.
    @Test func secondBuildRefusesWithNoWait() throws {
        try TestSupport.withTemporaryFolderSync { dir in
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            do {
                let held = try BuildLock(output: OutputLocation(output: output, state: state), wait: false)
                let r = try Self.run(Self.build(TestSupport.fixture("small"), output, state) + ["--no-wait"])
                #expect(r.status == 1)
                #expect(r.stderr.contains("another build of \(output) is running (pid \(getpid()))"), "stderr: \(r.stderr)")
                #expect(!FileManager.default.fileExists(atPath: output))
                withExtendedLifetime(held) {}
            }
            #expect(try Self.run(Self.build(TestSupport.fixture("small"), output, state) + ["--no-wait"]).status == 0)
        }
    }
}
