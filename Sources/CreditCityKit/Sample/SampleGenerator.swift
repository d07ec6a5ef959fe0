import Foundation

/// Writes a synthetic but realistic content folder of `records` records for demos and benchmarks
/// (`creditcity sample`). The same seed gives the same bytes on every machine.
///
/// Records are 50 % licensing, 40 % penalties and 10 % list entries, about 80 % about organisations,
/// 10 % about 个体工商户 and 10 % about natural persons, decided over the four years before the reference
/// day; about 1 % of them get an event (repair, objection and its closing, revocation). Rows stream to
/// CSV files of at most 100,000 rows, so a million records need little memory.
public struct SampleGenerator {
    public let records: Int
    public let seed: UInt64
    /// The last day of the sample's decisions (no wall-clock time: a sample is reproducible).
    public let referenceDay: CivilDate
    public static let rowsPerFile = 100_000

    public init(records: Int, seed: UInt64, referenceDay: CivilDate) {
        self.records = records
        self.seed = seed
        self.referenceDay = referenceDay
    }

    public struct Summary: Sendable {
        public var licensing = 0, penalties = 0, listEntries = 0, events = 0, notices = 0, files = 0
    }

    struct Subject {
        var name: String
        var category: SubjectCategory
        var code: String
        var idNumber: String
        var legalRep: String
        var legalRepID: String
    }

    struct Authority {
        var name: String
        var short: String
        var code: String
    }

    /// Writes the folder; `dir` must not exist or be empty.
    @discardableResult
    public func write(to dir: String) throws -> Summary {
        let fm = FileManager.default
        if fm.fileExists(atPath: dir), let items = try? fm.contentsOfDirectory(atPath: dir), !items.isEmpty {
            throw BuildError.notEmpty(.sample, dir, "sample writes a new content folder")
        }
        for sub in ["licensing", "penalties", "lists", "events", "notices"] {
            try fm.createDirectory(atPath: dir + "/" + sub, withIntermediateDirectories: true)
        }
        var rng = SampleRandom(seed: seed)
        var summary = Summary()
        try siteYAML.write(toFile: dir + "/site.yaml", atomically: true, encoding: .utf8)

        let authorities = SampleVocabulary.authorities.enumerated().map { i, name in
            Authority(name: "样例市" + name, short: SampleVocabulary.authorityShort[i],
                      code: SampleIdentifiers.creditCode(prefix: "11", region: "420500", using: &rng))
        }
        let subjects = makeSubjects(count: max(20, records / 3), using: &rng)

        let licensingCount = records / 2
        let penaltyCount = records * 2 / 5
        let listCount = records - licensingCount - penaltyCount
        var licensing = CSVSink(dir: dir + "/licensing", header: Self.licensingHeader)
        var penalties = CSVSink(dir: dir + "/penalties", header: Self.penaltyHeader)
        var lists = CSVSink(dir: dir + "/lists", header: Self.listHeader)
        var events = CSVSink(dir: dir + "/events", header: ["SJ_JLLX", "SJ_WSH", "SJ_JG", "SJ_XDR", "SJ_LX", "SJ_RQ", "SJ_SM"])

        for n in 0..<licensingCount {
            let s = rng.pick(subjects), a = rng.pick(authorities), l = rng.pick(SampleVocabulary.licences)
            let decided = day(within: 1460, using: &rng)
            let years = rng.pick([3, 5, 5, 6])
            let number = "样\(a.short)许〔\(decided.year)〕\(n + 1)号"
            try licensing.add(subjectColumns(s) + [
                l.kind + "决定书", number, l.category, l.name, "XK\(decided.year)\(String(n + 1))", l.content,
                decided.iso, decided.iso, rng.chance(0.05) ? "长期" : decided.adding(years: years).adding(days: -1).iso,
                a.name, a.code, rng.chance(0.02) ? "无效" : "有效", a.name, a.code, "",
            ])
            if rng.chance(0.004) {
                try events.add(["行政许可", number, a.name, "", "撤销", decided.adding(days: 30).iso, "依法撤销行政许可"])
                summary.events += 1
            }
        }
        for n in 0..<penaltyCount {
            let s = rng.pick(subjects), a = rng.pick(authorities), o = rng.pick(SampleVocabulary.offences)
            let decided = day(within: 1460, using: &rng)
            let fine = o.categories.contains("罚款") ? rng.pick(["0.2", "0.5", "1", "2", "5", "10", "20", "50"]) : ""
            let number = "样\(a.short)罚〔\(decided.year)〕\(n + 1)号"
            try penalties.add(subjectColumns(s) + [
                number, o.kind, o.fact, o.basis, o.categories, "依法给予\(o.categories.replacingOccurrences(of: "；", with: "、"))的行政处罚",
                fine, decided.iso, a.name, a.code, a.name, a.code, o.severity ?? "", "",
            ])
            if rng.chance(0.01) {
                let kind = rng.pick(["信用修复", "信用修复", "异议", "撤销"])
                try events.add(["行政处罚", number, a.code, "", kind, decided.adding(days: 120 + rng.below(400)).iso, "样例事件"])
                summary.events += 1
            }
        }
        for n in 0..<listCount {
            let s = rng.pick(subjects), l = rng.pick(SampleVocabulary.lists)
            let decided = day(within: 1460, using: &rng)
            let until = l.colour == "红名单" ? decided.adding(years: rng.pick([1, 2, 3])).adding(days: -1).iso : (rng.chance(0.5) ? "长期" : "")
            let shortName = l.name.prefix(2)
            try lists.add([
                l.colour, l.name, s.name, s.category.rawValue, s.category == .person ? "" : s.code,
                s.category == .person ? "身份证" : "", s.category == .person ? s.idNumber : "", s.category == .organisation ? s.legalRep : "",
                l.department, "样\(shortName)认〔\(decided.year)〕\(n + 1)号", "相关法律法规和政策规定", l.reason, decided.iso, until, "", "",
            ])
        }
        summary.licensing = licensingCount
        summary.penalties = penaltyCount
        summary.listEntries = listCount
        summary.files = try licensing.finish() + penalties.finish() + lists.finish() + events.finish()
        summary.notices = try writeNotices(to: dir + "/notices")
        summary.files += summary.notices + 1
        return summary
    }

