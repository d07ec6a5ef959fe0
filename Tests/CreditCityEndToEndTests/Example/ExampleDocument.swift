import CreditCityTestSupport
import Foundation
@testable import CreditCityKit

/// docs/example-content.md, made from the Swift city (its files, records and notes) and from what the
/// build decides for it: which record exercises which rule, and with what outcome. ExampleCityTests
/// checks the page is current and re-records it with the city.
enum ExampleDocument {
    static let path = TestSupport.repoRoot.appendingPathComponent("docs/example-content.md").path

    static func text(_ d: ContentDecisions, content: String) throws -> String {
        let outcomes = try ExampleExpectations.outcomes(d)
        var out: [String] = []
        func w(_ line: String = "") { out.append(line) }
        w("# The example content (信用示例市)\n")
        w("""
            `Content/` is the example city, defined in Swift in `Sources/CreditCityKit/Example/` (`ExampleCity`: its \
            authorities, subjects, records and notices, and how each file is written); `creditcity init DIR` writes the \
            same city into a new site folder. `Content/` is kept in the repository as a fixture, and `ExampleCityTests` \
            checks that it is byte for byte what the Swift city writes, that the departments' workbook holds the rows \
            the Swift city defines, that a build decides what `docs/example-expectations.tsv` records, and that this page \
            is current. After changing the city, or a rule on purpose, regenerate all four and review the diff:\n
            """)
        w("```sh\nmake example\n```\n")
        w("""
            (`CREDITCITY_RECORD_EXAMPLE=1 swift test --filter ExampleCityTests`; the workbook is written by openpyxl, through \
            `scripts/xlsx-from-json.py`, from the rows the Swift city gives it.)\n
            """)
        w("""
            Everything is fictional: the city 示例市 (region code 420500), its bureaus, companies and people. Every \
            统一社会信用代码 (including the embedded GB 11714 organisation code) and every 公民身份号码 is checksum-valid; \
            government bodies use codes starting `11`, enterprises `91`, 个体工商户 `92` (or the placeholder \
            `00000000000000000X`), 事业单位 `12`, social organisations `52`/`51`, the cooperative `93`. No record is meant \
            to be rejected; the build's only diagnostics are these:\n
            """)
        for diagnostic in d.diagnostics {
            let message = diagnostic.message.replacingOccurrences(of: content + "/", with: "")
            w("- `\(diagnostic.file)\(diagnostic.line.map { ":\($0)" } ?? "")`: \(diagnostic.severity.rawValue): \(message)")
        }
        w()
        w("""
            The outcomes below are a build's decisions `--as-of 2026-11-22`, with the default policy written out in \
            `site.yaml` (plus `status_codes: {"1": 有效, "2": 无效, "3": 撤销}`, the `authorities` the 2016-template file needs, and \
            `holidays` of 2027, which change no 2026 deadline); "until" is the last day a record is shown.\n
            """)
        files(outcomes, &out)
        counts(outcomes, d, &out)
        notices(d, &out)
        records(outcomes, d, &out)
        try events(&out)
        report(d, &out)
        privacy(&out)
        return out.joined(separator: "\n") + "\n"
    }

    static func files(_ outcomes: [(file: ExampleFile, outcomes: [ExampleExpectations.Outcome])], _ out: inout [String]) {
        out.append("## Files\n")
        out.append("| file | format | encoding | line ends | headers | records |")
        out.append("| --- | --- | --- | --- | --- | --- |")
        out.append("| `site.yaml` | YAML | UTF-8 | LF | — | — |")
        for file in ExampleFile.allCases {
            let encoding: String
            switch (file.encoding, file.format) {
            case (_, .workbook): encoding = "—"
            case (.gb18030, _): encoding = "GB18030"
            case (.utf8WithBOM, _): encoding = "UTF-8 with BOM"
            case (.utf8, .csv): encoding = "UTF-8, no BOM"
            case (.utf8, _): encoding = "UTF-8"
            }
            let lineEnds = file.format == .workbook ? "—" : file.newline == "\r\n" ? "CRLF" : "LF"
            let headers = file.format == .legacyCSV ? "2016 Chinese names"
                : file.chineseHeaders || file.format == .workbook ? "Chinese names" : "field codes"
            out.append("| `\(file.rawValue)` | \(file.formatSummary) | \(encoding) | \(lineEnds) | \(headers) | \(file.rows.count) |")
        }
        out.append("| `notices/*.md` | YAML front matter + GFM | UTF-8 | LF | — | \(ExampleCity.notices.count) |")
        out.append("")
        out.append("""
            Dates use several accepted forms: `2026-11-21`, `2026/11/21`, `2026/1/5`, `2026年11月21日`, `20261121`, \
            plus `长期`, `2099-12-31` and an empty 有效期至 for "no end". Amounts are in 万元 (`0.3`, `2`, `15.5`).\n
            """)
    }

    static func counts(_ outcomes: [(file: ExampleFile, outcomes: [ExampleExpectations.Outcome])], _ d: ContentDecisions,
                       _ out: inout [String]) {
        out.append("## Counts\n")
        out.append("| dataset | rows | distinct records | shown on 2026-11-22 |")
        out.append("| --- | --- | --- | --- |")
        let all = outcomes.flatMap { o in o.outcomes.map { (o.file, $0) } }
        for (kind, name) in [(RecordKind.licensing, "licensing"), (.penalty, "penalties"), (.listEntry, "lists")] {
            let rows = all.filter { $0.0.kind == kind }.map(\.1)
            out.append("| \(name) | \(rows.count) | \(rows.count { $0.outcome != "replaced" }) | \(rows.count { $0.outcome == "shown" }) |")
        }
        for colour in [ExampleListName.Colour.red, .black] {
            let rows = all.filter { $0.0.kind == .listEntry && $0.1.row.fields["MD_LB"] == .text(colour.rawValue) }.map(\.1)
            out.append("| … of which \(colour.rawValue) | \(rows.count) | | \(rows.count { $0.outcome == "shown" }) |")
        }
        out.append("| events | \(ExampleFile.allCases.filter { $0.kind == nil }.reduce(0) { $0 + $1.rows.count }) | | |")
        out.append("| notices | \(ExampleCity.notices.count) | | \(d.noticesShown.values.count { $0 }) |")
        out.append("")
    }

    static func notices(_ d: ContentDecisions, _ out: inout [String]) {
        out.append("## Notices\n")
        out.append("| file | category | outcome |")
        out.append("| --- | --- | --- |")
        for notice in ExampleCity.notices {
            let category = notice.text.split(separator: "\n").first { $0.hasPrefix("category: ") }?.dropFirst(10) ?? ""
            let outcome = d.noticesShown[notice.file] == true ? "shown; \(notice.note)" : "hidden: \(notice.note)"
            out.append("| `\(notice.file)` | \(category) | \(outcome) |")
        }
        out.append("")
    }
}
