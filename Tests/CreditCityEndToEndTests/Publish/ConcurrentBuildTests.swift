import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// One build per Output/, whatever the state folder (issue 11, point 2): builds of one site started
/// from two working folders, each with its own relative state folder and its own spelling of the
/// output's path, take turns; a staging folder is removed only when its build is dead.
@Suite("Concurrent builds", .serialized)
struct ConcurrentBuildTests {
    typealias T = TestSupport

    /// Two working folders: `a/` reaches the site by `../site/Output`, `b/` through a link to the site
    /// folder; each keeps its state in its own `state/`.
    static func prepare(_ dir: URL) throws -> (a: URL, b: URL, output: String) {
        let fm = FileManager.default
        let a = dir.appendingPathComponent("a"), b = dir.appendingPathComponent("b")
        try fm.createDirectory(at: a, withIntermediateDirectories: true)
        try fm.createDirectory(at: b, withIntermediateDirectories: true)
        try fm.createDirectory(at: dir.appendingPathComponent("site"), withIntermediateDirectories: true)
        try fm.createSymbolicLink(atPath: b.appendingPathComponent("site-link").path, withDestinationPath: "../site")
        return (a, b, dir.appendingPathComponent("site/Output").path)
    }

    static func arguments(content: String, output: String) -> [String] {
        ["build", "--content", content, "--templates", TestSupport.templatesDir, "--output", output,
         "--state", "state", "--as-of", "2026-11-22"]
    }

    /// While the output's lock is held, both builds say they wait (the readiness signal); once it is
    /// free they run one after the other. Both succeed, Output/ is one complete build and the tree it
    /// replaced, kept as `.Output.previous`, is the other complete build.
    @Test func twoFoldersTwoStatesTakeTurns() async throws {
        try await T.withTemporaryFolder { dir in
            let contentA = TestSupport.fixture("small"), contentB = try PublishSafetyTests.changedContent(in: dir)
            let refA = dir.appendingPathComponent("ref-a").path, refB = dir.appendingPathComponent("ref-b").path
            try #require(try await CreditCityProcess.run(PublishSafetyTests.build(contentA, refA, dir.appendingPathComponent("ref-state-a").path)).status == 0)
            try #require(try await CreditCityProcess.run(PublishSafetyTests.build(contentB, refB, dir.appendingPathComponent("ref-state-b").path)).status == 0)
            let treeA = PublishSafetyTests.tree(refA), treeB = PublishSafetyTests.tree(refB)
            try #require(treeA != treeB && treeA.count == treeB.count)

            let (a, b, output) = try Self.prepare(dir)
            var held: BuildLock? = try BuildLock(output: OutputLocation(output: output, state: dir.appendingPathComponent("x").path), wait: false)
            let first = try CreditCityProcess(Self.arguments(content: contentA, output: "../site/Output"), in: a)
            let second = try CreditCityProcess(Self.arguments(content: contentB, output: "site-link/Output"), in: b)
            let waiting = "waiting for another build of \(output) to finish (pid \(getpid()))"
            #expect(await first.waitForStderr(containing: waiting), "\(first.stderr)")
            #expect(await second.waitForStderr(containing: waiting), "\(second.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output), "a build wrote while the lock was held")
            withExtendedLifetime(held) {}
            held = nil

            let r1 = await first.finish(), r2 = await second.finish()
            #expect(r1.status == 0, "\(r1.stderr)")
            #expect(r2.status == 0, "\(r2.stderr)")
            let now = PublishSafetyTests.tree(output)
            let previous = PublishSafetyTests.tree(dir.appendingPathComponent("site/.Output.previous").path)
            #expect((now == treeA && previous == treeB) || (now == treeB && previous == treeA),
                    "Output/ has \(now.count) files, .Output.previous \(previous.count); a complete build has \(treeA.count)")
            let names = try FileManager.default.contentsOfDirectory(atPath: dir.appendingPathComponent("site").path).sorted()
            #expect(names == [".Output.lock", ".Output.previous", "Output"])
            // Each kept its state in its own working folder.
            #expect(FileManager.default.fileExists(atPath: a.appendingPathComponent("state/last-build.json").path))
            #expect(FileManager.default.fileExists(atPath: b.appendingPathComponent("state/last-build.json").path))
        }
    }

    /// With --no-wait, a build from another folder with another state folder refuses at once while the
    /// output is locked, names the lock, and leaves Output/ and its folder as they were.
    @Test func noWaitRefusesWhateverTheStateFolder() async throws {
        try await T.withTemporaryFolder { dir in
            let (a, b, output) = try Self.prepare(dir)
            try #require(try await CreditCityProcess.run(Self.arguments(content: TestSupport.fixture("small"), output: "../site/Output"), in: a).status == 0)
            let held = try BuildLock(output: OutputLocation(output: output, state: dir.appendingPathComponent("x").path), wait: false)
            let before = try T.findListing(dir.appendingPathComponent("site").path)
            let r = try await CreditCityProcess.run(Self.arguments(content: TestSupport.fixture("small"), output: "site-link/Output") + ["--no-wait"], in: b)
            withExtendedLifetime(held) {}
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr.contains("another build of \(output) is running (pid \(getpid())); lock \(dir.path)/site/.Output.lock"), "\(r.stderr)")
            #expect(try T.findListing(dir.appendingPathComponent("site").path) == before)
        }
    }

    /// A staging folder named after a live build is left alone; one whose process is gone (here: the
    /// pid of a live process with another start time, as after a pid is reused) is removed.
    @Test func stagingOfALiveBuildIsKept() async throws {
        try await T.withTemporaryFolder { dir in
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            let me = BuildProcess.current
            try #require(me.startToken != 0, "no /proc start time on this system")
            let live = dir.appendingPathComponent(".Output.staging-\(me)")
            let dead = dir.appendingPathComponent(".Output.staging-\(BuildProcess(pid: me.pid, startToken: me.startToken + 1))")
            let other = dir.appendingPathComponent(".Output.staging-notes")
            for folder in [live, dead, other] {
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data("half a site\n".utf8).write(to: folder.appendingPathComponent("index.html"))
            }
            let r = try await CreditCityProcess.run(PublishSafetyTests.build(TestSupport.fixture("small"), output, state))
            #expect(r.status == 0, "\(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: live.appendingPathComponent("index.html").path))
            #expect(FileManager.default.fileExists(atPath: other.appendingPathComponent("index.html").path))
            #expect(!FileManager.default.fileExists(atPath: dead.path))
        }
    }
}