    func day(within days: Int, using rng: inout SampleRandom) -> CivilDate {
        referenceDay.adding(days: -rng.below(days))
    }

    func makeSubjects(count: Int, using rng: inout SampleRandom) -> [Subject] {
        (0..<count).map { _ in
            let district = rng.pick(SampleVocabulary.districts)
            let person = rng.pick(SampleVocabulary.surnames) + rng.pick(SampleVocabulary.givenNames) + (rng.chance(0.6) ? rng.pick(SampleVocabulary.givenNames) : "")
            let birth = CivilDate(year: 1950 + rng.below(55), month: 1 + rng.below(12), day: 1 + rng.below(28)) ?? referenceDay
            let id = SampleIdentifiers.idNumber(region: district.0, birth: birth, using: &rng)
            let rep = rng.pick(SampleVocabulary.surnames) + rng.pick(SampleVocabulary.givenNames) + rng.pick(SampleVocabulary.givenNames)
            let repBirth = CivilDate(year: 1955 + rng.below(45), month: 1 + rng.below(12), day: 1 + rng.below(28)) ?? referenceDay
            let repID = SampleIdentifiers.idNumber(region: district.0, birth: repBirth, using: &rng)
            let roll = rng.below(10)
            if roll == 0 {
                return Subject(name: person, category: .person, code: "", idNumber: id, legalRep: "", legalRepID: "")
            }
            if roll == 1 {
                let shop = "样例市\(district.1)\(rng.pick(SampleVocabulary.brands))\(rng.pick(SampleVocabulary.shopKinds))"
                let code = rng.chance(0.3) ? CreditCode.placeholderCode : SampleIdentifiers.creditCode(prefix: "92", region: district.0, using: &rng)
                return Subject(name: shop, category: .individualBusiness, code: code, idNumber: id, legalRep: person, legalRepID: "")
            }
            let name = "样例市" + rng.pick(SampleVocabulary.brands) + rng.pick(SampleVocabulary.brands) + rng.pick(SampleVocabulary.industries) + rng.pick(SampleVocabulary.forms)
            return Subject(name: name, category: .organisation, code: SampleIdentifiers.creditCode(prefix: "91", region: district.0, using: &rng),
                           idNumber: "", legalRep: rep, legalRepID: repID)
        }
    }

    /// Subject columns shared by licensing and penalties (same order in both headers).
    func subjectColumns(_ s: Subject) -> [String] {
        let isPerson = s.category == .person
        let hasRep = s.category == .organisation
        return [s.name, s.category.rawValue, isPerson ? "" : s.code, hasRep ? s.legalRep : "", hasRep ? "身份证" : "",
                hasRep ? s.legalRepID : "", isPerson || s.category == .individualBusiness ? "身份证" : "",
                isPerson || s.category == .individualBusiness ? s.idNumber : ""]
    }

