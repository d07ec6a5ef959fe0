import Foundation

/// Child processes for the search tests (node, python3's web server, chromium), each bounded in time.
enum SearchProcess {
    struct Outcome {
        var status: Int32
        var stdout: String
        var stderr: String
        var timedOut: Bool
    }

    /// The executable `name` on PATH (or in /usr/bin), if any.
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

    /// Runs `executable` to its end or for at most `timeout` seconds (then SIGKILL), output captured in files.
    static func run(_ executable: String, _ arguments: [String], timeout: Double) throws -> Outcome {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-proc-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("out"), err = dir.appendingPathComponent("err")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        var timedOut = false
        while process.isRunning {
            if Date() > deadline {
                timedOut = true
                kill(process.processIdentifier, SIGKILL)
                break
            }
            usleep(20_000)
        }
        process.waitUntilExit()
        let text = { (url: URL) in String(decoding: (try? Data(contentsOf: url)) ?? Data(), as: UTF8.self) }
        return Outcome(status: process.terminationStatus, stdout: text(out), stderr: text(err), timedOut: timedOut)
    }

    /// python3's `http.server` on 127.0.0.1 and a port the system picks, serving `directory`;
    /// `timeout` seconds bound its whole life even if the test never stops it.
    final class WebServer {
        let process = Process()
        let port: Int

        init(directory: String, timeout: Int = 600) throws {
            guard let python = SearchProcess.find("python3") else { throw Failure("python3 is not installed") }
            let output = Pipe()
            // python3's http.server on a port the system picks, which exits by itself after `timeout` seconds.
            process.executableURL = URL(fileURLWithPath: python)
            process.arguments = ["-u", "-c", """
                import functools, http.server, os, sys, threading
                threading.Timer(float(sys.argv[2]), lambda: os._exit(3)).start()
                handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
                print("Serving HTTP on 127.0.0.1 port %d" % server.server_address[1], flush=True)
                server.serve_forever()
                """, directory, String(timeout)]
            process.standardOutput = output
            process.standardError = FileHandle.nullDevice
            process.standardInput = FileHandle.nullDevice
            try process.run()
            // "Serving HTTP on 127.0.0.1 port 40123 (http://127.0.0.1:40123/) ..."
            var text = ""
            let deadline = Date().addingTimeInterval(20)
            var found: Int?
            while found == nil, Date() < deadline, process.isRunning {
                let data = output.fileHandleForReading.availableData
                if data.isEmpty { usleep(20_000); continue }
                text += String(decoding: data, as: UTF8.self)
                if let range = text.range(of: #"port (\d+)"#, options: .regularExpression) {
                    found = Int(text[range].dropFirst(5))
                }
            }
            guard let found else {
                if process.isRunning { kill(process.processIdentifier, SIGKILL) }
                process.waitUntilExit()
                throw Failure("python3 -m http.server did not start: \(text)")
            }
            port = found
        }

        /// SIGKILL: a child of the test process may inherit a mask that blocks SIGTERM.
        func stop() {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            process.waitUntilExit()
        }

        deinit { stop() }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ d: String) { description = d }
    }
}
