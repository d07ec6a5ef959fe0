import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The preview server over real loopback sockets, in this process: folder URLs, redirects, HEAD,
/// keep-alive and pipelining, heads refused at their limits at once, slow clients closed, and a server
/// that keeps answering while slow and oversized clients pile up. Ports come from the system; nothing
/// waits a fixed time (the clients' one-minute receive time-out only guards against a hang).
@Suite("Preview server", .serialized)
struct PreviewServerTests {
    static func site(_ dir: URL) throws -> String {
        let root = dir.appendingPathComponent("Output").path
        let w = FileTreeWriter(root: root)
        try w.write("index.html", text: "<html><body><h1>首页</h1></body></html>")
        try w.write("notices/index.html", text: "<html><body><h1>通知公告</h1></body></html>")
        try w.write("penalties/page/2/index.html", text: "<html><body><h1>第2页</h1></body></html>")
        try w.write("feeds/manifest.json", text: "{}")
        try w.write("404.html", text: "<html><body>404</body></html>")
        return root
    }

    static func withServer(_ configure: (inout PreviewServer.Configuration) -> Void = { _ in },
                           _ body: (PreviewServer) throws -> Void) async throws {
        try await TestSupport.withTemporaryFolder { dir in
            var configuration = PreviewServer.Configuration(port: 0)
            configure(&configuration)
            let server = try PreviewServer(root: try site(dir), configuration: configuration,
                                           status: PreviewBuildStatus(generation: 1, succeeded: true))
            server.start()
            defer { server.stop() }
            try body(server)
        }
    }

    /// Folders answer 200 with their slash and redirect once without it; `%2F` is not a separator and
    /// `//feeds` redirects to `/feeds/`; files ignore their query; HEAD sends no body.
    @Test func servesLikeAStaticHost() async throws {
        try await Self.withServer { server in
            let port = server.port
            #expect(port != 0)
            let notices = try LoopbackClient.request(port, "/notices/")
            #expect(notices.status == 200)
            #expect(notices.text.contains("通知公告") && notices.text.contains("/__creditcity/events"))
            #expect(try LoopbackClient.request(port, "/penalties/page/2/").status == 200)
            let redirect = try LoopbackClient.request(port, "/notices")
            #expect(redirect.status == 301)
            #expect(redirect.fields["location"] == "/notices/")
            let slashes = try LoopbackClient.request(port, "//feeds")
            #expect(slashes.status == 301)
            #expect(slashes.fields["location"] == "/feeds/")
            let encoded = try LoopbackClient.request(port, "/%2Ffeeds")
            #expect(encoded.status == 404)
            #expect(encoded.fields["location"] == nil)
            #expect(try LoopbackClient.request(port, "/..%2F..%2Fetc%2Fpasswd").status == 404)
            #expect(try LoopbackClient.request(port, "/feeds/manifest.json?since=2026-01-01").text == "{}")
            let head = try LoopbackClient.request(port, "/notices/", method: "HEAD")
            #expect(head.status == 200)
            #expect(head.fields["content-length"] == String(notices.body.count))
            #expect(try LoopbackClient.request(port, "/notices/", method: "DELETE").status == 405)
            #expect(try LoopbackClient.request(port, "/notices/", fields: ["Host: evil.example"]).status == 403)
        }
    }

