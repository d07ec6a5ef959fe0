import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The `creditcity` executable's exit statuses and report on standard error (SPEC section 1).
@Suite("Command line")
struct CommandLineTests {
    typealias T = TestSupport

    /// Runs `creditcity` with `arguments` in the repository root; returns the exit status and standard error.
    func run(_ arguments: [String]) throws -> (status: Int32, stderr: String) {
        let r = try TestProcess.creditcity(arguments, in: T.repoRoot)
        return (r.status, r.stderr)
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
