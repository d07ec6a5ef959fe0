import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import CreditCityKit

/// `creditcity serve` end to end: the real executable builds, serves on 127.0.0.1 and rebuilds after
/// a content change. Bounded in time; loopback only.
@Suite("serve command", .serialized)
struct ServeCommandTests {
    static func get(_ url: String) async -> (status: Int, body: String)? {
        guard let u = URL(string: url) else { return nil }
        var request = URLRequest(url: u)
        request.timeoutInterval = 3
        guard let (data, response) = try? await URLSession.shared.data(for: request) else { return nil }
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls `url` until `accept` holds or `seconds` pass.
    static func waitFor(_ url: String, seconds: Double, _ accept: (Int, String) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if let r = await get(url), accept(r.status, r.body) { return true }
            try? await Task.sleep(nanoseconds: 200_000_000)
        }
        return false
    }

    @Test func servesAndRebuildsOnChange() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let content = try TestSupport.copyFixture("small", into: dir)
            let port = 20000 + Int(getpid() % 20000)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: PublishSafetyTests.executable)
            p.arguments = ["serve", "--port", String(port), "--interval", "0.2", "--content", content,
                           "--templates", TestSupport.templatesDir, "--output", dir.appendingPathComponent("Output").path,
                           "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"]
            p.standardError = FileHandle.nullDevice
            p.standardOutput = FileHandle.nullDevice
            try p.run()
            defer { p.terminate(); p.waitUntilExit() }
            let base = "http://127.0.0.1:\(port)"
            #expect(await Self.waitFor(base + "/", seconds: 30) { status, body in status == 200 && body.contains("信用测试市") })
            #expect(await Self.get(base + "/no-such-page/")?.status == 404)
            let yaml = content + "/site.yaml"
            let text = try String(contentsOfFile: yaml, encoding: .utf8)
            try text.replacingOccurrences(of: "name: 信用测试市", with: "name: 信用测试市（预览）").write(toFile: yaml, atomically: true, encoding: .utf8)
            #expect(await Self.waitFor(base + "/", seconds: 30) { status, body in status == 200 && body.contains("信用测试市（预览）") })
        }
    }
}
