import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The acceptance test of issue 13, as a newcomer does it: `creditcity init demo && cd demo &&
/// creditcity serve --port 0`, /notices/ open in a real browser (headless chromium driven by selenium
/// through Debian's chromium-driver, scripts/check-live-reload.py), a notice's title edited, and the
/// open page shows the new title by itself. Skipped only where chromium, chromedriver or selenium is
/// missing, and then says so loudly; `make test` and CI install them.
@Suite("serve in a browser", .serialized)
struct ServeBrowserTests {
    static let available: Bool = {
        guard TestProcess.find("chromium") != nil, TestProcess.find("chromedriver") != nil,
              let python = TestSupport.python3,
              let check = try? TestProcess.run(python, ["-c", "import selenium"], timeout: 120) else { return false }
        return check.status == 0
    }()

    static func warnSkipped() -> Bool {
        FileHandle.standardError.write(Data("""
            ************************************************************************
            WARNING: chromium, chromium-driver or python3 selenium is missing: the
            live-reload browser test is SKIPPED. make test-deps installs them.
            ************************************************************************

            """.utf8))
        return false
    }

    @Test("an open page shows an edited notice without a manual reload",
          .enabled(if: available || warnSkipped(), "chromium, chromium-driver or selenium is not installed"))
    func openPageReloadsAfterAnEdit() async throws {
        try await TestSupport.withTemporaryFolder { dir in
            let initRun = try TestProcess.creditcity(["init", dir.appendingPathComponent("demo").path], timeout: 600)
            #expect(initRun.status == 0, "\(initRun.stderr)")
            let demo = dir.appendingPathComponent("demo")
            let serve = try await ServeProcess.start([], in: demo)
            defer { serve.stop() }

            let notice = demo.appendingPathComponent("Content/notices/2026-typical-cases.md").path
            let text = try String(contentsOfFile: notice, encoding: .utf8)
            let oldTitle = "2026年第二批失信惩戒和信用修复典型案例", newTitle = "2026年第二批失信惩戒和信用修复典型案例（修订）"
            #expect(text.contains("title: \(oldTitle)"))

            let browser = Process()
            browser.executableURL = URL(fileURLWithPath: try #require(TestSupport.python3))
            browser.arguments = [TestSupport.repoRoot.appendingPathComponent("scripts/check-live-reload.py").path,
                                 "http://127.0.0.1:\(serve.port)/notices/", newTitle]
            let input = Pipe(), output = Pipe(), errors = Pipe()
            browser.standardInput = input
            browser.standardOutput = output
            browser.standardError = errors
            try browser.run()
            defer {
                if browser.isRunning { kill(browser.processIdentifier, SIGKILL) }
                browser.waitUntilExit()
            }
            let lines = LineReader(output.fileHandleForReading)
            let opened = try #require(lines.next(), "the browser did not open the page: \(String(decoding: errors.fileHandleForReading.availableData, as: UTF8.self))")
            #expect(opened.contains("\"opened\": true"))
            #expect(opened.contains(oldTitle))

            // The webmaster saves the notice with a new title (one rename, as an editor's save).
            try ServeCommandTests.save(text.replacingOccurrences(of: "title: \(oldTitle)", with: "title: \(newTitle)"), to: notice, scratch: dir)
            input.fileHandleForWriting.write(Data("edited\n".utf8))
            let shown = try #require(lines.next(), "the page never showed the new title")
            #expect(shown.contains("\"shown\": true"))
            // The mark set on the open page is gone: the page reloaded itself.
            #expect(shown.contains("\"mark\": null"))
            #expect(shown.contains("/notices/"))
            browser.waitUntilExit()
            #expect(browser.terminationStatus == 0)
        }
    }

    /// Lines of a child's standard output, read as they come (blocking; the child's own limits end it).
    final class LineReader {
        let handle: FileHandle
        var buffer = Data()
        init(_ handle: FileHandle) { self.handle = handle }

        func next() -> String? {
            while true {
                if let i = buffer.firstIndex(of: UInt8(ascii: "\n")) {
                    let line = buffer[buffer.startIndex..<i]
                    buffer.removeSubrange(buffer.startIndex...i)
                    return String(decoding: line, as: UTF8.self)
                }
                let data = handle.availableData
                if data.isEmpty { return nil }
                buffer += data
            }
        }
    }
}
