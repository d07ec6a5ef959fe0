import Foundation

/// `creditcity serve --port 0` as a child process for the end-to-end tests: a `CreditCityProcess` whose
/// serving line has come, and the port that line names. Tests wait for lines on standard error (the
/// serving line, "build failed", …); the only deadline is the child's hang guard of minutes.
final class ServeProcess: Sendable {
    let child: CreditCityProcess
    let port: UInt16

    private init(child: CreditCityProcess, port: UInt16) {
        self.child = child
        self.port = port
    }

    /// Starts `creditcity serve --port 0 ARGUMENTS` in `directory` and waits for its serving line.
    static func start(_ arguments: [String], in directory: URL? = nil) async throws -> ServeProcess {
        let child = try CreditCityProcess(["serve", "--port", "0", "--interval", "0.2"] + arguments, in: directory)
        guard await child.waitForStderr(containing: "(Ctrl-C to stop)") else {
            throw TestProcess.Failure("serve ended before its serving line:\n\(child.stderr)")
        }
        let text = child.stderr
        guard let range = text.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
              let port = UInt16(text[range].dropFirst("http://127.0.0.1:".count).dropLast()) else {
            throw TestProcess.Failure("no port in the serving line:\n\(text)")
        }
        return ServeProcess(child: child, port: port)
    }

    /// Standard error so far.
    var stderr: String { child.stderr }

    /// Waits until standard error holds `text` (`what` names it in the failure) and returns all of it.
    @discardableResult
    func waitFor(_ what: String, text: String) async throws -> String {
        guard await child.waitForStderr(containing: text) else { throw TestProcess.Failure("serve ended before \(what):\n\(stderr)") }
        return stderr
    }

    /// SIGKILL: a child of the test process may inherit a mask that blocks SIGTERM.
    func stop() {
        if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) }
        child.process.waitUntilExit()
    }
}
