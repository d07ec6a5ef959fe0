import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The example city: Content/ is what the Swift city writes, its workbook holds the Swift city's rows,
/// a build decides for every record what docs/example-expectations.tsv records, docs/example-content.md
/// is current, and the city still exercises every rule.
///
/// After a deliberate change of the city or of a rule, re-record Content/, the workbook, the
/// expectations and the page with `CREDITCITY_RECORD_EXAMPLE=1 swift test --filter ExampleCityTests`
/// (`make example`) and review the diff.
@Suite("Example city", .serialized)
struct ExampleCityTests {
    typealias T = TestSupport
    static let recording = ProcessInfo.processInfo.environment["CREDITCITY_RECORD_EXAMPLE"] == "1"
    static let content = T.repoRoot.appendingPathComponent("Content").path
    static let workbook = ExampleFile.penaltiesWorkbook.rawValue

    /// Every file of Content/ is byte for byte what `ExampleCity.write` writes, and Content/ holds no
    /// other file (the workbook is checked by its rows, below).
    @Test func contentIsWhatTheSwiftCityWrites() async throws {
        try await T.withTemporaryFolder { dir in
            let written = dir.appendingPathComponent("Content").path
            try ExampleCity.write(to: written)
            let city = T.files(under: written), onDisk = T.files(under: Self.content)
            if Self.recording {
                for path in onDisk.keys where city[path] == nil { try FileManager.default.removeItem(atPath: Self.content + "/" + path) }
                for (path, data) in city where path != Self.workbook {
                    try FileTreeWriter.replaceFile(at: Self.content + "/" + path, with: [UInt8](data))
                }
                return
            }
            #expect(onDisk.keys.sorted() == city.keys.sorted())
            for (path, data) in city.sorted(by: { $0.key < $1.key }) where path != Self.workbook {
                #expect(onDisk[path] == data, "Content/\(path) is not what ExampleCity writes; re-record with CREDITCITY_RECORD_EXAMPLE=1")
            }
        }
    }

