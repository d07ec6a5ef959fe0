import CreditCityTestSupport
import Foundation
@testable import CreditCityKit

/// A small site's content held as data, so a test can edit it at random and write it out: rows of the
/// three record kinds in named files, events, notices, site.yaml settings and a template tweak.
///
/// Files whose bytes did not change are not written again (the content cache sees them untouched).
struct SiteModel {
    struct Row {
        var file: String
        var fields: [String: String]
    }

    var penalties: [Row] = []
    var licensing: [Row] = []
    var lists: [Row] = []
    var events: [[String: String]] = []
    var notices: [String: (title: String, date: String, body: String, draft: Bool)] = [:]
    var siteName = "信用测试市"
    var pageSize = 2
    /// Text appended to a template, by template path (changes the pages it renders).
    var templateTweaks: [String: String] = [:]
    var asOf = TestSupport.day("2026-11-22")
    var serial = 0

    static let names = ["测试市恒通建材有限公司", "测试市绿源环保科技有限公司", "测试市华信物流有限公司", "测试市金鼎餐饮管理有限公司",
                        "测试市长江建筑工程有限公司"]
    static let categories = ["警告", "罚款", "罚款；没收违法所得", "吊销许可证件", "通报批评", "责令停产停业"]
    static let listNames = ["失信被执行人", "A级纳税人", "严重违法失信名单"]

    /// A valid 统一社会信用代码 for subject number `n`.
    static func code(_ n: Int) -> String {
        let first17 = "91420500MA4K" + String(format: "%05d", n)
        return first17 + String(CreditCode.checkCharacter(for: first17) ?? "0")
    }

    /// The starting site: a few rows of each kind, one notice.
    static func initial(_ rng: inout SeededGenerator) -> SiteModel {
        var m = SiteModel()
        for _ in 0..<4 { m.addPenalty(&rng) }
        for _ in 0..<3 { m.addLicence(&rng) }
        for _ in 0..<3 { m.addListEntry(&rng) }
        m.notices["guide"] = ("关于开展信用修复工作的通知", "2026-10-08", "各有关单位：请按时办理。", false)
        return m
    }

    func day(_ offset: Int) -> String { asOf.adding(days: offset).iso }

    mutating func next() -> Int {
        serial += 1
        return serial
    }

    mutating func subjectFields(_ prefix: String, _ rng: inout SeededGenerator) -> [String: String] {
        let n = Int.random(in: 0..<8, using: &rng)
        if n == 7 {
            let birth = TestSupport.day("1975-01-01").adding(days: Int.random(in: 0..<9000, using: &rng))
            return [prefix + "XDR_MC": "王小\(n)", prefix + "XDR_LB": "自然人", prefix + "XDR_ZJLX": "身份证",
                    prefix + "XDR_ZJHM": TestSupport.idNumber(birth: birth, sequence: "00\(n)")]
        }
        return [prefix + "XDR_MC": Self.names[n % Self.names.count] + (n >= 5 ? "分公司" : ""), prefix + "XDR_LB": "法人及非法人组织",
                prefix + "XDR_SHXYM": Self.code(n % 6)]
    }

    mutating func addPenalty(_ rng: inout SeededGenerator) {
        let n = next()
        var f = subjectFields("CF_", &rng)
        f.merge(["CF_WSH": "测市监罚〔2026〕\(n)号", "CF_WFXW": "违反产品质量法", "CF_SY": "销售不合格建材第\(n)批",
                 "CF_YJ": "《产品质量法》第四十九条", "CF_CFLB": Self.categories.randomElement(using: &rng) ?? "罚款",
                 "CF_NR": "罚款\(n)万元", "CF_NR_FK": String(Int.random(in: 0...20, using: &rng)),
                 "CF_JDRQ": day(-Int.random(in: 0...500, using: &rng)),
                 "CF_CFJG": "测试市市场监督管理局", "CF_CFJGDM": "11420500MB00000011",
                 "CF_SJLY": "测试市市场监督管理局", "CF_SJLYDM": "11420500MB00000011"]) { a, _ in a }
        penalties.append(Row(file: ["2026.csv", "2025.csv"].randomElement(using: &rng) ?? "2026.csv", fields: f))
    }

