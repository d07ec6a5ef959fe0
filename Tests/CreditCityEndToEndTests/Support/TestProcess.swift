import CreditCityTestSupport
import Foundation

/// Child processes of the tests — the `creditcity` executable, node, python3, chromium — each run to
/// its end with standard output and error captured in files (so no pipe can fill and block it), and
/// killed after `timeout` seconds: a hang guard, never the thing a test waits for.
enum TestProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The executable `name` on PATH (or in /usr/bin, /usr/local/bin), if any.
    static func find(_ name: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        // Explicitly Strings: with the bare literals the type checker made each folder a [Character],
        // so only the fallbacks were ever found (and a PATH-first python3 with its packages missed).
        let folders: [String] = path.split(separator: ":").map(String.init) + ["/usr/bin", "/usr/local/bin"]
        for dir in folders {
            let candidate = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Runs `executable arguments` in `folder` (default: the test's own) with `environment` added to the
    /// test's, to its end, or until `timeout` seconds have passed (then SIGKILL, `timedOut`). `killAfter`
    /// kills it on purpose that many seconds after it started (a build interrupted at a random moment).
    static func run(_ executable: String, _ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    timeout: Double = 600, killAfter: Double? = nil) throws -> Outcome {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if !environment.isEmpty { process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        try process.run()
        var timedOut = false
        if let killAfter, ended.wait(timeout: .now() + killAfter) == .timedOut {
            kill(process.processIdentifier, SIGKILL)
        } else if killAfter == nil, ended.wait(timeout: .now() + timeout) == .timedOut {
            timedOut = true
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        let text = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, stdout: text(out), stderr: text(err), timedOut: timedOut)
    }

    /// Runs `creditcity arguments` (the executable this test target depends on) as above.
    static func creditcity(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                           timeout: Double = 600, killAfter: Double? = nil) throws -> Outcome {
        try run(TestSupport.creditcity, arguments, in: folder, environment: environment, timeout: timeout, killAfter: killAfter)
    }
}

extension TestSupport {
    /// The `creditcity` executable. The test target depends on it, so `swift build --build-tests` builds
    /// it beside the test bundle; .build/debug is the fallback for a test run from elsewhere.
    static let creditcity: String = {
        let folders = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent(),
            Bundle.main.bundleURL,
            Bundle.main.bundleURL.deletingLastPathComponent(),
            repoRoot.appendingPathComponent(".build/debug"),
        ]
        for folder in folders {
            let candidate = folder.appendingPathComponent("creditcity").path
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue,
               FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return folders[0].appendingPathComponent("creditcity").path
    }()
}
