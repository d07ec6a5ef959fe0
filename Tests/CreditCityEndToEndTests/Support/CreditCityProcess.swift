import CreditCityTestSupport
import Foundation

/// The real `creditcity` executable run as a webmaster runs it: in a working folder of its own, with
/// its own environment, standard error collected as it comes so a test can wait for a line (a
/// readiness signal) instead of sleeping.
///
/// Waiting is `async` and parks no thread: the tests run on Swift's small cooperative pool beside
/// `serve`'s, which must keep answering while builds run.
final class CreditCityProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var collected = Data()
    private var ended = false
    /// Waiters for a text on standard error (or the end), resumed by the reader thread.
    private var waiters: [(text: String?, resume: CheckedContinuation<Bool, Never>)] = []

    /// Starts `creditcity arguments` in `folder` (default: the test's own), with `environment` added
    /// to the test's. A process still running after `deadline` seconds is killed: a hang guard only.
    /// `executable` runs another program the same way (python3 measuring a build, or serving a site).
    init(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:], deadline: Double = 600,
         executable: String = TestSupport.creditcity) throws {
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let pid = process.processIdentifier
        DispatchQueue.global().asyncAfter(deadline: .now() + deadline) { [weak self] in
            if self?.process.isRunning == true { kill(pid, SIGKILL) }
        }
        // A thread of its own reads standard error to its end with blocking reads: the end of the
        // stream is the end of the process, however it ends.
        let reader = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let data = reader.availableData
                if data.isEmpty { break }
                lock.withLock { collected.append(data) }
                resumeWaiters()
            }
            process.waitUntilExit()
            lock.withLock { ended = true }
            resumeWaiters()
        }
    }

    /// Standard error so far.
    var stderr: String { lock.withLock { String(decoding: collected, as: UTF8.self) } }

    /// Resumes the waiters whose text has come, and every waiter once the process has ended.
    private func resumeWaiters() {
        let due: [(CheckedContinuation<Bool, Never>, Bool)] = lock.withLock {
            let text = String(decoding: collected, as: UTF8.self)
            var due: [(CheckedContinuation<Bool, Never>, Bool)] = []
            waiters.removeAll { waiter in
                let found = waiter.text.map(text.contains) ?? false
                guard found || ended else { return false }
                due.append((waiter.resume, waiter.text == nil || found))
                return true
            }
            return due
        }
        for (continuation, value) in due { continuation.resume(returning: value) }
    }

    /// Waits until standard error holds `text`; false when the process ended without it.
    func waitForStderr(containing text: String) async -> Bool {
        await withCheckedContinuation { continuation in
            lock.withLock { waiters.append((text, continuation)) }
            resumeWaiters()
        }
    }

    /// Waits for the end and returns the exit status (-9 when the hang guard killed it) and all of
    /// standard error.
    func finish() async -> (status: Int32, stderr: String) {
        _ = await withCheckedContinuation { continuation in
            lock.withLock { waiters.append((nil, continuation)) }
            resumeWaiters()
        }
        return (process.terminationReason == .uncaughtSignal ? -process.terminationStatus : process.terminationStatus, stderr)
    }

    /// Runs `creditcity arguments` to its end.
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    deadline: Double = 600) async throws -> (status: Int32, stderr: String) {
        try await CreditCityProcess(arguments, in: folder, environment: environment, deadline: deadline).finish()
    }
}

extension TestSupport {
    /// What `find ROOT` shows of a tree, one line per entry: path, type, size and link target, sorted;
    /// the before/after proof that no file was moved or removed.
    static func findListing(_ root: String) throws -> [String] {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/find")
        p.arguments = [root, "-printf", "%P\t%y\t%s\t%l\n"]
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).map {
            // Folder sizes depend on the file system's bookkeeping, not on what the folder holds.
            let f = $0.split(separator: "\t", omittingEmptySubsequences: false)
            return f.count == 4 && f[1] == "d" ? "\(f[0])\td" : $0
        }.sorted()
    }
}
