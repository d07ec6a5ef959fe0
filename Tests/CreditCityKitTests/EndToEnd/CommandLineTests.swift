import Foundation
import Testing
@testable import CreditCityKit

/// The `creditcity` executable's exit statuses and report on standard error (SPEC section 1).
@Suite("Command line")
struct CommandLineTests {
    typealias T = TestSupport

    /// The built executable: beside the test bundle (where `swift build` puts it), else in .build/debug.
    static func executable() throws -> URL {
        var folders: [URL] = [
            Bundle.module.bundleURL.deletingLastPathComponent(),
            URL(fileURLWithPath: ProcessInfo.processInfo.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
        ]
        folders.append(T.repoRoot.appendingPathComponent(".build/debug"))
        for folder in folders {
            let candidate = folder.appendingPathComponent("creditcity")
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDir), !isDir.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate.path) {
                return candidate
            }
        }
        throw NotFound(folders: folders.map(\.path))
    }

    struct NotFound: Error, CustomStringConvertible {
        var folders: [String]
        var description: String { "creditcity not found in \(folders.joined(separator: ", ")); run swift build first" }
    }

    /// Runs `creditcity` with `arguments` in the repository root; returns the exit status and standard error.
    func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let exe = try Self.executable()
        let process = Process()
        process.executableURL = exe
        process.arguments = arguments
        process.currentDirectoryURL = T.repoRoot
        let errPipe = Pipe(), outPipe = Pipe()
        process.standardError = errPipe
        process.standardOutput = outPipe
        try process.run()
        // Read before waiting, so a long report cannot fill the pipe and block the child.
        let err = errPipe.fileHandleForReading.readDataToEndOfFile()
        _ = outPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: err, as: UTF8.self))
    }

    /// `check` on the bad-code fixture reports line 17 and exits 0; with --strict it exits 1; neither writes Output/.
    @Test("check: exit 0, and 1 with --strict")
    func check() async throws {
        try await T.withTemporaryFolder { dir in
            let content = T.fixture("bad-code")
            let output = dir.appendingPathComponent("Output").path
            let common = ["check", "--content", content, "--as-of", "2026-11-22", "--output", output,
                          "--state", dir.appendingPathComponent("state").path]
            let lenient = try run(common)
            #expect(lenient.status == 0, "\(lenient.stderr)")
            #expect(lenient.stderr.contains(content + "/penalties/2026.csv:17: error: CF_XDR_SHXYM: check character is 3, expected G"))
            #expect(!FileManager.default.fileExists(atPath: output))

            let strict = try run(common + ["--strict"])
            #expect(strict.status == 1, "\(strict.stderr)")
            #expect(strict.stderr.contains(content + "/penalties/2026.csv:17: error: CF_XDR_SHXYM"))
            #expect(!FileManager.default.fileExists(atPath: output))
        }
    }

    /// A usage error exits 2 and says what is wrong.
    @Test("usage error: exit 2")
    func usageError() async throws {
        try await T.withTemporaryFolder { dir in
            let result = try run(["check", "--content", T.fixture("bad-code"), "--as-of", "nonsense",
                                  "--output", dir.appendingPathComponent("Output").path,
                                  "--state", dir.appendingPathComponent("state").path])
            #expect(result.status == 2, "\(result.stderr)")
            #expect(result.stderr.contains("--as-of"))
        }
    }
}
