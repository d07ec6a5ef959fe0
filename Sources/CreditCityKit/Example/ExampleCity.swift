/// The example city 信用示例市 (fictional): the one source of example content. `creditcity init` writes
/// it into a new site folder, and Content/ holds it as the repository's fixture, byte for byte what
/// `write(to:)` writes (a test checks that, and re-records it with `CREDITCITY_RECORD_EXAMPLE=1`).
///
/// Every record is designed against `referenceDay` to exercise one rule or one way of reading a file;
/// docs/example-content.md lists each with the build's decision, and Tests/…/Fixtures/example-expectations.tsv
/// records those decisions, which a test asserts.
public enum ExampleCity {
    /// The day the city is designed for: its boundary cases sit around 2026-11-22 (`--as-of 2026-11-22`).
    public static let referenceDay = CivilDate(dayNumber: 20_779)
    /// 示例市 (its region code, 420500, is 宜昌's; every name, code and number in it is invented).
    static let regionCode = "420500"
    static let office = "示例市社会信用体系建设领导小组办公室"

    /// Writes site.yaml, the notices and every data file into `contentDir` (created if absent) and
    /// returns how many files it wrote.
    @discardableResult
    public static func write(to contentDir: String) throws -> Int {
        try FileTreeWriter.replaceFile(at: contentDir + "/site.yaml", with: Array(siteYAML.utf8))
        for notice in notices {
            try FileTreeWriter.replaceFile(at: contentDir + "/notices/" + notice.file, with: Array(notice.text.utf8))
        }
        for file in ExampleFile.allCases {
            try FileTreeWriter.replaceFile(at: contentDir + "/" + file.rawValue, with: try ExampleFileWriter.write(file).bytes)
        }
        return 1 + notices.count + ExampleFile.allCases.count
    }

    /// site.yaml: the default policy written out (plus `status_codes` for the JSON file's numeric
    /// statuses), the directory of authorities the 2016-template file needs, and holidays of 2027, a
    /// year the built-in calendars do not have (they change no 2026 deadline).
    static var siteYAML: String {
        """
        # 信用示例市 — 站点配置（示例城市，名称与数据均为虚构）
        name: 信用示例市
        region_code: "\(regionCode)"
        base_url: https://credit.example.gov.cn/
        office: \(office)
        page_size: 20
        \(SiteConfig.Policy.defaultsYAML(statusCodes: #"{"1": 有效, "2": 无效, "3": 撤销}"#))contact:
          department: 示例市发展和改革委员会信用科
          phone: "0717-6220000"
          address: 示例市东城区东湖大道18号市民之家B座506室
          email: xinyong@example.gov.cn
          hours: "工作日 8:30-12:00, 14:30-17:30"
        # 机关名录：2016 年模板导出的数据没有机关的统一社会信用代码，据此补齐
        authorities:

        """ + ExampleAuthority.all.sorted { $0.code < $1.code }.map { "  \($0.name): \($0.code)\n" }.joined() + """
        # 内置的法定节假日只到 2026 年；以后的年份在这里补充（off: false 为调休上班日）
        holidays:
          - {date: 2027-01-01, off: true}
          - {date: 2027-02-07, off: false}

        """
    }
}
