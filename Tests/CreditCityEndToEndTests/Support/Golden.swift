import CreditCityTestSupport
import Foundation
import Testing

/// Golden files: a folder of expected files compared byte for byte with what a build made. After a
/// deliberate change, re-record them with `CREDITCITY_RECORD_GOLDEN=1` and review the diff.
enum Golden {
    static let recording = ProcessInfo.processInfo.environment["CREDITCITY_RECORD_GOLDEN"] == "1"

    /// Checks `built` (relative path → bytes) against the files under `folder`: the same paths, the same
    /// bytes; each file that differs is reported with the first place it differs. When recording, the
    /// folder is replaced by `built` instead.
    static func check(_ built: [String: Data], against folder: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if recording {
            try? FileManager.default.removeItem(atPath: folder)
            for (path, data) in built {
                let url = URL(fileURLWithPath: folder + "/" + path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
            }
            return
        }
        let golden = TestSupport.files(under: folder)
        #expect(!golden.isEmpty, "no golden files in \(folder): record them with CREDITCITY_RECORD_GOLDEN=1", sourceLocation: sourceLocation)
        #expect(built.keys.sorted() == golden.keys.sorted(), "the files differ from the goldens; re-record with CREDITCITY_RECORD_GOLDEN=1",
                sourceLocation: sourceLocation)
        for (path, data) in built.sorted(by: { $0.key < $1.key }) {
            guard let expected = golden[path], expected != data else { continue }
            Issue.record(Comment(rawValue: "\(path) differs from its golden file: \(firstDifference(expected, data))"), sourceLocation: sourceLocation)
        }
    }

    /// Where two files first differ: the line, and a stretch of each around that byte (feeds are one line).
    static func firstDifference(_ golden: Data, _ built: Data) -> String {
        let a = [UInt8](golden), b = [UInt8](built)
        let at = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
        let line = a[..<at].count { $0 == 0x0A } + 1
        func around(_ bytes: [UInt8]) -> String {
            let from = max(0, at - 60), to = min(bytes.count, at + 60)
            return String(decoding: bytes[from..<to], as: UTF8.self).replacingOccurrences(of: "\n", with: "⏎")
        }
        return "line \(line), byte \(at)\n  golden: …\(around(a))…\n  built:  …\(around(b))…"
    }
}
