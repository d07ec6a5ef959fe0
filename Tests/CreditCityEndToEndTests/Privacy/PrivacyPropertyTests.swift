import CreditCityTestSupport
import Foundation
import PropertyBased
import Testing
@testable import CreditCityKit

/// The property of issue 10: a valid ID or mobile number planted in any surface form (digit widths,
/// groupings, separator runs, invisible characters, country codes, letters and punctuation beside it,
/// Markdown around and inside it) into any free-text field of a record, a notice or site.yaml never
/// reaches the built site readable. Checked by `PrivacyOracle`, not by the detector under test.
///
/// 40 iterations × 250 planted numbers = 10,000 cases through the real masking and rendering path: each
/// iteration's rows, notices and site.yaml are written as Content/ and built by `BuildPipeline` with the
/// repository's templates (pages, search index, statistics, feeds), every file of the result read by
/// the oracle. `PrivacyBuildTests` runs the `creditcity` command over CSV and Markdown files too.
@Suite("Privacy property", .serialized)
struct PrivacyPropertyTests {
    typealias T = TestSupport
    static let iterations = Int(ProcessInfo.processInfo.environment["CREDITCITY_PRIVACY_ITERATIONS"] ?? "") ?? 40
    static let plantsPerIteration = 250

    /// The fields a plant may go into: every text field a record shows, except the few whose value the
    /// rules read (status, scope, update time, document type) and the never-public ones.
    static func textFields(_ kind: RecordKind) -> [String] {
        kind.catalog.fields.filter {
            $0.value == .text && !["XK_ZT", "CF_ZT", "SYFW", "SJC", "MD_SHZT"].contains($0.code)
                && !$0.code.hasSuffix("ZJLX") && !RecordMasking.isNeverPublic($0.code)
        }.map(\.code)
    }

    /// A base row of every dataset and subject kind: organisation, 自然人 (王小明) and 个体工商户 (operator
    /// 王小明) penalties, a licence, black- and red-list entries.
    static let bases: [(RecordKind, [String: String])] = [
        (.penalty, T.penaltyFields), (.penalty, T.fields(T.personPenaltyFields, ["CF_XDR_MC": "王小明"])),
        (.penalty, T.fields(T.penaltyFields, ["CF_XDR_LB": "个体工商户", "CF_FRDB": "王小明", "CF_XDR_SHXYM": nil,
                                               "CF_WSH": "测市监罚〔2026〕3号"])),
        (.licensing, T.licensingFields), (.listEntry, T.blackListFields), (.listEntry, T.redListFields),
    ]

    /// The rows of one iteration: base rows of every dataset and subject kind, text fields filled with
    /// the next plants (several fields per row).
    static func rows(_ plants: inout ArraySlice<PlantedNumber>, order: inout PlantedNumber.Random) -> [(RecordKind, [String: String])] {
        var out: [(RecordKind, [String: String])] = []
        while !plants.isEmpty {
            let n = out.count
            let (kind, base) = bases[n % bases.count]
            var fields = base
            for code in textFields(kind).shuffled(using: &order) where !plants.isEmpty {
                guard Int.random(in: 0...2, using: &order) > 0 else { continue }
                let plant = plants.removeFirst()
                // Keep the key unique per row: the plant goes after the base value of key fields. An old
                // 15-digit number alone in an organisation's 工商注册号 that passes the registration number's
                // check digit is taken for one (docs/privacy.md): it gets words before it.
                let alone = code.hasSuffix("_GSZC") && PublicIdentifier.isRegistrationNumber(plant.text.trimmingWhitespace())
                fields[code] = (["CF_WSH", "XK_WSH", "MD_RDWH", "MD_MC"].contains(code) ? (base[code] ?? "") + "第\(n)件" : "")
                    + (alone ? "注册号" : "") + plant.text
            }
            // Every row has its own identity (SPEC section 3), also where no plant went into its 文书号.
            for code in ["CF_WSH", "XK_WSH", "MD_RDWH"] where fields[code] != nil && fields[code] == base[code] {
                fields[code] = (base[code] ?? "") + "第\(n)件"
            }
            out.append((kind, fields))
        }
        return out
    }

    /// Notices of one iteration: bodies from the Markdown plants (four a notice, the first again in a
    /// table), title, 文号 and issuer from the plain ones (taken from the end of `plain`).
    static func notices(markdown: [PlantedNumber], plain: inout ArraySlice<PlantedNumber>) -> [(front: [(String, String)], body: String)] {
        var body = markdown[...]
        var out: [(front: [(String, String)], body: String)] = []
        while !body.isEmpty {
            let lines = (0..<min(4, body.count)).map { _ in body.removeFirst().text }
            var front = [("title", "通报" + (plain.popLast()?.text ?? "")), ("date", "2026-11-01"), ("slug", "n\(out.count)")]
            if let d = plain.popLast() { front.append(("doc_number", d.text)) }
            if let i = plain.popLast() { front.append(("issuer", i.text)) }
            // Each plant after text, as in a sentence: a line that starts "1. " or "6) " is a list item,
            // whose number the page shows as list numbering, not as text the oracle could read.
            out.append((front, "各单位：\n\n" + lines.map { "联系方式" + $0 }.joined(separator: "\n\n") + "\n\n| 项目 | 内容 |\n| --- | --- |\n| 联系 | "
                + lines[0].replacingOccurrences(of: "\n", with: " ") + " |\n"))
        }
        return out
    }

