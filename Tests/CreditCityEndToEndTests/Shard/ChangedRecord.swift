import CreditCityTestSupport
import Foundation
import Testing

/// One shown penalty edited in place: its 违法行为类型 (CF_WFXW) gets a word more, so its page, its
/// list rows and its feed object change and nothing else does.
enum ChangedRecord {
    /// Edits the row of the sixth record of `feeds/penalties/0001.json` in `shownIn` (a built site).
    static func edit(content: String, shownIn output: String) throws {
        let feed = try #require(FileManager.default.contents(atPath: output + "/feeds/penalties/0001.json"))
        let root = try #require(try JSONSerialization.jsonObject(with: feed) as? [String: Any])
        let records = try #require(root["records"] as? [[String: Any]])
        let record = records[min(5, records.count - 1)]
        let number = try #require(record["CF_WSH"] as? String), conduct = try #require(record["CF_WFXW"] as? String)
        let folder = content + "/penalties"
        for name in try FileManager.default.contentsOfDirectory(atPath: folder) {
            let path = folder + "/" + name
            var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
            guard let i = lines.firstIndex(where: { $0.contains("," + number + ",") }) else { continue }
            let edited = lines[i].replacingOccurrences(of: "," + conduct + ",", with: "," + conduct + "（已更正）,")
            try #require(edited != lines[i], "\(path):\(i + 1): no field \(conduct)")
            lines[i] = edited
            try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
            return
        }
        Issue.record("no content row holds \(number)")
    }
}
