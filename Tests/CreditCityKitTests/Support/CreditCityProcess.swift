import Foundation

/// The real `creditcity` executable run as a webmaster runs it: in a working folder of its own, with
/// its own environment, standard error collected as it comes so a test can wait for a line (a
/// readiness signal) instead of sleeping.
final class CreditCityProcess: @unchecked Sendable {
    let process = Process()
    private let condition = NSCondition()
    private var collected = Data()
    private var closed = false

    /// Starts `creditcity arguments` in `folder` (default: the test's own), with `environment` added
    /// to the test's.
    init(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws {
        process.executableURL = URL(fileURLWithPath: PublishSafetyTests.executable)
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        try process.run()
        // A thread of its own reads standard error to its end with blocking reads: the end of the
        // stream is the end of the process, however it ends.
        let reader = pipe.fileHandleForReading
        Thread.detachNewThread { [self] in
            while true {
                let data = reader.availableData
                condition.withLock {
                    if data.isEmpty { closed = true } else { collected.append(data) }
                    condition.broadcast()
                }
                if data.isEmpty { return }
            }
        }
    }

    /// Standard error so far.
    var stderr: String { condition.withLock { String(decoding: collected, as: UTF8.self) } }

    /// Waits until standard error holds `text`; false when the process closed it first, or after
    /// `deadline` seconds (a hang guard only).
    func waitForStderr(containing text: String, deadline: Double = 600) -> Bool {
        let until = Date().addingTimeInterval(deadline)
        return condition.withLock {
            while !String(decoding: collected, as: UTF8.self).contains(text) {
                if closed || !condition.wait(until: until) { return String(decoding: collected, as: UTF8.self).contains(text) }
            }
            return true
        }
    }

    /// Waits for the end and returns the exit status and all of standard error; a process still
    /// running after `deadline` seconds (a hang guard only) is killed and reported as status -9.
    func finish(deadline: Double = 600) -> (status: Int32, stderr: String) {
        let until = Date().addingTimeInterval(deadline)
        let finished = condition.withLock {
            while !closed {
                if !condition.wait(until: until) { return false }
            }
            return true
        }
        guard finished else {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return (-9, stderr)
        }
        process.waitUntilExit()
        return (process.terminationStatus, stderr)
    }

    /// Runs `creditcity arguments` to its end (at most `deadline` seconds).
    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    deadline: Double = 600) throws -> (status: Int32, stderr: String) {
        try CreditCityProcess(arguments, in: folder, environment: environment).finish(deadline: deadline)
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
