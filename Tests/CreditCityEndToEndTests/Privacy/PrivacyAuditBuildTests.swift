import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The audit of a whole built site: clean after a build; numbers planted into its pages and feeds are
/// found at the byte offsets where they were planted.
@Suite("Privacy audit of a built site")
struct PrivacyAuditBuildTests {
    typealias T = TestSupport

    /// Builds Fixtures/small into `dir`/Output and returns its path.
    static func buildSmall(into dir: URL) async throws -> String {
        let options = TestSupport.buildOptions(content: T.fixture("small"), in: dir)
        _ = try await BuildPipeline(options: options).run()
        return options.outputDir
    }

    /// Inserts `text` into `file` of `root` after the first occurrence of `marker`; returns the byte offset.
    static func plant(_ text: String, in file: String, of root: String, after marker: String) throws -> Int {
        let path = root + "/" + file
        var bytes = try #require(FileManager.default.contents(atPath: path).map { [UInt8]($0) })
        let m = Array(marker.utf8)
        let at = try #require((0...(bytes.count - m.count)).first { Array(bytes[$0..<($0 + m.count)]) == m }) + m.count
        bytes.insert(contentsOf: Array(text.utf8), at: at)
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        return at
    }

    /// A clean build passes; ID and mobile numbers planted plain, as references or as JSON escapes are
    /// found with their file and byte offset, and described without printing them whole.
    @Test("audit finds planted numbers")
    func audit() async throws {
        try await T.withTemporaryFolder { dir in
            let root = try await Self.buildSmall(into: dir)
            #expect(try PrivacyAudit.scan(root: root) == [])

            let id = "11010519491231002X"
            let plain = try Self.plant("<p>\(id)</p>", in: "index.html", of: root, after: "<body>") + 3
            let decimal = id.utf8.map { "&#\($0);" }.joined()
            let entity = try Self.plant("<p>\(decimal)</p>", in: "notices/index.html", of: root, after: "<body>") + 3
            let escaped = id.utf8.map { "\\u" + String(format: "%04x", $0) }.joined()
            let json = try Self.plant("\"note\":\"\(escaped)\",", in: "feeds/manifest.json", of: root, after: "{") + 8
            let mobile = try Self.plant(" 139<b>1234</b>5678 ", in: "notices/index.html", of: root, after: "</p>") + 1

            let findings = try PrivacyAudit.scan(root: root)
            #expect(findings.map { "\($0.file) \($0.offset) \($0.kind.rawValue)" } == [
                "feeds/manifest.json \(json) ID number",
                "index.html \(plain) ID number",
                "notices/index.html \(entity) ID number",
                "notices/index.html \(mobile) mobile number",
            ])
            #expect(findings.last?.description == "notices/index.html: byte \(mobile): unmasked mobile number 139****5678 in the page text")
        }
    }
}
