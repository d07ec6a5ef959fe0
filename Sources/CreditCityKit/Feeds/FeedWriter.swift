import Foundation
import Crypto

/// Writes `feeds/`: one folder of numbered files per dataset and the manifest (SPEC section 6).
public struct FeedWriter: Sendable {
    public static let recordsPerFile = 10_000
    public let config: SiteConfig
    public let asOf: CivilDate

    public init(config: SiteConfig, asOf: CivilDate) {
        self.config = config
        self.asOf = asOf
    }

    /// Field codes whose values are numbers in the feeds (amounts in 万元).
    static let numericCodes: Set<String> = ["CF_NR_FK", "CF_NR_WFFF"]

    /// A shown record as a feed object: id, url, display window and its public field codes.
    func object(_ r: PublishedRecord) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(r.id),
            "url": .string(config.baseURL + "\(r.dataset.rawValue)/\(r.id)/"),
            "displayFrom": .string(r.window.first.iso),
            "displayUntil": r.window.last.map { .string($0.iso) } ?? .null,
        ]
        if let s = r.severity { members["severity"] = .string(s.rawValue) }
        for (code, value) in r.fields {
            if Self.numericCodes.contains(code) {
                members[code] = .number(value)
            } else if value == DateValue.noEndText, code.hasSuffix("YXQZI") || code.hasSuffix("YXQZ") || code == "CF_YXQ" || code == "CF_GSJZQ" {
                members[code] = .null // 长期: no end date
            } else {
                members[code] = .string(value)
            }
        }
        return .object(members)
    }

    func notice(_ n: Notice) -> JSONValue {
        var members: [String: JSONValue] = [
            "id": .string(n.slug),
            "url": .string(config.baseURL + "notices/\(n.slug)/"),
            "title": .string(n.title),
            "date": .string(n.date.iso),
            "category": .string(n.category),
            "body": .string(n.body),
        ]
        if let d = n.docNumber { members["doc_number"] = .string(d) }
        if let i = n.issuer { members["issuer"] = .string(i) }
        if let e = n.expires { members["expires"] = .string(e.iso) }
        return .object(members)
    }

    /// Writes every dataset file and the manifest; returns the manifest.
    @discardableResult
    public func write(datasets: [Dataset: [PublishedRecord]], notices: [Notice], writer: FileTreeWriter) throws -> JSONValue {
        var manifestSets: [String: JSONValue] = [:]
        for dataset in Dataset.allCases {
            let objects = (datasets[dataset] ?? []).sorted { $0.id < $1.id }.map(object)
            manifestSets[dataset.rawValue] = try writeDataset(dataset.rawValue, objects, writer: writer)
        }
        let noticeObjects = notices.sorted { $0.slug < $1.slug }.map(notice)
        manifestSets["notices"] = try writeDataset("notices", noticeObjects, writer: writer)
        let manifest = JSONValue.object([
            "schema": .string("creditcity.manifest/1"),
            "asOf": .string(asOf.iso),
            "site": .object(["name": .string(config.name), "regionCode": .string(config.regionCode), "baseURL": .string(config.baseURL)]),
            "datasets": .object(manifestSets),
        ])
        try writer.write("feeds/manifest.json", text: manifest.serialized() + "\n")
        return manifest
    }

    func writeDataset(_ name: String, _ objects: [JSONValue], writer: FileTreeWriter) throws -> JSONValue {
        var files: [JSONValue] = []
        let chunks = stride(from: 0, to: max(objects.count, 1), by: Self.recordsPerFile)
        for (n, start) in chunks.enumerated() {
            let slice = Array(objects[start..<min(objects.count, start + Self.recordsPerFile)])
            let path = "\(name)/" + Self.fileNumber(n + 1) + ".json"
            let file = JSONValue.object([
                "schema": .string("creditcity.dataset/1"),
                "dataset": .string(name),
                "asOf": .string(asOf.iso),
                "records": .array(slice),
            ])
            let bytes = Array((file.serialized() + "\n").utf8)
            try writer.write("feeds/" + path, bytes)
            let digest = SHA256.hash(data: bytes).map { String(format: "%02x", $0) }.joined()
            files.append(.object(["path": .string(path), "count": .int(slice.count), "sha256": .string(digest)]))
        }
        return .object(["count": .int(objects.count), "files": .array(files)])
    }

    static func fileNumber(_ n: Int) -> String {
        let s = String(n)
        return String(repeating: "0", count: max(0, 4 - s.count)) + s
    }
}