    /// A value as YAML reads it back exactly: a JSON string (JSON is YAML).
    static func quoted(_ text: String) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes]), as: UTF8.self)
            .dropFirst().dropLast().description
    }

    /// Writes records, notices and site text planted with `plants` as Content/ in `dir` (JSON exports,
    /// Markdown notices, site.yaml) and builds it with the build's own pipeline into `dir`/Output;
    /// returns what the audit allows there (the office's numbers, organisations' public identifiers).
    static func render(_ plants: [PlantedNumber], markdown: [PlantedNumber], into dir: URL) async throws -> PublicNumbers {
        var rest = plants[...]
        let siteOffice = rest.removeFirst(), sitePhone = rest.removeFirst()
        let content = dir.appendingPathComponent("Content")
        for folder in ["penalties", "licensing", "lists", "notices"] {
            try FileManager.default.createDirectory(at: content.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        let siteYAML = content.appendingPathComponent("site.yaml")
        try Data("""
            name: 信用测试市
            region_code: "420500"
            base_url: https://credit.test.example/
            office: \(try quoted("测试市信用办" + siteOffice.text))
            contact:
              phone: \(try quoted(sitePhone.text))

            """.utf8).write(to: siteYAML)

        for (i, n) in Self.notices(markdown: markdown, plain: &rest).enumerated() {
            var text = "---\ncategory: 通知公告\n"
            for (key, value) in n.front { text += "\(key): \(key == "date" ? value : try quoted(value))\n" }
            text += "---\n" + n.body
            try Data(text.utf8).write(to: content.appendingPathComponent("notices/n\(i).md"))
        }

        var order = PlantedNumber.Random(seed: plants.first?.seed ?? 1)
        var files: [String: [[String: String]]] = [:]
        let rows = Self.rows(&rest, order: &order)
        for (kind, fields) in rows { files[kind.folder.rawValue, default: []].append(fields) }
        for (folder, objects) in files {
            let data = try JSONSerialization.data(withJSONObject: objects, options: [.sortedKeys, .prettyPrinted])
            try data.write(to: content.appendingPathComponent("\(folder)/planted.json"))
        }

        let report = try await BuildPipeline(options: T.buildOptions(content: content.path, in: dir)).run()
        // Every planted row is read and shown, or the property would hold for want of pages.
        #expect(report.rejectedCount == 0, "\(report.diagnostics.prefix(3))")
        #expect(report.shown.values.reduce(0, +) == rows.count, "\(report.hidden) \(report.diagnostics.prefix(3))")
        return try PrivacyAudit.allowed(site: dir.appendingPathComponent("Output").path, siteYAML: siteYAML.path)
    }

    /// The digit windows of every text the oracle reads in the tree under `root`.
    static func oracleWindows(under root: String) -> [String] {
        var windows: [String] = []
        for path in FileTree.regularFiles(under: root) {
            guard let data = FileManager.default.contents(atPath: root + "/" + path) else { continue }
            let text = String(decoding: data, as: UTF8.self)
            var texts = [path]
            if path.hasSuffix(".json") {
                texts += PrivacyOracle.jsonStrings(text)
            } else if path.hasSuffix(".html") || path.hasSuffix(".xml") {
                let decoded = PrivacyOracle.decodeReferences(text)
                texts += [PrivacyOracle.visibleText(html: text), decoded, PrivacyOracle.visibleText(html: decoded)]
            } else {
                texts.append(text)
            }
            for t in texts { windows += PrivacyOracle.windows(t) }
        }
        return windows
    }

    /// A finding with the bytes around it, to tell what the audit saw.
    static func context(_ f: PrivacyAudit.Finding, root: String) -> String {
        let bytes = [UInt8](FileManager.default.contents(atPath: root + "/" + f.file) ?? Data())
        let slice = bytes[max(0, f.offset - 120)..<min(bytes.count, f.offset + 120)]
        return "\(f): …\(String(decoding: slice, as: UTF8.self))…"
    }

    /// Each failure names its plant and seed; shrinking a 250-plant input would only rerun the same builds.
    @Test("10,000 planted numbers never reach the site readable", .shrinking(false))
    func plantedNumbersAreMasked() async {
        let seeds = Gen.int(in: 0...Int(Int32.max)).array(of: Self.plantsPerIteration)
        await propertyCheck(count: Self.iterations, input: seeds) { values in
            let plants = values.enumerated().map { i, v in PlantedNumber(seed: UInt64(v), markdown: i % 5 == 4) }
            // The oracle must see every plant as written (unmasked): else the property would hold vacuously.
            for plant in plants {
                let shown = plant.isMarkdown ? PrivacyOracle.visibleText(html: Markdown.html("联系方式" + plant.text)) : plant.text
                #expect(PrivacyOracle.reveals(shown, plant.number), "the oracle cannot read \(plant)")
            }
            do {
                try await T.withTemporaryFolder { dir in
                    let allowed = try await Self.render(plants.filter { !$0.isMarkdown }, markdown: plants.filter(\.isMarkdown), into: dir)
                    let root = dir.appendingPathComponent("Output").path
                    let seen = PrivacyOracle.revealed(Set(plants.map(\.number)), in: Self.oracleWindows(under: root))
                    for plant in plants where seen.contains(plant.number) {
                        Issue.record("readable in the built site: \(plant)")
                    }
                    let audit = try PrivacyAudit.scan(root: root, allowed: allowed)
                    #expect(audit == [], "the audit must agree with the masker: \(audit.prefix(3).map { Self.context($0, root: root) })")
                }
            } catch {
                Issue.record("rendering failed: \(error)")
            }
        }
    }
}

