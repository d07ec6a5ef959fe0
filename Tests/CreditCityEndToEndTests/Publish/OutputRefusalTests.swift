import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// A careless webmaster's `--output` and `--state`, through the real executable: each is refused with
/// exit status 2 and a message saying why, before anything is read or written, and `find` shows every
/// file where it was. The reproductions of issue 11, points 1 and 3.
@Suite("Output refusals")
struct OutputRefusalTests {
    typealias T = TestSupport

    /// One careless command line.
    enum Careless: String, CaseIterable, Sendable {
        case homeFolder, folderInHome, content, parentOfContent, insideContent, templates, root
        case relativeStateUnderAbsoluteOutput, stateThroughLink, stateIsOutput, outputIsAFile, foreignPrevious, otherUsersHome
    }

    /// A site folder (Content/, Templates/) and a home folder with a thesis in it, under `dir`.
    static func prepare(_ dir: URL) throws -> (site: URL, home: URL) {
        let site = dir.appendingPathComponent("site"), home = dir.appendingPathComponent("home")
        try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: T.fixture("small"), toPath: site.appendingPathComponent("Content").path)
        try FileManager.default.copyItem(atPath: T.templatesDir, toPath: site.appendingPathComponent("Templates").path)
        for folder in ["projects", "home/projects"] {
            let url = home.appendingPathComponent(folder)
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            try Data("毕业论文 第三稿\n".utf8).write(to: url.appendingPathComponent("thesis.txt"))
        }
        return (site, home)
    }

    /// The command line of `careless` run in `site`, and what its refusal must say.
    static func commandLine(_ careless: Careless, site: URL, home: URL) throws -> (arguments: [String], expected: String) {
        let fm = FileManager.default
        var content = "Content", output = "Output", state = ".creditcity"
        let expected: String
        switch careless {
        case .homeFolder:
            output = home.path
            expected = "--output: '\(home.path)' is the home folder \(home.path)"
        case .folderInHome:
            output = home.appendingPathComponent("home").path
            expected = "is not empty and is not a site CreditCity built (no .creditcity-site): it holds projects"
        case .content:
            output = "Content"
            expected = "is the --content folder \(site.path)/Content"
        case .parentOfContent:
            output = "."
            expected = "holds the --content folder \(site.path)/Content"
        case .insideContent:
            output = "Content/site"
            expected = "is inside the --content folder \(site.path)/Content"
        case .templates:
            output = "Templates"
            expected = "is the --templates folder \(site.path)/Templates"
        case .root:
            // Content that fails if read at all: the refusal must come first.
            try fm.createDirectory(at: site.appendingPathComponent("Broken"), withIntermediateDirectories: true)
            try Data("name: [\n".utf8).write(to: site.appendingPathComponent("Broken/site.yaml"))
            content = "Broken"
            output = "/"
            expected = "--output: '/' is the root folder"
        case .relativeStateUnderAbsoluteOutput:
            output = site.appendingPathComponent("Output").path
            state = "Output/state"
            expected = "--state: 'Output/state' (\(site.path)/Output/state) is inside the output folder \(site.path)/Output"
        case .stateThroughLink:
            try fm.createDirectory(at: site.appendingPathComponent("Output"), withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: site.appendingPathComponent("state-link").path, withDestinationPath: "Output")
            state = "state-link/state"
            expected = "--state: 'state-link/state' (\(site.path)/Output/state) is inside the output folder"
        case .stateIsOutput:
            state = "Output"
            expected = "--state: 'Output' (\(site.path)/Output) is inside the output folder"
        case .outputIsAFile:
            try Data("notes\n".utf8).write(to: site.appendingPathComponent("notes.txt"))
            output = "notes.txt"
            expected = "\(site.path)/notes.txt (the output folder) exists and is not a folder"
        case .foreignPrevious:
            try fm.createDirectory(at: site.appendingPathComponent(".Output.previous"), withIntermediateDirectories: true)
            try Data("mine\n".utf8).write(to: site.appendingPathComponent(".Output.previous/keep.txt"))
            expected = "\(site.path)/.Output.previous (the previous site kept beside it) is not empty and is not a site CreditCity built"
        case .otherUsersHome:
            output = "/home/creditcity-test-\(getpid())"
            expected = "is the home folder /home/creditcity-test-\(getpid())"
        }
        return (["build", "--content", content, "--templates", "Templates", "--output", output, "--state", state,
                 "--as-of", "2026-11-22"], expected)
    }

    /// Run twice, as the careless user did: both runs exit 2 with the reason, and the whole
    /// temporary tree (site, home folder, thesis) lists exactly as before.
    @Test(arguments: Careless.allCases)
    func refusedBeforeAnyWork(_ careless: Careless) async throws {
        try await T.withTemporaryFolder { dir in
            let (site, home) = try Self.prepare(dir)
            let (arguments, expected) = try Self.commandLine(careless, site: site, home: home)
            let before = try T.findListing(dir.path)
            for _ in 0..<2 {
                let r = try await CreditCityProcess.run(arguments, in: site, environment: ["HOME": home.path])
                #expect(r.status == 2, "\(careless): \(r.stderr)")
                #expect(r.stderr.contains(expected), "\(careless): \(r.stderr)")
                #expect(r.stderr.contains("nothing was read or written"), "\(careless): \(r.stderr)")
                #expect(!r.stderr.contains("site.yaml"), "\(careless) read content: \(r.stderr)")
            }
            #expect(try T.findListing(dir.path) == before, "\(careless): a file was created, moved or removed")
            if careless == .otherUsersHome {
                #expect(!FileManager.default.fileExists(atPath: "/home/creditcity-test-\(getpid())"))
            }
        }
    }

    /// `check` and `serve` share the build's options: they refuse the same way.
    @Test(arguments: ["check", "serve"])
    func otherCommandsRefuseToo(_ command: String) async throws {
        try await T.withTemporaryFolder { dir in
            let (site, home) = try Self.prepare(dir)
            let before = try T.findListing(dir.path)
            // serve would run until stopped: the deadline only guards against a refusal that never comes.
            let r = try await CreditCityProcess.run([command, "--output", "Content"], in: site, environment: ["HOME": home.path], deadline: 120)
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("is the --content folder"), "\(r.stderr)")
            #expect(try T.findListing(dir.path) == before)
        }
    }

    /// `rollback` renames Output/ and its sibling: a foreign folder is refused there too.
    @Test func rollbackRefusesAForeignFolder() async throws {
        try await T.withTemporaryFolder { dir in
            let (_, home) = try Self.prepare(dir)
            let before = try T.findListing(dir.path)
            let r = try await CreditCityProcess.run(["rollback", "--output", home.appendingPathComponent("home").path,
                                               "--state", dir.appendingPathComponent("state").path], in: dir)
            #expect(r.status == 2, "\(r.stderr)")
            #expect(r.stderr.contains("is not empty and is not a site CreditCity built"), "\(r.stderr)")
            #expect(try T.findListing(dir.path) == before)
        }
    }

    /// `/root`, `$HOME` and the folders above them are home folders too (checked without running a
    /// build there: a mistake in the check must not cost this machine's files).
    @Test(arguments: ["/root", "/root/../root/", "/home", "/home/anyone"])
    func homeFoldersOfThisMachine(_ output: String) async throws {
        #expect(throws: OutputLocation.Refusal.self) {
            try OutputLocation(output: output, state: "/tmp/creditcity-state-\(getpid())", environment: [:])
        }
    }
}
