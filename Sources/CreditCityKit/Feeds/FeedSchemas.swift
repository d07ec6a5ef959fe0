/// JSON Schemas (draft 2020-12) of every feed file kind, written to `feeds/schema/<name>.json`.
///
/// Made from the field catalogs, so a field added to the standard is in the schemas without a
/// second list to forget. Every schema is self-contained (the change file repeats the record
/// schemas under `$defs`), so a validator needs no registry of cross-file references.
public struct FeedSchemas: Sendable {
    public let config: SiteConfig

    public init(config: SiteConfig) { self.config = config }

    /// Name (file name without `.json`) and schema of every file kind, in a fixed order.
    public var all: [(name: String, schema: JSONValue)] {
        var list: [(String, JSONValue)] = [("manifest", manifest)]
        for dataset in FeedDataset.allCases { list.append((dataset.rawValue, datasetFile(dataset))) }
        list.append(("changes", changeFile))
        list.append(("changes-index", changesIndex))
        list.append(("statistics", statisticsFile))
        return list
    }

    static let draft = JSONValue.string("https://json-schema.org/draft/2020-12/schema")
    static let day: JSONValue = .object(["type": .string("string"), "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
    static let dayOrNull: JSONValue = .object(["type": .array([.string("string"), .string("null")]),
                                               "pattern": .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")])
    static let sha256: JSONValue = .object(["type": .string("string"), "pattern": .string("^[0-9a-f]{64}$")])
    static let count: JSONValue = .object(["type": .string("integer"), "minimum": .int(0)])
    static let text: JSONValue = .object(["type": .string("string"), "minLength": .int(1)])

    static func const(_ s: String) -> JSONValue { .object(["const": .string(s)]) }
    static func strings(_ list: [String]) -> JSONValue { .array(list.map { .string($0) }) }
    static func closed(_ properties: [String: JSONValue], required: [String]) -> JSONValue {
        .object(["type": .string("object"), "properties": .object(properties),
                 "required": strings(required), "additionalProperties": .bool(false)])
    }

    func root(_ name: String, title: String, _ body: JSONValue, defs: [String: JSONValue] = [:]) -> JSONValue {
        guard case .object(var members) = body else { return body }
        members["$schema"] = Self.draft
        members["$id"] = .string(config.baseURL + "feeds/schema/\(name).json")
        members["title"] = .string(title)
        if !defs.isEmpty { members["$defs"] = .object(defs) }
        return .object(members)
    }

    /// The schema of one record (or notice) object of a dataset.
    public func record(_ dataset: FeedDataset) -> JSONValue {
        let url: JSONValue = .object(["type": .string("string"), "format": .string("uri"), "pattern": .string("^https?://")])
        guard let records = dataset.recordDataset else {
            return Self.closed([
                "id": .object(["type": .string("string"), "pattern": .string("^[A-Za-z0-9_-]+$")]),
                "url": url, "title": Self.text, "date": Self.day, "category": .object(["enum": Self.strings(Notice.categories)]),
                "body": .object(["type": .string("string")]), "bodyHTML": .object(["type": .string("string")]), "doc_number": Self.text, "issuer": Self.text, "expires": Self.day,
            ], required: ["id", "url", "title", "date", "category", "body", "bodyHTML"])
        }
        var properties: [String: JSONValue] = [
            "id": .object(["type": .string("string"), "pattern": .string("^\(records.idPrefix)-[a-z2-7]+(-[0-9]+)?$")]),
            "url": url,
            "displayFrom": Self.day,
            "displayUntil": Self.dayOrNull,
        ]
        var required = ["id", "url", "displayFrom", "displayUntil"]
        if records == .penalties {
            properties["severity"] = .object(["enum": Self.strings([Severity.general.rawValue, Severity.serious.rawValue])])
            required.append("severity")
        }
        let catalog = records.kind.catalog, roles = records.kind.roles
        for (i, spec) in catalog.fields.enumerated() where !roles.isNeverPublic(i) {
            properties[spec.code] = switch spec.value {
            case .date: Self.dayOrNull
            case .amount: .object(["type": .string("number"), "minimum": .int(0)])
            case .creditCode: .object(["type": .string("string"), "pattern": .string("^[0-9A-HJ-NPQRTUWXY]{18}$")])
            // Only ever masked: at least one * (SPEC section 5).
            case .idNumber: .object(["type": .string("string"), "pattern": .string("\\*")])
            case .text, .choice, .penaltyCategories: Self.text
            }
            if spec.requirement == .required { required.append(spec.code) }
        }
        if records == .redlist { properties["MD_LB"] = Self.const("红名单") }
        if records == .blacklist { properties["MD_LB"] = Self.const("黑名单") }
        return Self.closed(properties, required: required)
    }

    /// `feeds/<dataset>/NNNN.json`.
    public func datasetFile(_ dataset: FeedDataset) -> JSONValue {
        root(dataset.rawValue, title: "CreditCity \(dataset.rawValue) feed file", Self.closed([
            "schema": Self.const("creditcity.dataset/1"),
            "dataset": Self.const(dataset.rawValue),
            "asOf": Self.day,
            "records": .object(["type": .string("array"), "items": .object(["$ref": .string("#/$defs/record")])]),
        ], required: ["schema", "dataset", "asOf", "records"]), defs: ["record": record(dataset)])
    }

    /// `feeds/manifest.json`.
    public var manifest: JSONValue {
        var sets: [String: JSONValue] = [:]
        for dataset in FeedDataset.allCases {
            let file = Self.closed([
                "path": .object(["type": .string("string"), "pattern": .string("^\(dataset.rawValue)/[0-9]{4,}\\.json$")]),
                "count": Self.count, "sha256": Self.sha256,
            ], required: ["path", "count", "sha256"])
            sets[dataset.rawValue] = Self.closed([
                "count": Self.count,
                "files": .object(["type": .string("array"), "minItems": .int(1), "items": file]),
            ], required: ["count", "files"])
        }
        return root("manifest", title: "CreditCity feed manifest", Self.closed([
            "schema": Self.const("creditcity.manifest/1"),
            "asOf": Self.day,
            "site": Self.closed([
                "name": Self.text,
                "regionCode": .object(["type": .string("string"), "pattern": .string("^[0-9]{6}$")]),
                "baseURL": .object(["type": .string("string"), "pattern": .string("^https?://.*/$")]),
            ], required: ["name", "regionCode", "baseURL"]),
            "datasets": Self.closed(sets, required: FeedDataset.allCases.map(\.rawValue)),
            "changes": Self.const("changes/index.json"),
            "statistics": Self.closed(["path": Self.const(StatisticsFeed.path), "sha256": Self.sha256], required: ["path", "sha256"]),
        ], required: ["schema", "asOf", "site", "datasets", "changes", "statistics"]))
    }

    /// `feeds/changes/<as-of>.json`.
    public var changeFile: JSONValue {
        var defs: [String: JSONValue] = [:]
        var entryKinds: [JSONValue] = []
        for dataset in FeedDataset.allCases {
            defs[dataset.rawValue] = record(dataset)
            entryKinds.append(Self.closed([
                "dataset": Self.const(dataset.rawValue),
                "id": Self.text,
                "record": .object(["$ref": .string("#/$defs/\(dataset.rawValue)")]),
            ], required: ["dataset", "id", "record"]))
        }
        let entries: JSONValue = .object(["type": .string("array"), "items": .object(["oneOf": .array(entryKinds)])])
        let withdrawal = Self.closed([
            "dataset": .object(["enum": Self.strings(FeedDataset.allCases.map(\.rawValue))]),
            "id": Self.text,
            "reason": .object(["enum": Self.strings(WithdrawalReason.allCases.map(\.rawValue))]),
        ], required: ["dataset", "id", "reason"])
        return root("changes", title: "CreditCity change file", Self.closed([
            "schema": Self.const("creditcity.changes/1"),
            "asOf": Self.day,
            "since": Self.dayOrNull,
            "added": entries,
            "updated": entries,
            "withdrawn": .object(["type": .string("array"), "items": withdrawal]),
        ], required: ["schema", "asOf", "since", "added", "updated", "withdrawn"]), defs: defs)
    }

    /// `feeds/changes/index.json`.
    public var changesIndex: JSONValue {
        let file = Self.closed([
            "path": .object(["type": .string("string"), "pattern": .string("^changes/[0-9]{4}-[0-9]{2}-[0-9]{2}\\.json$")]),
            "asOf": Self.day, "since": Self.dayOrNull,
            "added": Self.count, "updated": Self.count, "withdrawn": Self.count, "sha256": Self.sha256,
        ], required: ["path", "asOf", "since", "added", "updated", "withdrawn", "sha256"])
        return root("changes-index", title: "CreditCity change files index", Self.closed([
            "schema": Self.const("creditcity.changes-index/1"),
            "asOf": Self.day,
            "files": .object(["type": .string("array"), "minItems": .int(1), "items": file]),
        ], required: ["schema", "asOf", "files"]))
    }
}