    static let licensingHeader = ["XK_XDR_MC", "XK_XDR_LB", "XK_XDR_SHXYM", "XK_FRDB", "XK_FR_ZJLX", "XK_FR_ZJHM", "XK_XDR_ZJLX", "XK_XDR_ZJHM",
                                  "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS", "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI",
                                  "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW", "XK_LYDWDM", "BZ"]
    static let penaltyHeader = ["CF_XDR_MC", "CF_XDR_LB", "CF_XDR_SHXYM", "CF_FRDB", "CF_FR_ZJLX", "CF_FR_ZJHM", "CF_XDR_ZJLX", "CF_XDR_ZJHM",
                                "CF_WSH", "CF_WFXW", "CF_SY", "CF_YJ", "CF_CFLB", "CF_NR", "CF_NR_FK", "CF_JDRQ", "CF_CFJG", "CF_CFJGDM",
                                "CF_SJLY", "CF_SJLYDM", "CF_SXYZCD", "BZ"]
    static let listHeader = ["MD_LB", "MD_MC", "MD_XDR_MC", "MD_XDR_LB", "MD_XDR_SHXYM", "MD_XDR_ZJLX", "MD_XDR_ZJHM", "MD_FRDB", "MD_RDBM",
                             "MD_RDWH", "MD_RDYJ", "MD_RDSY", "MD_RDRQ", "MD_YXQZ", "MD_YCRQ", "BZ"]

    var siteYAML: String {
        """
        name: 信用样例市
        region_code: "420500"
        base_url: https://credit.sample.example/
        office: 样例市社会信用体系建设领导小组办公室
        page_size: 50
        contact:
          department: 样例市发展和改革委员会信用科
          phone: 0717-6000000
          address: 样例市西陵区示范路1号
          email: credit@sample.example
          hours: 工作日 8:30-12:00，14:30-17:30
        \(SiteConfig.Policy.defaultsYAML())
        """
    }

    func writeNotices(to dir: String) throws -> Int {
        let notices = [
            ("sample-repair", "关于做好信用修复工作的通知", "通知公告", "信用修复申请可通过信用网站或窗口提交。\n\n| 事项 | 时限 |\n| --- | --- |\n| 受理 | 3个工作日 |\n| 办结 | 5个工作日 |\n"),
            ("sample-policy", "样例市公共信用信息管理办法", "政策法规", "第一条 为规范公共信用信息管理，制定本办法。\n\n第二条 本办法适用于本市行政区域内公共信用信息的归集、公开和使用。\n"),
            ("sample-news", "我市“双公示”数据质量持续提升", "信用动态", "今年以来，全市各部门按照“应归尽归”要求报送行政许可、行政处罚信息。\n"),
        ]
        for (slug, title, category, body) in notices {
            let text = "---\ntitle: \(title)\ndate: \(referenceDay.adding(days: -30).iso)\ncategory: \(category)\nissuer: 样例市社会信用体系建设领导小组办公室\n---\n\(body)"
            try text.write(toFile: "\(dir)/\(slug).md", atomically: true, encoding: .utf8)
        }
        return notices.count
    }
}

/// Streams CSV rows into numbered files of at most `SampleGenerator.rowsPerFile` rows.
struct CSVSink {
    let dir: String
    let header: [String]
    var buffer = ""
    var rowsInFile = 0
    var fileNumber = 0
    var filesWritten = 0

    init(dir: String, header: [String]) {
        self.dir = dir
        self.header = header
    }

    mutating func add(_ fields: [String]) throws {
        if rowsInFile == 0 { buffer = header.joined(separator: ",") + "\n" }
        buffer += fields.map(Self.escape).joined(separator: ",") + "\n"
        rowsInFile += 1
        if rowsInFile == SampleGenerator.rowsPerFile { try flush() }
    }

    mutating func flush() throws {
        guard rowsInFile > 0 else { return }
        fileNumber += 1
        let name = String(format: "%@/sample-%04d.csv", dir, fileNumber)
        try FileTreeWriter.replaceFile(at: name, with: Array(buffer.utf8))
        filesWritten += 1
        buffer = ""
        rowsInFile = 0
    }

    mutating func finish() throws -> Int {
        try flush()
        return filesWritten
    }

    static func escape(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
