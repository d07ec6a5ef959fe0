import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// What the preview answers, without a socket: HTML gets the reload script (and the banner after a
/// failed build), other files are sent as they are, HEAD describes the GET body without it, and the
/// preview answers only to loopback host names.
@Suite("Preview responder")
struct PreviewResponderTests {
    static let page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body class=\"x\"><h1>通知公告</h1></body></html>"

    func site(_ dir: URL) throws -> String {
        let root = dir.appendingPathComponent("Output").path
        let w = FileTreeWriter(root: root)
        try w.write("notices/index.html", text: Self.page)
        try w.write("404.html", text: "<html><body><p>页面不存在</p></body></html>")
        try w.write("assets/site.css", text: "body{}</body>")
        return root
    }

    func head(_ method: String, _ target: String, _ fields: [HTTPRequestHead.Field] = [.init("Host", "127.0.0.1:8080")]) -> HTTPRequestHead {
        HTTPRequestHead(method: method, target: target, version: "HTTP/1.1", fields: fields)
    }

    static let good = PreviewBuildStatus(generation: 4, succeeded: true)

    /// The script goes before `</body>` and names the generation the page was built at; the page is
    /// otherwise the file's bytes.
    @Test func htmlGetsTheReloadScript() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let responder = PreviewResponder(root: try site(dir))
            let r = responder.respond(to: head("GET", "/notices/"), status: Self.good)
            #expect(r.status == 200)
            #expect(r.field("Content-Type") == "text/html; charset=utf-8")
            #expect(r.field("Cache-Control") == "no-cache")
            let text = String(decoding: r.body, as: UTF8.self)
            let script = LiveReload.script(generation: 4)
            #expect(text == Self.page.replacingOccurrences(of: "</body>", with: script + "</body>"))
            #expect(text.contains("var served = 4;"))
            #expect(text.contains("new EventSource(\"/__creditcity/events\")"))
            #expect(!text.contains("creditcity-preview-banner"))
        }
    }

    /// CSS (even one holding `</body>`) and other files are sent byte for byte.
    @Test func otherFilesAreUntouched() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let r = PreviewResponder(root: try site(dir)).respond(to: head("GET", "/assets/site.css?v=1"), status: Self.good)
            #expect(r.status == 200)
            #expect(r.body == Array("body{}</body>".utf8))
        }
    }

    /// HEAD has the same status and Content-Length as GET, and no body goes out.
    @Test func headDescribesTheGetBody() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let responder = PreviewResponder(root: try site(dir))
            let get = responder.respond(to: head("GET", "/notices/"), status: Self.good)
            let headResponse = responder.respond(to: head("HEAD", "/notices/"), status: Self.good)
            #expect(headResponse.omitsBody)
            #expect(headResponse.serializedHead(keepAlive: true) == get.serializedHead(keepAlive: true))
            #expect(String(decoding: headResponse.serializedHead(keepAlive: true), as: UTF8.self).contains("Content-Length: \(get.body.count)\r\n"))
        }
    }

    /// After a failed build every page carries a banner with the diagnostics, escaped; the 404 page too.
    @Test func failedBuildBanner() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let responder = PreviewResponder(root: try site(dir))
            let failed = PreviewBuildStatus(generation: 5, succeeded: false,
                                            messages: ["Content/site.yaml:3: error: name: <script>alert(1)</script>"])
            for target in ["/notices/", "/no-such-page/"] {
                let text = String(decoding: responder.respond(to: head("GET", target), status: failed).body, as: UTF8.self)
                #expect(text.contains("<div id=\"creditcity-preview-banner\""), "\(target)")
                #expect(text.contains("最近一次重新构建失败"))
                #expect(text.contains("Content/site.yaml:3: error: name: &lt;script&gt;alert(1)&lt;/script&gt;"))
                #expect(!text.contains("<script>alert"))
                #expect(text.contains("var served = 5;"))
            }
            let page = String(decoding: responder.respond(to: head("GET", "/notices/"), status: failed).body, as: UTF8.self)
            #expect(page.hasPrefix("<!DOCTYPE html><html lang=\"zh-CN\"><head><title>t</title></head><body class=\"x\"><div id=\"creditcity-preview-banner\""))
        }
    }

    /// Methods other than GET and HEAD get 405 with Allow; a host name other than the loopback's 403
    /// (a page that rebinds its own name to 127.0.0.1 must not read the preview); no Host is fine.
    @Test func methodsAndHosts() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let responder = PreviewResponder(root: try site(dir))
            let post = responder.respond(to: head("POST", "/notices/"), status: Self.good)
            #expect(post.status == 405)
            #expect(post.field("Allow") == "GET, HEAD")
            #expect(post.closes)
            for host in ["127.0.0.1:8080", "localhost:1234", "LOCALHOST", "[::1]:8080", "127.0.0.1"] {
                #expect(responder.respond(to: head("GET", "/notices/", [.init("Host", host)]), status: Self.good).status == 200, "\(host)")
            }
            for host in ["evil.example", "evil.example:8080", "127.0.0.1.evil.example", "[::2]:80"] {
                #expect(responder.respond(to: head("GET", "/notices/", [.init("Host", host)]), status: Self.good).status == 403, "\(host)")
            }
            #expect(responder.respond(to: head("GET", "/notices/", []), status: Self.good).status == 200)
        }
    }

    /// `/__creditcity/events` opens an event stream that starts with the current generation; other
    /// reserved paths are 404; a GET with a body closes the connection after the answer.
    @Test func eventStreamAndReservedPaths() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let responder = PreviewResponder(root: try site(dir))
            let events = responder.respond(to: head("GET", "/__creditcity/events"), status: Self.good)
            #expect(events.isEventStream)
            #expect(events.field("Content-Type") == "text/event-stream")
            #expect(String(decoding: events.body, as: UTF8.self) == "retry: 1000\n\nevent: build\ndata: {\"generation\":4,\"succeeded\":true}\n\n")
            #expect(!String(decoding: events.serializedHead(keepAlive: true), as: UTF8.self).contains("Content-Length"))
            #expect(responder.respond(to: head("GET", "/__creditcity/other"), status: Self.good).status == 404)
            let withBody = responder.respond(to: head("GET", "/notices/", [.init("Content-Length", "3")]), status: Self.good)
            #expect(withBody.closes)
        }
    }
}