    /// The workbook's records, read back by the build's own reader, are the rows `ExampleWorkbook`
    /// defines, at the sheet rows it names; the merged title is the only thing reported.
    @Test func workbookHoldsTheCitysRows() throws {
        if Self.recording, try Self.workbookRows() != Self.cityWorkbookRows() { try Self.recordWorkbook() }
        let (rows, log) = try Self.readWorkbook()
        #expect(rows.map { $0.location } == ExampleWorkbook.locations(path: Self.workbook).map(\.description))
        let city = Self.cityWorkbookRows()
        #expect(rows.count == city.count)
        for (read, (location, expected)) in zip(rows, zip(ExampleWorkbook.locations(path: Self.workbook), city)) {
            #expect(read.values == expected, "\(location): the workbook's cells differ from ExampleWorkbook's row")
        }
        #expect(log.map { $0.description } == ["\(Self.workbook)[10月]:1: warning: row 1 is a title above the header "
            + "('示例市2026年10月行政处罚信息汇总表（各部门报送）'); skipped, the header is row 2"])
    }

    /// A build of Content/ on the reference day decides for every record, notice and late decision what
    /// docs/example-expectations.tsv records; each record that moved is named.
    @Test func decisionsAreTheRecordedOnes() throws {
        let decisions = try ContentDecisions.of(content: Self.content, asOf: ExampleCity.referenceDay)
        let built = try ExampleExpectations.text(decisions, content: Self.content)
        if Self.recording {
            try built.write(toFile: ExampleExpectations.path, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOfFile: ExampleExpectations.path, encoding: .utf8)
        let differences = ExampleExpectations.differences(recorded: recorded, built: built)
        for difference in differences { Issue.record(Comment(rawValue: difference)) }
        #expect(differences.isEmpty, "the build no longer decides what docs/example-expectations.tsv records (\(differences.count) differences); if the change is deliberate, re-record with CREDITCITY_RECORD_EXAMPLE=1")
    }

    /// docs/example-content.md is the page made from the Swift city and the build's decisions.
    @Test func documentIsCurrent() throws {
        let decisions = try ContentDecisions.of(content: Self.content, asOf: ExampleCity.referenceDay)
        let page = try ExampleDocument.text(decisions, content: Self.content)
        if Self.recording {
            try page.write(toFile: ExampleDocument.path, atomically: true, encoding: .utf8)
            return
        }
        let recorded = try String(contentsOfFile: ExampleDocument.path, encoding: .utf8)
        let a = recorded.split(separator: "\n", omittingEmptySubsequences: false), b = page.split(separator: "\n", omittingEmptySubsequences: false)
        let first = Array(zip(a, b)).firstIndex { $0.0 != $0.1 } ?? (a.count == b.count ? nil : min(a.count, b.count))
        #expect(first == nil, "docs/example-content.md:\(first.map { $0 + 1 } ?? 0) is not current; re-record with CREDITCITY_RECORD_EXAMPLE=1")
    }

    /// Whatever is recorded, the city exercises every rule: every hidden reason and severity occurs, one
    /// row is replaced by a later one, none is rejected, and every 处罚类别 and 许可类别 of the standard is used.
    @Test func cityExercisesEveryRule() throws {
        let decisions = try ContentDecisions.of(content: Self.content, asOf: ExampleCity.referenceDay)
        let outcomes = try ExampleExpectations.outcomes(decisions).flatMap(\.outcomes)
        let seen = Set(outcomes.map(\.outcome))
        #expect(seen == Set(["shown", "replaced"] + Decision.HiddenReason.allCases.map(\.rawValue)))
        #expect(outcomes.count { $0.outcome == "replaced" } == 1)
        #expect(Set(outcomes.compactMap { $0.decided?.decision.severity }) == Set(Severity.allCases))
        #expect(decisions.diagnostics.allSatisfy { $0.severity == .warning }, "\(decisions.diagnostics)")
        let categories = Set(ExampleFile.allCases.filter { $0.kind == .penalty && $0.format != .legacyCSV }.flatMap(\.rows)
            .compactMap { row -> [String]? in
                guard case .text(let text) = row.fields["CF_CFLB"] else { return nil }
                return text.split { "；;、,".contains($0) }.map(String.init)
            }.joined())
        #expect(categories == Set(FieldCatalog.penaltyCategoryValues))
        let licensing = Set(ExampleFile.allCases.filter { $0.kind == .licensing }.flatMap(\.rows).compactMap { row -> String? in
            if case .text(let text) = row.fields["XK_XKLB"] { return text }
            return nil
        })
        #expect(licensing == Set(FieldCatalog.licensingCategoryValues))
    }

    /// `creditcity init` writes the example city: its Content/ is the repository's, byte for byte
    /// (workbook included), and its Templates/ are the default templates.
    @Test func initWritesTheExampleCity() async throws {
        try await T.withTemporaryFolder { dir in
            let site = dir.appendingPathComponent("site").path
            try SiteInitializer.create(at: site)
            #expect(T.files(under: site + "/Content") == T.files(under: Self.content))
            #expect(T.files(under: site + "/Templates") == T.files(under: T.templatesDir))
            #expect(throws: BuildError.self) { try SiteInitializer.create(at: site) }
        }
    }

    // MARK: - The workbook

    /// The Swift city's workbook records as the reader must give them: non-empty values by field code.
    static func cityWorkbookRows() -> [[String: String]] {
        ExampleFile.penaltiesWorkbook.rows.map { row in
            row.fields.mapValues { value in
                switch value {
                case .text(let text), .day(let text): text
                }
            }
        }
    }

    static func workbookRows() throws -> [[String: String]] { try readWorkbook().rows.map { $0.values } }

    /// The records of Content/'s workbook as the build reads them, and what reading reported.
    static func readWorkbook() throws -> (rows: [(location: String, values: [String: String])], log: [Diagnostic]) {
        let file = ContentFile(path: content + "/" + workbook, displayPath: workbook, folder: .penalties, format: .xlsx)
        var log = DiagnosticLog()
        var rows: [(String, [String: String])] = []
        try ContentLoader.read(file, log: &log) { raw in
            var values: [String: String] = [:]
            for (spec, value) in zip(FieldCatalog.penalties.fields, raw.values) where !(value ?? "").isEmpty { values[spec.code] = value }
            rows.append((raw.location.description, values))
        }
        return (rows, log.diagnostics)
    }

    /// Makes Content/'s workbook anew: the Swift city's sheets, through openpyxl (scripts/xlsx-from-json.py).
    static func recordWorkbook() throws {
        try T.withTemporaryFolderSync { dir in
            let spec = dir.appendingPathComponent("workbook.json").path
            try ExampleWorkbook.specification.write(toFile: spec, atomically: true, encoding: .utf8)
            let python = try #require(T.python3, "recording the example workbook needs python3 with openpyxl")
            let script = T.repoRoot.appendingPathComponent("scripts/xlsx-from-json.py").path
            let run = try TestProcess.run(python, [script, spec, content + "/" + workbook], timeout: 300)
            #expect(run.status == 0, "\(run.stderr)")
        }
    }
}
