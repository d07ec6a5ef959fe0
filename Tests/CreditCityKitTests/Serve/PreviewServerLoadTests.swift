import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The preview keeps answering under a loopback load of hostile clients (issue 11): a hundred that
/// send half a head and stop (slowloris), four that send a 50 MB header, four that send a megabyte-long
/// request line, while an ordinary client asks for pages. Nothing here is timed: the ordinary requests
/// must all be answered, and each oversized client must be refused before it could send its 50 MB.
@Suite("Preview server under load", .serialized)
struct PreviewServerLoadTests {
    /// What one oversized client saw: the status it was answered with (nil: none read before the
    /// server closed), and how many bytes it got to send.
    struct Flood: Sendable {
        var status: Int?
        var sent: Int
    }

    /// Sends `head`, then `filler` bytes in 64 KiB pieces, looking for an answer after each piece.
    static func flood(port: UInt16, head: String, filler: Int) -> Flood {
        guard let client = try? LoopbackClient(port: port) else { return Flood(status: nil, sent: 0) }
        var sent = 0
        guard client.send(head) else { return Flood(status: nil, sent: 0) }
        let piece = [UInt8](repeating: UInt8(ascii: "x"), count: 64 * 1024)
        while sent < filler {
            if client.hasInput { break }
            guard client.send(piece) else { break }
            sent += piece.count
        }
        return Flood(status: client.readResponse()?.status, sent: sent)
    }

    @Test func keepsAnsweringUnderSlowAndOversizedRequests() async throws {
        try await PreviewServerTests.withServer { server in
            let port = server.port
            // A hundred slow clients, each holding half a head.
            var slow: [LoopbackClient] = []
            for i in 0..<100 {
                let c = try LoopbackClient(port: port)
                c.send("GET /notices/?slow=\(i) HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
                slow.append(c)
            }
            // Eight oversized clients on threads of their own: four 50 MB headers, four 1 MB request lines.
            let fifty = 50 * 1024 * 1024
            let results = FloodResults()
            let group = DispatchGroup()
            for i in 0..<8 {
                DispatchQueue.global().async(group: group) {
                    let head = i < 4 ? "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Huge: " : "GET /"
                    results.add(Self.flood(port: port, head: head, filler: i < 4 ? fifty : 1024 * 1024))
                }
            }
            // Meanwhile an ordinary client keeps asking, each time on a new connection.
            var answered = 0
            for i in 0..<200 {
                let target = ["/notices/", "/penalties/page/2/", "/feeds/manifest.json", "/"][i % 4]
                if try LoopbackClient.request(port, target).status == 200 { answered += 1 }
            }
            group.wait()
            #expect(answered == 200)
            let floods = results.all
            #expect(floods.count == 8)
            for f in floods {
                // Refused long before the end: at most the limit plus what the sockets buffered, never 50 MB.
                #expect(f.sent < fifty / 2, "an oversized client sent \(f.sent) bytes")
                if let status = f.status { #expect(status == 431 || status == 414) }
            }
            #expect(floods.contains { $0.status == 431 } && floods.contains { $0.status == 414 })
            // And still answers, with the slow clients connected or timed out by now.
            #expect(try LoopbackClient.request(port, "/notices/").status == 200)
            withExtendedLifetime(slow) {}
        }
    }

    /// What the oversized clients saw, gathered from their threads.
    final class FloodResults: @unchecked Sendable {
        private let lock = NSLock()
        private var results: [Flood] = []
        func add(_ f: Flood) { lock.withLock { results.append(f) } }
        var all: [Flood] { lock.withLock { results } }
    }
}