    /// One connection carries several requests: a HEAD (no body sent, or the next answer would be
    /// misread), then two GETs sent in one write before reading either answer.
    @Test func keepAliveAndPipelining() async throws {
        try await Self.withServer { server in
            let client = try LoopbackClient(port: server.port)
            client.send("HEAD /notices/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let head = try #require(client.readResponse(head: true))
            #expect(head.status == 200)
            #expect(head.fields["connection"] == "keep-alive")
            client.send("GET /notices/ HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\nGET /feeds/manifest.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let first = try #require(client.readResponse())
            let second = try #require(client.readResponse())
            #expect(first.text.contains("通知公告"))
            #expect(String(first.body.count) == head.fields["content-length"])
            #expect(second.text == "{}")
        }
    }

    /// An overlong request line gets 414 and oversized header fields 431 as soon as the limit is
    /// passed: the client has not finished (no line end, no empty line) when it reads the answer.
    @Test func refusesOversizedHeadsAtOnce() async throws {
        try await Self.withServer { server in
            let line = try LoopbackClient(port: server.port)
            #expect(line.send("GET /" + String(repeating: "a", count: 10_000)))
            #expect(line.readResponse()?.status == 414)
            #expect(line.readToEnd().isEmpty) // then the server closes

            let fields = try LoopbackClient(port: server.port)
            #expect(fields.send("GET / HTTP/1.1\r\nX-Big: " + String(repeating: "b", count: 40_000)))
            #expect(fields.readResponse()?.status == 431)

            let many = try LoopbackClient(port: server.port)
            #expect(many.send("GET / HTTP/1.1\r\n" + (0..<101).map { "X-\($0): 1\r\n" }.joined()))
            #expect(many.readResponse()?.status == 431)
        }
    }

    /// A client that does not finish its head within the head time-out gets 408 and is closed; one
    /// that sends nothing is closed. (The time-out is short here; the test waits for the close, not
    /// for a time.)
    @Test func closesSlowClients() async throws {
        try await Self.withServer({ $0.headTimeout = 0.3 }) { server in
            let slow = try LoopbackClient(port: server.port)
            slow.send("GET /notices/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            #expect(slow.readResponse()?.status == 408)
            #expect(slow.readToEnd().isEmpty)
            let silent = try LoopbackClient(port: server.port)
            #expect(silent.readToEnd().isEmpty)
            #expect(try LoopbackClient.request(server.port, "/notices/").status == 200)
        }
    }

    /// Past `maxConnections` a new client gets 503 at once, and the server is back once others close.
    @Test func refusesPastTheConnectionLimit() async throws {
        try await Self.withServer({ $0.maxConnections = 4 }) { server in
            var held: [LoopbackClient] = []
            for _ in 0..<4 {
                let c = try LoopbackClient(port: server.port)
                // A request answered proves the server has taken this connection.
                c.send("GET /feeds/manifest.json HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                #expect(c.readResponse()?.status == 200)
                held.append(c)
            }
            #expect(try LoopbackClient.request(server.port, "/").status == 503)
            held.removeAll()
            // Closed connections are noticed on the server's next turn; ask until the answer is 200.
            var status = 503
            for _ in 0..<1000 where status == 503 { status = try LoopbackClient.request(server.port, "/").status }
            #expect(status == 200)
        }
    }

    /// The event stream starts with the current generation and tells each later build as it is published.
    @Test func eventStreamFollowsBuilds() async throws {
        try await Self.withServer { server in
            let events = try LoopbackClient(port: server.port)
            events.send("GET /__creditcity/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            let response = try #require(events.readResponse(head: true))
            #expect(response.status == 200)
            #expect(response.fields["content-type"] == "text/event-stream")
            #expect(events.readEvent() == "{\"generation\":1,\"succeeded\":true}")
            server.publish(PreviewBuildStatus(generation: 2, succeeded: false, messages: ["site.yaml: error: x"]))
            #expect(events.readEvent() == "{\"generation\":2,\"succeeded\":false}")
            let page = try LoopbackClient.request(server.port, "/notices/")
            #expect(page.text.contains("creditcity-preview-banner") && page.text.contains("site.yaml: error: x"))
            server.publish(PreviewBuildStatus(generation: 3, succeeded: true))
            #expect(events.readEvent() == "{\"generation\":3,\"succeeded\":true}")
            #expect(!(try LoopbackClient.request(server.port, "/notices/").text.contains("creditcity-preview-banner")))
        }
    }

    /// A port in use is refused with a message that names --port.
    @Test func portInUse() async throws {
        try await Self.withServer { server in
            #expect {
                _ = try PreviewServer(root: "/nonexistent", configuration: .init(port: server.port), status: .init(generation: 0, succeeded: true))
            } throws: { "\($0)".contains("--port") }
        }
    }
}