    mutating func addLicence(_ rng: inout SeededGenerator) {
        let n = next()
        var f = subjectFields("XK_", &rng)
        let decided = asOf.adding(days: -Int.random(in: 0...900, using: &rng))
        f.merge(["XK_XKWS": "食品经营许可决定书", "XK_WSH": "测市监许〔2026〕\(n)号", "XK_XKLB": "普通", "XK_XKZS": "食品经营许可证",
                 "XK_XKBH": "JY\(n)", "XK_NR": "预包装食品销售", "XK_JDRQ": decided.iso, "XK_YXQZ": decided.iso,
                 "XK_YXQZI": decided.adding(days: Int.random(in: 30...1500, using: &rng)).iso,
                 "XK_XKJG": "测试市市场监督管理局", "XK_XKJGDM": "11420500MB00000011", "XK_ZT": "有效",
                 "XK_LYDW": "测试市市场监督管理局", "XK_LYDWDM": "11420500MB00000011"]) { a, _ in a }
        licensing.append(Row(file: "2026.csv", fields: f))
    }

    mutating func addListEntry(_ rng: inout SeededGenerator) {
        let n = next()
        var f = subjectFields("MD_", &rng)
        let red = Bool.random(using: &rng)
        let listed = asOf.adding(days: -Int.random(in: -3...900, using: &rng))
        f.merge(["MD_LB": red ? "红名单" : "黑名单", "MD_MC": Self.listNames.randomElement(using: &rng) ?? "失信被执行人",
                 "MD_RDBM": "测试市中级人民法院", "MD_RDWH": "（2026）测执\(n)号", "MD_RDRQ": listed.iso,
                 "MD_YXQZ": red ? listed.adding(days: Int.random(in: 10...800, using: &rng)).iso : "长期"]) { a, _ in a }
        lists.append(Row(file: "2026.csv", fields: f))
    }

    /// One random edit; returns what it did, for failure messages.
    mutating func edit(_ rng: inout SeededGenerator) -> String {
        switch Int.random(in: 0..<14, using: &rng) {
        case 0, 1: addPenalty(&rng); return "add a penalty"
        case 2: addLicence(&rng); return "add a licence"
        case 3: addListEntry(&rng); return "add a list entry"
        case 4:
            guard !penalties.isEmpty else { return "nothing" }
            let i = Int.random(in: 0..<penalties.count, using: &rng)
            penalties[i].fields["CF_NR"] = "罚款改为\(next())万元"
            return "change a penalty's CF_NR"
        case 5:
            guard !penalties.isEmpty else { return "nothing" }
            let i = Int.random(in: 0..<penalties.count, using: &rng)
            penalties[i].fields["CF_JDRQ"] = day(-Int.random(in: -2...700, using: &rng))
            return "move a penalty's decision day"
        case 6:
            guard !lists.isEmpty else { return "nothing" }
            lists.remove(at: Int.random(in: 0..<lists.count, using: &rng))
            return "delete a list entry"
        case 7:
            guard !penalties.isEmpty else { return "nothing" }
            let i = Int.random(in: 0..<penalties.count, using: &rng)
            penalties[i].fields["CF_XDR_MC"] = Self.names.randomElement(using: &rng)
            return "rename a penalty's subject"
        case 8:
            let all = penalties.map { ("行政处罚", $0.fields["CF_WSH"] ?? "") } + licensing.map { ("行政许可", $0.fields["XK_WSH"] ?? "") }
            guard let (type, number) = all.randomElement(using: &rng) else { return "nothing" }
            let kind = ["撤销", "信用修复", "异议"].randomElement(using: &rng) ?? "撤销"
            events.append(["SJ_JLLX": type, "SJ_WSH": number, "SJ_LX": kind, "SJ_RQ": day(-Int.random(in: 0...200, using: &rng))])
            return "add an event (\(kind))"
        case 9:
            let template = ["partials/footer.mustache", "record.mustache", "home.mustache", "record-list.mustache"]
                .randomElement(using: &rng) ?? "record.mustache"
            templateTweaks[template] = "<!-- edit \(next()) -->\n"
            return "change \(template)"
        case 10:
            if Bool.random(using: &rng) {
                siteName = "信用测试市\(next())"
                return "rename the site"
            }
            pageSize = pageSize == 2 ? 3 : 2
            return "page_size \(pageSize)"
        case 11, 12:
            asOf = asOf.adding(days: Int.random(in: 1...40, using: &rng))
            return "move the day to \(asOf.iso)"
        default:
            let slug = ["guide", "news"].randomElement(using: &rng) ?? "guide"
            if notices[slug] == nil || Bool.random(using: &rng) {
                notices[slug] = ("通知\(next())", day(-Int.random(in: 0...30, using: &rng)), "正文\(next())。", Bool.random(using: &rng))
            } else {
                notices[slug] = nil
            }
            return "edit notice \(slug)"
        }
    }

