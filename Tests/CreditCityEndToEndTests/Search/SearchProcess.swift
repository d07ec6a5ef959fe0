import CreditCityTestSupport
import Foundation

/// python3's web server for the search tests, serving a built site to headless chromium.
enum SearchProcess {
    /// python3's `http.server` on 127.0.0.1 and a port the system picks, serving `directory`: a
    /// `CreditCityProcess` running python3, ready once its serving line has come on standard error.
    /// The child's hang guard (minutes) is the only deadline.
    final class WebServer: Sendable {
        let child: CreditCityProcess
        let port: Int

        private init(child: CreditCityProcess, port: Int) {
            self.child = child
            self.port = port
        }

        static func start(directory: String) async throws -> WebServer {
            guard let python = TestProcess.find("python3") else { throw TestProcess.Failure("python3 is not installed") }
            let child = try CreditCityProcess(["-u", "-c", """
                import functools, http.server, sys
                handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=sys.argv[1])
                server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
                print("Serving HTTP on 127.0.0.1 port %d." % server.server_address[1], file=sys.stderr, flush=True)
                server.serve_forever()
                """, directory], executable: python)
            guard await child.waitForStderr(containing: "Serving HTTP on 127.0.0.1 port ") else {
                throw TestProcess.Failure("python3 -m http.server did not start: \(child.stderr)")
            }
            let text = child.stderr
            guard let range = text.range(of: #"port (\d+)\."#, options: .regularExpression),
                  let port = Int(text[range].dropFirst(5).dropLast()) else {
                throw TestProcess.Failure("no port in python3's serving line: \(text)")
            }
            return WebServer(child: child, port: port)
        }

        /// SIGKILL: a child of the test process may inherit a mask that blocks SIGTERM.
        func stop() {
            if child.process.isRunning { kill(child.process.processIdentifier, SIGKILL) }
            child.process.waitUntilExit()
        }
    }
}
