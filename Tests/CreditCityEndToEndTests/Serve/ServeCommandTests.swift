import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity serve` end to end: the real executable on a port the system picks, over real HTTP on
/// loopback. Every wait is for a signal — the serving line, an event on the reload stream, a line on
/// standard error — with deadlines of minutes that only guard against a hang.
@Suite("serve command", .serialized)
struct ServeCommandTests {
    typealias T = TestSupport

    static func start(_ dir: URL) async throws -> (ServeProcess, content: String) {
        let content = try T.copyFixture("small", into: dir)
        let serve = try await ServeProcess.start(["--content", content, "--templates", T.templatesDir,
                                      "--output", dir.appendingPathComponent("Output").path,
                                      "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"])
        return (serve, content)
    }

    /// Replaces `path` in one rename from outside the watched folders, as an editor's save does: the
    /// server never sees a half-written file or a temporary one beside it.
    static func save(_ text: String, to path: String, scratch: URL) throws {
        let temp = scratch.appendingPathComponent("save-\(UUID().uuidString)").path
        try text.write(toFile: temp, atomically: false, encoding: .utf8)
        guard rename(temp, path) == 0 else { throw TestProcess.Failure("rename to \(path) failed") }
    }

    static func editSiteName(_ content: String, to name: String, scratch: URL) throws {
        let yaml = content + "/site.yaml"
        let text = try String(contentsOfFile: yaml, encoding: .utf8)
        let edited = text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.hasPrefix("name:") ? "name: \(name)" : String($0) }.joined(separator: "\n")
        try save(edited, to: yaml, scratch: scratch)
    }

    /// Folder URLs answer 200, a folder without its slash redirects once, HEAD has no body, `%2F` is
    /// no way out and `//feeds` no open redirect; after an edit, the reload stream announces the new
    /// build and the page shows the change. The script is added on the way out, never written to Output/.
    @Test func servesAndReloadsAfterARebuild() async throws {
        try await T.withTemporaryFolder { dir in
            let (serve, content) = try await Self.start(dir)
            defer { serve.stop() }
            let port = serve.port
            #expect(serve.stderr.contains("serving \(dir.appendingPathComponent("Output").path)/ at http://127.0.0.1:\(port)/"))
            for folder in ["/", "/notices/", "/penalties/", "/licensing/", "/notices/guide/"] {
                #expect(try LoopbackClient.request(port, folder).status == 200, "\(folder)")
            }
            let redirect = try LoopbackClient.request(port, "/notices")
            #expect(redirect.status == 301 && redirect.fields["location"] == "/notices/")
            let get = try LoopbackClient.request(port, "/notices/?from=nav")
            let head = try LoopbackClient.request(port, "/notices/", method: "HEAD")
            #expect(head.status == 200 && head.body.isEmpty && head.fields["content-length"] == String(get.body.count))
            #expect(try LoopbackClient.request(port, "/%2Ffeeds").fields["location"] == nil)
            #expect(try LoopbackClient.request(port, "//feeds").fields["location"] == "/feeds/")
            #expect(try LoopbackClient.request(port, "/no-such-page/").status == 404)

            let events = try LoopbackClient(port: port, hangGuard: 600)
            events.send("GET /__creditcity/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            #expect(events.readResponse(head: true)?.status == 200)
            #expect(events.readEvent() == "{\"generation\":1,\"succeeded\":true}")
            try Self.editSiteName(content, to: "信用测试市（预览）", scratch: dir)
            #expect(events.readEvent() == "{\"generation\":2,\"succeeded\":true}")
            let home = try LoopbackClient.request(port, "/")
            #expect(home.text.contains("信用测试市（预览）"))
            #expect(home.text.contains("var served = 2;"))

            let output = dir.appendingPathComponent("Output").path
            for (path, bytes) in T.files(under: output) {
                #expect(!String(decoding: bytes, as: UTF8.self).contains("__creditcity"), "\(path) holds the preview script")
            }
        }
    }

    /// A rebuild that fails keeps serving the last good site, prints the diagnostics in the terminal
    /// and shows them on a banner of the reloaded page; fixing the file removes the banner.
    @Test func failedRebuildKeepsTheLastGoodSite() async throws {
        try await T.withTemporaryFolder { dir in
            let (serve, content) = try await Self.start(dir)
            defer { serve.stop() }
            let port = serve.port
            let events = try LoopbackClient(port: port, hangGuard: 600)
            events.send("GET /__creditcity/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            _ = events.readResponse(head: true)
            #expect(events.readEvent() == "{\"generation\":1,\"succeeded\":true}")

            let yaml = content + "/site.yaml"
            let good = try String(contentsOfFile: yaml, encoding: .utf8)
            try Self.save(good.replacingOccurrences(of: "region_code:", with: "region_code: [oops\nx:"), to: yaml, scratch: dir)
            #expect(events.readEvent() == "{\"generation\":2,\"succeeded\":false}")
            let log = try await serve.waitFor("the failed build's report", text: "build failed;")
            #expect(log.contains("site.yaml: error:"))
            let page = try LoopbackClient.request(port, "/notices/")
            #expect(page.status == 200)
            #expect(page.text.contains("信用测试市"))
            #expect(page.text.contains("id=\"creditcity-preview-banner\""))
            #expect(page.text.contains("最近一次重新构建失败") && page.text.contains("site.yaml: error:"))

            try Self.save(good, to: yaml, scratch: dir)
            #expect(events.readEvent() == "{\"generation\":3,\"succeeded\":true}")
            #expect(!(try LoopbackClient.request(port, "/notices/").text.contains("creditcity-preview-banner")))
        }
    }

    /// A port already in use fails at once (exit 1) with a message that names --port, before building.
    @Test func portInUse() async throws {
        try await T.withTemporaryFolder { dir in
            let (serve, content) = try await Self.start(dir)
            defer { serve.stop() }
            let run = try TestProcess.creditcity([
                "serve", "--port", String(serve.port), "--content", content, "--templates", T.templatesDir,
                "--output", dir.appendingPathComponent("Output2").path, "--state", dir.appendingPathComponent("state2").path,
            ], timeout: 600)
            #expect(run.status == 1)
            #expect(run.stderr.contains("--port"))
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output2").path))
        }
    }
}
