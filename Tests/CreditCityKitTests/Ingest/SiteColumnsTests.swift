import Foundation
import Testing
@testable import CreditCityKit

/// site.yaml `authorities` and `columns` (SPEC section 2): read and checked at load, errors naming the
/// line, and aliases mapping a local platform's headers when a file is read.
@Suite("site.yaml authorities and columns")
struct SiteColumnsTests {
    static let head = """
        name: 信用测试市
        region_code: "420500"
        base_url: https://credit.test.example/

        """

    func parse(_ tail: String) throws -> SiteConfig {
        try SiteConfigLoader.parse(Self.head + tail, displayPath: "Content/site.yaml")
    }

    func failure(_ tail: String) -> BuildError? {
        do {
            _ = try parse(tail)
            return nil
        } catch let failure as BuildError {
            return failure
        } catch {
            Issue.record("unexpected \(error)")
            return nil
        }
    }

    /// Both sections read: names to checked codes, dataset folders to header → code (codes upper-cased,
    /// 2016 codes allowed for penalties and licensing).
    @Test func valid() throws {
        let config = try parse("""
            authorities:
              测试市市场监督管理局: 11420500MB00000011
            columns:
              penalties: {处罚相对人: CF_XDR_MC, 决定文号: cf_wsh, 处罚种类: CF_CFLB1}
              lists: {企业名称: MD_XDR_MC}
            """)
        #expect(config.authorities == ["测试市市场监督管理局": "11420500MB00000011"])
        #expect(config.columns[.penalties] == ["处罚相对人": "CF_XDR_MC", "决定文号": "CF_WSH", "处罚种类": "CF_CFLB1"])
        #expect(config.columns[.lists] == ["企业名称": "MD_XDR_MC"])
        #expect(try parse("").authorities.isEmpty)
    }

    /// Each mistake fails the load with the line it is on.
    @Test("errors name the line", arguments: [
        ("columns:\n  penalties: {处罚相对人: CF_XDR_MCC}\n", 5, "columns.penalties.处罚相对人",
         "'CF_XDR_MCC' is not a field code of penalties; use a code of SPEC section 2, e.g. CF_XDR_MC"),
        ("columns:\n  penalties:\n    处罚相对人: CF_XDR_MC\n    名单: MD_MC\n", 7, "columns.penalties.名单",
         "'MD_MC' is not a field code of penalties; use a code of SPEC section 2, e.g. CF_XDR_MC"),
        ("columns:\n  penalty: {处罚相对人: CF_XDR_MC}\n", 5, "columns",
         "'penalty' is not a dataset; expected one of licensing, penalties, lists, events"),
        ("columns:\n  penalties: {处罚相对人: 行政相对人名称}\n", 5, "columns.penalties.处罚相对人",
         "'行政相对人名称' is not a field code of penalties; use a code of SPEC section 2, e.g. CF_XDR_MC"),
        ("authorities:\n  测试市市场监督管理局: 11420500MB00000012\n", 5, "authorities.测试市市场监督管理局",
         "11420500MB00000012 is not a valid 统一社会信用代码: check character is 2, expected 1"),
        ("authorities: [测试市市场监督管理局]\n", 4, "authorities",
         "must be a mapping of authority name to 统一社会信用代码, e.g. {示例市市场监督管理局: 11420500MB1234567X}"),
    ])
    func errors(tail: String, line: Int, key: String, reason: String) {
        #expect(failure(tail) == BuildError.siteConfig("Content/site.yaml", line: line, key: key, reason))
    }

    /// A header aliased in site.yaml maps like a code; the warning lists only what stays unknown.
    @Test func aliasesMapHeaders() throws {
        let header = ["处罚相对人", "决定文号", "备用"]
        let (mapping, _) = ColumnMapping.map(header, folder: .penalties, aliases: ["处罚相对人": "CF_XDR_MC", "决定文号": "CF_WSH"])
        #expect(mapping.template == .standard)
        #expect(mapping.columns.map(\.via) == [.alias, .alias, nil])
        #expect(mapping.unknownHeaders == ["备用"])
        let catalog = FieldCatalog.penalties
        #expect(mapping.columns.map(\.target) == [.field(catalog.index(of: "CF_XDR_MC")), .field(catalog.index(of: "CF_WSH")), .ignored])
    }

    /// An alias to a 2016 code makes the file a 2016 file, as the code itself would.
    @Test func aliasToLegacyCode() {
        let (mapping, _) = ColumnMapping.map(["处罚种类", "行政处罚决定书文号"], folder: .penalties, aliases: ["处罚种类": "CF_CFLB1"])
        #expect(mapping.template == .legacy2016)
    }
}
