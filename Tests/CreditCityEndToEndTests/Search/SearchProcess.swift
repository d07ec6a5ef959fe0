import Foundation

/// python3's web server for the search tests, serving a built site to headless chromium.
enum SearchProcess {
    /// python3's `http.server` on 127.0.0.1 and a port the system picks, serving `directory`;
    /// `timeout` seconds bound its whole life even if the test never stops it.
    final class WebServer {
        let process = Process()
        let port: Int

        init(directory: String, timeout: Int = 600) throws {
            guard let python = TestProcess.find("python3") else { throw TestProcess.Failure("python3 is not installed") }
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
                throw TestProcess.Failure("python3 -m http.server did not start: \(text)")
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
}
