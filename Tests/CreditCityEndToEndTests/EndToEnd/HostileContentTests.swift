import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Damaged or hostile input through the real executable (issue 11, point 6): each gets the diagnostic
/// a webmaster expects, naming file, line and field, and only the bad record or notice is rejected.
///
/// Fixtures/small's penalties file has the header on line 1 and three records on lines 2–4: two shown
/// and one 警告 hidden as minor, so "penalties: 1 shown, hidden: minor-severity 1" means exactly the
/// record on line 3 was rejected and the records around it were kept. The tests run one at a time:
/// two of them build from 7 to 50 MB of content.
@Suite("Hostile content", .serialized)
struct HostileContentTests {
    typealias T = TestSupport

    /// A copy of Fixtures/small in `dir`/Content.
    static func content(in dir: URL) throws -> String {
        let content = dir.appendingPathComponent("Content").path
        try FileManager.default.copyItem(atPath: T.fixture("small"), toPath: content)
        return content
    }

    /// Rewrites line `number` (1-based) of the penalties file's bytes.
    static func editPenalties(_ content: String, line number: Int, _ edit: ([UInt8]) -> [UInt8]) throws {
        let path = content + "/penalties/2026.csv"
        var lines = try Data(contentsOf: URL(fileURLWithPath: path)).split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        lines[number - 1] = edit(lines[number - 1])
        // Appended line by line: one edited line may be 50 MB.
        var out = Data()
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(0x0A) }
            out.append(contentsOf: line)
        }
        try out.write(to: URL(fileURLWithPath: path))
    }

    /// `old` replaced by `new` in a line of bytes (first occurrence).
    static func replacing(_ old: String, with new: [UInt8]) -> ([UInt8]) -> [UInt8] {
        { line in
            let o = Array(old.utf8)
            guard let i = (0...(line.count - o.count)).first(where: { Array(line[$0..<($0 + o.count)]) == o }) else { return line }
            return Array(line[..<i]) + new + Array(line[(i + o.count)...])
        }
    }

    static func build(_ content: String, in dir: URL, _ extra: [String] = []) async throws -> (status: Int32, stderr: String) {
        try await CreditCityProcess.run(["build", "--content", content, "--templates", T.templatesDir,
                                   "--output", dir.appendingPathComponent("Output").path,
                                   "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"] + extra)
    }

    static let lineThreeRejected = "penalties: 1 shown, hidden: minor-severity 1"

    /// `--base-url` is held to site.yaml's rule: http or https, a host, nothing that could break out
    /// of an attribute. A bad one is a usage error (2); a bad base_url in site.yaml fails the build (1).
    @Test func baseURL() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            let script = try await Self.build(content, in: dir, ["--base-url", "javascript:alert(1)"])
            #expect(script.status == 2)
            #expect(script.stderr.contains("--base-url must start with https:// or http://; found 'javascript:alert(1)'"), "\(script.stderr)")
            let quote = try await Self.build(content, in: dir, ["--base-url", "https://credit.example.gov.cn/\" onmouseover=\"x"])
            #expect(quote.status == 2)
            #expect(quote.stderr.contains("--base-url must be a plain web address"), "\(quote.stderr)")
            #expect(!FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output").path))
            #expect(try await Self.build(content, in: dir, ["--base-url", "https://credit.example.gov.cn/sub"]).status == 0)

            let yaml = content + "/site.yaml"
            let text = try String(contentsOfFile: yaml, encoding: .utf8)
            try text.replacingOccurrences(of: "https://credit.test.example/", with: "javascript:alert(1)").write(toFile: yaml, atomically: true, encoding: .utf8)
            let inYAML = try await Self.build(content, in: dir)
            #expect(inYAML.status == 1)
            #expect(inYAML.stderr.contains("\(content)/site.yaml:3: error: base_url: must start with https:// or http://"), "\(inYAML.stderr)")
        }
    }

    /// A slug over 100 bytes, given or from the file name, rejects only that notice.
    @Test func overlongSlug() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            let slug = String(repeating: "a", count: 300)
            try Data("---\ntitle: 长标识\ndate: 2026-10-01\nslug: \(slug)\n---\n正文\n".utf8).write(to: URL(fileURLWithPath: content + "/notices/long.md"))
            let name = String(repeating: "b", count: 120)
            try Data("---\ntitle: 长文件名\ndate: 2026-10-02\n---\n正文\n".utf8).write(to: URL(fileURLWithPath: content + "/notices/\(name).md"))
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/notices/long.md:4: error: slug: notice rejected: slug is 300 bytes; at most 100 are allowed"), "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/notices/\(name).md:1: error: slug: notice rejected: the file name gives a slug of 120 bytes"), "\(r.stderr)")
            #expect(r.stderr.contains("notices: 1 shown"), "\(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("Output/notices/guide/index.html").path))
        }
    }

    /// Control characters in CSV, JSON and a notice are removed with a warning naming file, line and
    /// field; no page, feed or sitemap of the site holds one.
    @Test func controlCharacters() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            try Self.editPenalties(content, line: 3, Self.replacing("无证经营", with: Array("无证\u{01}经营\u{1B}".utf8)))
            let json = content + "/licensing/2026.json"
            let text = try String(contentsOfFile: json, encoding: .utf8)
            try text.replacingOccurrences(of: "预包装食品销售", with: "预包装\\u0007食品销售").write(toFile: json, atomically: true, encoding: .utf8)
            let notice = content + "/notices/guide.md"
            let body = try String(contentsOfFile: notice, encoding: .utf8)
            try body.replacingOccurrences(of: "关于开展", with: "关于\u{07}开展").replacingOccurrences(of: "各有关单位", with: "各有关\u{0}单位")
                .write(toFile: notice, atomically: true, encoding: .utf8)
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            for expected in ["\(content)/penalties/2026.csv:3: warning: CF_WFXW: 2 control characters removed (U+0001, U+001B)",
                             "\(content)/licensing/2026.json:1: warning: XK_NR: 1 control character removed (U+0007)",
                             "\(content)/notices/guide.md:2: warning: title: 1 control character removed (U+0007)",
                             "\(content)/notices/guide.md:8: warning: body: 1 control character removed (U+0000)"] {
                #expect(r.stderr.contains(expected), "missing: \(expected)\n\(r.stderr)")
            }
            #expect(r.stderr.contains("penalties: 2 shown"), "\(r.stderr)")
            let output = dir.appendingPathComponent("Output").path
            for path in FileTree.regularFiles(under: output) {
                let bytes = try #require(FileManager.default.contents(atPath: output + "/" + path))
                let control = bytes.first { ($0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D) || $0 == 0x7F }
                #expect(control == nil, "\(path) holds control byte \(control.map { String($0) } ?? "")")
            }
        }
    }

    /// A field over the limit (64 KiB by default, site.yaml `limits.field_bytes`) rejects its record
    /// with file, line and field; a higher limit lets it through, an absurd one is a site.yaml error.
    @Test func fieldSizeLimit() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            let long = String(repeating: "经查", count: 20_000)  // 120,000 bytes, after 71 bytes of the original text
            try Self.editPenalties(content, line: 3, Self.replacing("无证经营。", with: Array("\(long)。".utf8)))
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/penalties/2026.csv:3: error: CF_SY: 违法事实 is 120074 bytes, over the limit of 65536 bytes per field (site.yaml limits.field_bytes); record rejected"),
                    "\(r.stderr)")
            #expect(r.stderr.contains(Self.lineThreeRejected), "\(r.stderr)")

            let yaml = content + "/site.yaml"
            let original = try String(contentsOfFile: yaml, encoding: .utf8)
            try (original + "limits: {field_bytes: 200000}\n").write(toFile: yaml, atomically: true, encoding: .utf8)
            let raised = try await Self.build(content, in: dir)
            #expect(raised.status == 0)
            #expect(raised.stderr.contains("0 rejected"), "\(raised.stderr)")
            #expect(raised.stderr.contains("penalties: 2 shown"), "\(raised.stderr)")

            try (original + "limits: {field_bytes: 10}\n").write(toFile: yaml, atomically: true, encoding: .utf8)
            let absurd = try await Self.build(content, in: dir)
            #expect(absurd.status == 1)
            #expect(absurd.stderr.contains("site.yaml:8: error: limits.field_bytes: must be between 1024 and 67108864 bytes; found 10"), "\(absurd.stderr)")
        }
    }

    /// A 50 MB field costs its record, not gigabytes: the build's peak memory (measured by python3's
    /// getrusage on the build alone) stays far below one gigabyte.
    @Test func fiftyMegabyteField() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            let huge = [UInt8](repeating: UInt8(ascii: "x"), count: 50 * 1024 * 1024)
            try Self.editPenalties(content, line: 3, Self.replacing("无证经营。", with: huge))
            // python3 runs the build and reports, on standard error, its exit status and peak memory.
            let measure = """
                import resource, subprocess, sys
                r = subprocess.run(sys.argv[1:], stderr=subprocess.PIPE)
                sys.stderr.buffer.write(r.stderr)
                sys.stderr.write("measured %d %d\\n" % (r.returncode, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss))
                """
            let r = try await CreditCityProcess(["python3", "-c", measure, TestSupport.creditcity, "build", "--content", content,
                                                 "--templates", T.templatesDir, "--output", dir.appendingPathComponent("Output").path,
                                                 "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"],
                                                executable: "/usr/bin/env").finish()
            let stderr = r.stderr
            let fields = try #require(stderr.split(separator: "\n").last { $0.hasPrefix("measured ") }, "python3: \(stderr)")
                .split(separator: " ").dropFirst()
            try #require(fields.count == 2, "python3: \(stderr)")
            #expect(fields.first == "0", "\(stderr)")
            #expect(stderr.contains("2026.csv:3: error: CF_SY: 违法事实 is 52428871 bytes, over the limit of 65536"), "\(stderr)")
            let kilobytes = Int(fields.last ?? "") ?? .max
            #expect(kilobytes < 1024 * 1024, "peak memory \(kilobytes) KiB")
        }
    }

    /// Empty files and files without records are named with a warning.
    @Test func emptyFiles() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            try Data().write(to: URL(fileURLWithPath: content + "/penalties/2027.csv"))
            let header = try String(contentsOfFile: content + "/lists/2026.csv", encoding: .utf8).split(separator: "\n")[0]
            try Data((header + "\n").utf8).write(to: URL(fileURLWithPath: content + "/lists/2027.csv"))
            try Data("[]\n".utf8).write(to: URL(fileURLWithPath: content + "/licensing/2027.json"))
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/penalties/2027.csv: warning: the file is empty; no records read"), "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/lists/2027.csv: warning: the file holds no records"), "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/licensing/2027.json: warning: the file holds no records"), "\(r.stderr)")
        }
    }

    /// A quote opened on line 3 and never closed is reported at line 3; the records on lines 2 and 4
    /// are kept, and the message says where reading resumed.
    @Test func unterminatedQuoteOnLineThree() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            try Self.editPenalties(content, line: 3, Self.replacing("无证经营,当事人", with: Array("无证经营,\"当事人".utf8)))
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/penalties/2026.csv:3: error: record rejected: quoted field opened on line 3 is never closed; reading resumes on line 4"),
                    "\(r.stderr)")
            #expect(r.stderr.contains(Self.lineThreeRejected), "\(r.stderr)")
        }
    }

    /// A header with a million unknown columns gives one short warning, and every record is read.
    @Test func millionUnknownColumns() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            let extra = (0..<1_000_000).map { "X\($0)" }.joined(separator: ",")
            try Self.editPenalties(content, line: 1) { $0 + Array(",\(extra)".utf8) }
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            let warning = try #require(r.stderr.split(separator: "\n").first { $0.contains("unknown columns ignored") })
            #expect(warning == "\(content)/penalties/2026.csv:1: warning: unknown columns ignored: X0, X1, X2, X3, X4, X5, X6, X7, X8, X9 and 999990 more")
            #expect(r.stderr.utf8.count < 4096, "\(r.stderr.utf8.count) bytes of report")
            #expect(r.stderr.contains("penalties: 2 shown, hidden: minor-severity 1"), "\(r.stderr)")
        }
    }

    /// A byte that is not UTF-8 on line 3 of a UTF-8 file is reported at line 3, naming the field;
    /// only that record is rejected.
    @Test func invalidUTF8OnLineThree() async throws {
        try await T.withTemporaryFolder { dir in
            let content = try Self.content(in: dir)
            try Self.editPenalties(content, line: 3, Self.replacing("无证经营", with: [0xFF, 0xFE]))
            let r = try await Self.build(content, in: dir)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stderr.contains("\(content)/penalties/2026.csv:3: error: CF_WFXW: record rejected: line 3: 0xFF is not UTF-8, and the rest of the file is UTF-8"),
                    "\(r.stderr)")
            #expect(r.stderr.contains(Self.lineThreeRejected), "\(r.stderr)")
        }
    }
}
