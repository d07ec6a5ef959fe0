import Foundation
import Testing
@testable import CreditCityKit

/// Helpers shared by the unit and the end-to-end tests: temporary folders, fixture paths, rows built
/// from field codes, and valid identifiers made on demand. A test target of its own (with no tests), so
/// both test targets use one copy.
package enum TestSupport {
    /// The repository root (this file is Tests/CreditCityTestSupport/TestSupport.swift).
    package static let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    /// Tests/Fixtures: content folders and golden files, read in place by both test targets.
    package static let fixturesDir = repoRoot.appendingPathComponent("Tests/Fixtures")
    package static let templatesDir = repoRoot.appendingPathComponent("Templates").path
    package static func fixture(_ name: String) -> String { fixturesDir.appendingPathComponent(name).path }

    /// A fresh, empty folder under the system's temporary directory; the caller removes it.
    package static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("creditcity-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Runs `body` with a fresh temporary folder and removes it afterwards.
    package static func withTemporaryFolder<T>(_ body: (URL) async throws -> T) async throws -> T {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        return try await body(url)
    }

    /// Runs `body` with a fresh temporary folder and removes it afterwards (synchronous tests).
    package static func withTemporaryFolderSync<T>(_ body: (URL) throws -> T) throws -> T {
        let url = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: url) }
        return try body(url)
    }

    /// Options for building `content` into `dir`/Output, with its state in `dir`/state, as of the
    /// fixtures' reference day and with the repository's templates unless told otherwise.
    package static func buildOptions(content: String, in dir: URL, templates: String = templatesDir,
                             asOf: CivilDate = day("2026-11-22"), output: String = "Output", state: String = "state") -> BuildOptions {
        var o = BuildOptions(asOf: asOf)
        o.contentDir = content
        o.templatesDir = templates
        o.outputDir = dir.appendingPathComponent(output).path
        o.stateDir = dir.appendingPathComponent(state).path
        return o
    }

    package static func day(_ iso: String) -> CivilDate {
        guard case .success(.day(let d)) = DateParsing.parse(iso) else { preconditionFailure("bad test date \(iso)") }
        return d
    }

    /// A raw row of `kind` from field codes; every other field empty.
    package static func rawRow(_ kind: RecordKind, _ fields: [String: String], file: String = "Content/test.csv", line: Int = 2) -> RawRow {
        var values = [String?](repeating: nil, count: kind.catalog.fields.count)
        for (code, value) in fields {
            guard let i = kind.catalog.index(ofHeader: code) else { preconditionFailure("unknown code \(code)") }
            values[i] = value
        }
        return RawRow(location: SourceLocation(file: file, line: line), values: values)
    }

    /// A valid 行政处罚 of an organisation: 罚款 10 万元 (一般), decided 2026-06-01.
    package static let penaltyFields: [String: String] = [
        "CF_XDR_MC": "测试市恒通建材有限公司", "CF_XDR_LB": "法人及非法人组织", "CF_XDR_SHXYM": "91420500MA4K00001G",
        "CF_WSH": "测市监罚〔2026〕1号", "CF_WFXW": "违反产品质量法", "CF_SY": "销售不合格建材", "CF_YJ": "《产品质量法》第四十九条",
        "CF_CFLB": "罚款", "CF_NR": "罚款十万元", "CF_NR_FK": "10", "CF_JDRQ": "2026-06-01",
        "CF_CFJG": "测试市市场监督管理局", "CF_CFJGDM": "11420500MB00000011",
        "CF_SJLY": "测试市市场监督管理局", "CF_SJLYDM": "11420500MB00000011",
    ]

    /// A valid 行政处罚 of a natural person (罚款 1 万元, 一般).
    package static let personPenaltyFields: [String: String] = {
        var f = penaltyFields
        f["CF_XDR_MC"] = "李四"
        f["CF_XDR_LB"] = "自然人"
        f["CF_XDR_SHXYM"] = nil
        f["CF_XDR_ZJLX"] = "身份证"
        f["CF_XDR_ZJHM"] = "420502198001010011"
        f["CF_NR_FK"] = "1"
        f["CF_WSH"] = "测市监罚〔2026〕2号"
        return f
    }()

    /// A valid 行政许可 of an organisation, valid 2026-03-01 … 2031-02-28.
    package static let licensingFields: [String: String] = [
        "XK_XDR_MC": "测试市恒通建材有限公司", "XK_XDR_LB": "法人及非法人组织", "XK_XDR_SHXYM": "91420500MA4K00001G",
        "XK_XKWS": "食品经营许可决定书", "XK_WSH": "测市监许〔2026〕1号", "XK_XKLB": "普通", "XK_XKZS": "食品经营许可证",
        "XK_XKBH": "JY14205000001", "XK_NR": "预包装食品销售", "XK_JDRQ": "2026-03-01", "XK_YXQZ": "2026-03-01",
        "XK_YXQZI": "2031-02-28", "XK_XKJG": "测试市市场监督管理局", "XK_XKJGDM": "11420500MB00000011", "XK_ZT": "有效",
        "XK_LYDW": "测试市市场监督管理局", "XK_LYDWDM": "11420500MB00000011",
    ]

    /// A valid black-list entry of an organisation, listed 2026-05-01 with no end.
    package static let blackListFields: [String: String] = [
        "MD_LB": "黑名单", "MD_MC": "失信被执行人", "MD_XDR_MC": "测试市恒通建材有限公司", "MD_XDR_LB": "法人及非法人组织",
        "MD_XDR_SHXYM": "91420500MA4K00001G", "MD_RDBM": "测试市中级人民法院", "MD_RDWH": "（2026）测执12号",
        "MD_RDRQ": "2026-05-01", "MD_YXQZ": "长期",
    ]

    /// A valid red-list entry, listed 2026-04-01 until 2027-03-31.
    package static let redListFields: [String: String] = [
        "MD_LB": "红名单", "MD_MC": "A级纳税人", "MD_XDR_MC": "测试市绿源环保科技有限公司", "MD_XDR_LB": "法人及非法人组织",
        "MD_XDR_SHXYM": "91420500MA4K00003N", "MD_RDBM": "国家税务总局测试市税务局", "MD_RDWH": "测税〔2026〕5号",
        "MD_RDRQ": "2026-04-01", "MD_YXQZ": "2027-03-31",
    ]

    /// `base` with `changes` applied; a nil value removes the field.
    package static func fields(_ base: [String: String], _ changes: [String: String?]) -> [String: String] {
        var f = base
        for (k, v) in changes { f[k] = v }
        return f
    }

    /// Validates a row that must be valid and returns its record (validated late, so any decision day is fine).
    package static func record(_ kind: RecordKind, _ fields: [String: String], policy: SiteConfig.Policy = .init(),
                       file: String = "Content/test.csv", line: Int = 2) throws -> Record {
        let outcome = RecordValidator(kind: kind, asOf: day("2099-01-01"), policy: policy)
            .validate(rawRow(kind, fields, file: file, line: line))
        #expect(outcome.diagnostics == [])
        return try #require(outcome.record)
    }

    /// A checksum-valid 18-digit 公民身份号码 with the given region, birth day and sequence.
    package static func idNumber(region: String = "420502", birth: CivilDate, sequence: String = "001") -> String {
        let first17 = region + birth.iso.replacingOccurrences(of: "-", with: "") + sequence
        let weights = (1...17).map { p in (0..<(18 - p)).reduce(1) { r, _ in r * 2 % 11 } }
        let sum = zip(first17.utf8, weights).reduce(0) { $0 + Int($1.0 - 48) * $1.1 }
        return first17 + String(Array("10X98765432")[sum % 11])
    }

    /// The inode of every regular file under `root`: a file whose inode changed was written anew,
    /// one whose inode stayed was carried over (hard-linked) by the build.
    package static func inodes(under root: String) -> [String: UInt64] {
        var out: [String: UInt64] = [:]
        for path in FileTree.regularFiles(under: root) {
            if let st = FileFingerprint.of(root + "/" + path) { out[path] = UInt64(bitPattern: st.inode) }
        }
        return out
    }

    /// Every regular file under `root` by relative path, with its bytes.
    package static func files(under root: String) -> [String: Data] {
        var out: [String: Data] = [:]
        for path in FileTree.regularFiles(under: root) { out[path] = FileManager.default.contents(atPath: root + "/" + path) }
        return out
    }

    /// Copies a fixture folder into `dir` and returns the copy's path.
    package static func copyFixture(_ name: String, into dir: URL) throws -> String {
        let target = dir.appendingPathComponent(name)
        try FileManager.default.copyItem(atPath: fixture(name), toPath: target.path)
        return target.path
    }
}