    // MARK: Writing

    static let penaltyCodes = FieldCatalog.penalties.fields.map(\.code)
    static let licensingCodes = FieldCatalog.licensing.fields.map(\.code)
    static let listCodes = FieldCatalog.lists.fields.map(\.code)
    static let eventCodes = FieldCatalog.events.fields.map(\.code)

    static func csv(_ codes: [String], _ rows: [[String: String]]) -> String {
        ([codes.joined(separator: ",")] + rows.map { row in codes.map { row[$0] ?? "" }.joined(separator: ",") }).joined(separator: "\n") + "\n"
    }

    /// Writes the content folder and the templates (a copy of the repository's with the tweaks).
    func write(content: String, templates: String) throws {
        var files: [String: String] = [:]
        files["site.yaml"] = "name: \(siteName)\nregion_code: \"420500\"\nbase_url: https://credit.test.example/\n"
            + "office: 测试市社会信用体系建设领导小组办公室\npage_size: \(pageSize)\n"
        for (folder, rows, codes) in [("penalties", penalties, Self.penaltyCodes), ("licensing", licensing, Self.licensingCodes),
                                      ("lists", lists, Self.listCodes)] {
            for name in Set(rows.map(\.file)) {
                files["\(folder)/\(name)"] = Self.csv(codes, rows.filter { $0.file == name }.map(\.fields))
            }
        }
        if !events.isEmpty { files["events/2026.csv"] = Self.csv(Self.eventCodes, events) }
        for (slug, n) in notices {
            files["notices/\(slug).md"] = "---\ntitle: \(n.title)\ndate: \(n.date)\ndraft: \(n.draft)\n---\n\(n.body)\n"
        }
        try sync(files, into: content)
        var templateFiles: [String: String] = [:]
        for path in FileTree.regularFiles(under: TestSupport.templatesDir) {
            let text = try String(contentsOfFile: TestSupport.templatesDir + "/" + path, encoding: .utf8)
            templateFiles[path] = text + (templateTweaks[path] ?? "")
        }
        try sync(templateFiles, into: templates)
    }

    /// Makes `root` hold exactly `files`, writing only those whose bytes differ.
    func sync(_ files: [String: String], into root: String) throws {
        let fm = FileManager.default
        for path in FileTree.regularFiles(under: root) where files[path] == nil { try fm.removeItem(atPath: root + "/" + path) }
        for (path, text) in files {
            let full = root + "/" + path
            if fm.contents(atPath: full) == Data(text.utf8) { continue }
            try fm.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
    }
}
