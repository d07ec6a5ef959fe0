import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity serve` maps URLs to files as a static host would, and notices content changes.
@Suite("Serve")
struct StaticFileResolverTests {
    func site(_ dir: URL) throws -> String {
        let root = dir.appendingPathComponent("Output").path
        try FileTreeWriter(root: root).write("index.html", text: "<p>home</p>")
        try FileTreeWriter(root: root).write("penalties/index.html", text: "<p>list</p>")
        try FileTreeWriter(root: root).write("assets/site.css", text: "body{}")
        try FileTreeWriter(root: root).write("feeds/manifest.json", text: "{}")
        return root
    }

    /// Folders serve their index.html, files their own type; a folder without its slash is redirected
    /// so that relative links resolve; nothing above the root is reachable.
    @Test func resolvesLikeAStaticHost() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let root = try site(dir)
            let r = StaticFileResolver(root: root)
            #expect(r.resolve("/") == .file(path: root + "/index.html", contentType: "text/html; charset=utf-8"))
            #expect(r.resolve("/penalties/?page=2") == .file(path: root + "/penalties/index.html", contentType: "text/html; charset=utf-8"))
            #expect(r.resolve("/penalties") == .redirect(location: "/penalties/"))
            #expect(r.resolve("/assets/site.css") == .file(path: root + "/assets/site.css", contentType: "text/css; charset=utf-8"))
            #expect(r.resolve("/feeds/manifest.json") == .file(path: root + "/feeds/manifest.json", contentType: "application/json"))
            #expect(r.resolve("/missing/") == .notFound)
            #expect(r.resolve("/../Output/index.html") == .notFound)
            #expect(r.resolve("/%2e%2e/Output/index.html") == .notFound)
            #expect(r.resolve("/assets/../index.html") == .notFound)
        }
    }

    /// Adding, changing or removing a file under a watched folder changes the fingerprint; reading
    /// it twice without a change does not.
    @Test func watcherSeesChanges() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let content = dir.appendingPathComponent("Content").path
            try FileTreeWriter(root: content).write("site.yaml", text: "name: a\n")
            let watcher = ContentWatcher(folders: [content])
            let first = watcher.fingerprint()
            #expect(first == watcher.fingerprint())
            try FileTreeWriter.replaceFile(at: content + "/site.yaml", with: Array("name: ab\n".utf8))
            let second = watcher.fingerprint()
            #expect(second != first)
            try FileTreeWriter(root: content).write("penalties/new.csv", text: "CF_WSH\n")
            let third = watcher.fingerprint()
            #expect(third != second)
            try FileManager.default.removeItem(atPath: content + "/penalties/new.csv")
            #expect(watcher.fingerprint() != third)
        }
    }
}
