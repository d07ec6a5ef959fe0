import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity serve` maps request targets to files as a static host would, and notices content changes.
@Suite("Serve")
struct StaticFileResolverTests {
    func site(_ dir: URL) throws -> String {
        let root = dir.appendingPathComponent("Output").path
        let w = FileTreeWriter(root: root)
        try w.write("index.html", text: "<p>home</p>")
        try w.write("penalties/index.html", text: "<p>list</p>")
        try w.write("penalties/page/2/index.html", text: "<p>page 2</p>")
        try w.write("notices/信用修复/index.html", text: "<p>notice</p>")
        try w.write("assets/site.css", text: "body{}")
        try w.write("feeds/manifest.json", text: "{}")
        return root
    }

    static let html = "text/html; charset=utf-8"

    /// Folders with their slash serve their index.html (the target as the browser sends it, query and
    /// all); a folder without its slash is redirected once; files get their own type.
    @Test func resolvesLikeAStaticHost() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let root = try site(dir)
            let r = StaticFileResolver(root: root)
            #expect(r.resolve("/") == .file(path: root + "/index.html", contentType: Self.html))
            #expect(r.resolve("/penalties/") == .file(path: root + "/penalties/index.html", contentType: Self.html))
            #expect(r.resolve("/penalties/?page=2") == .file(path: root + "/penalties/index.html", contentType: Self.html))
            #expect(r.resolve("/penalties/page/2/") == .file(path: root + "/penalties/page/2/index.html", contentType: Self.html))
            #expect(r.resolve("/penalties") == .redirect(location: "/penalties/"))
            #expect(r.resolve("/penalties/page/2?x=1") == .redirect(location: "/penalties/page/2/"))
            #expect(r.resolve("/notices/%E4%BF%A1%E7%94%A8%E4%BF%AE%E5%A4%8D") == .redirect(location: "/notices/%E4%BF%A1%E7%94%A8%E4%BF%AE%E5%A4%8D/"))
            #expect(r.resolve("/notices/%E4%BF%A1%E7%94%A8%E4%BF%AE%E5%A4%8D/") == .file(path: root + "/notices/信用修复/index.html", contentType: Self.html))
            #expect(r.resolve("/assets/site.css?v=3") == .file(path: root + "/assets/site.css", contentType: "text/css; charset=utf-8"))
            #expect(r.resolve("/feeds/manifest.json") == .file(path: root + "/feeds/manifest.json", contentType: "application/json"))
            #expect(r.resolve("/missing/") == .notFound)
        }
    }

    /// Nothing above the root is reachable, however it is spelled, and no redirect leaves the host:
    /// `%2F` is not a separator (404), `//feeds` redirects to `/feeds/`, never to `//feeds/`.
    @Test(arguments: ["/../Output/index.html", "/%2e%2e/Output/index.html", "/assets/../index.html", "/%2Ffeeds",
                      "/%2ffeeds/", "/feeds%2Fmanifest.json", "/..%5Cindex.html", "/%00", "/bad%zz", "/%C3", "feeds/",
                      "http://example.com/", "/feeds\\..\\index.html"])
    func refusesEscapes(_ target: String) async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let r = StaticFileResolver(root: try site(dir))
            #expect(r.resolve(target) == .notFound, "\(target)")
        }
    }

    /// Empty segments are skipped, and a redirect always starts with exactly one slash.
    @Test func redirectsStayOnThisHost() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let r = StaticFileResolver(root: try site(dir))
            #expect(r.resolve("//feeds") == .redirect(location: "/feeds/"))
            #expect(r.resolve("///feeds") == .redirect(location: "/feeds/"))
            #expect(r.resolve("//penalties//") == .file(path: r.root + "/penalties/index.html", contentType: Self.html))
        }
    }

    /// A symbolic link inside the site that points outside it is not followed out.
    @Test func symlinkOutOfTheRootIsNotServed() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let root = try site(dir)
            try "secret".write(toFile: dir.appendingPathComponent("secret.txt").path, atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: root + "/assets/leak.txt", withDestinationPath: dir.appendingPathComponent("secret.txt").path)
            #expect(StaticFileResolver(root: root).resolve("/assets/leak.txt") == .notFound)
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
