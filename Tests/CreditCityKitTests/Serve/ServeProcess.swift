import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity serve --port 0` as a child process for the end-to-end tests. Standard error is read on a
/// thread of its own, so the child never blocks on a full pipe; tests wait for a line to appear (the
/// serving line and its port, "build failed", …), with a deadline of minutes that only guards against
/// a hang, never a fixed pause.
final class ServeProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSCondition()
    private var text = ""
    private var ended = false
    private(set) var port: UInt16 = 0

    /// The process ended or went silent before the awaited line.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Starts `creditcity serve --port 0 ARGUMENTS` in `directory` and waits for its serving line.
    init(_ arguments: [String], in directory: URL? = nil, hangGuard: Double = 600) throws {
        process.executableURL = URL(fileURLWithPath: TestSupport.creditcity)
        process.arguments = ["serve", "--port", "0", "--interval", "0.2"] + arguments
        if let directory { process.currentDirectoryURL = directory }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let reader = Thread { [self] in
            let handle = pipe.fileHandleForReading
            while true {
                let data = handle.availableData
                lock.withLock {
                    if data.isEmpty { ended = true } else { text += String(decoding: data, as: UTF8.self) }
                    lock.broadcast()
                }
                if data.isEmpty { return }
            }
        }
        reader.start()
        let line = try waitFor("the serving line", seconds: hangGuard) { $0.contains("serving ") && $0.contains("(Ctrl-C to stop)") }
        guard let range = line.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
              let port = UInt16(line[range].dropFirst("http://127.0.0.1:".count).dropLast()) else {
            throw Failure(description: "no port in the serving line:\n\(line)")
        }
        self.port = port
    }

    /// Standard error so far.
    var stderr: String { lock.withLock { text } }

    /// Waits until standard error satisfies `condition` (checked whenever more arrives) and returns it.
    @discardableResult
    func waitFor(_ what: String, seconds: Double = 600, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(seconds)
        return try lock.withLock {
            while !condition(text) {
                if ended { throw Failure(description: "serve ended before \(what):\n\(text)") }
                guard lock.wait(until: deadline) else { throw Failure(description: "no \(what) in \(Int(seconds)) s:\n\(text)") }
            }
            return text
        }
    }

    /// SIGKILL: a child of the test process may inherit a mask that blocks SIGTERM.
    func stop() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    deinit { stop() }
}
