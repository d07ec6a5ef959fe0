/// The timeliness report as a page the office can send upstairs (通报): title, period, overall figures
/// in a paragraph and a table, one section per department with its rejections and late decisions, and
/// how the days were counted. One self-contained file (styles inline, nothing from other hosts) that
/// prints on A4. It goes to `<state>/reports/`, never into Output/.
public enum ReportHTML {
    public static func render(_ r: TimelinessReport) -> String {
        var h = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="robots" content="noindex">
            <title>\(e(r.siteName))“双公示”信息上网公开时效情况通报（\(r.from.iso) 至 \(r.to.iso)）</title>
            <style>\(css)</style>
            </head>
            <body>
            <header>
            <p class="issuer">\(e(r.office))</p>
            <h1>关于“双公示”信息上网公开时效情况的通报</h1>
            <p class="period">统计期间：\(cn(r.from))至\(cn(r.to))</p>
            </header>
            <main>
            <section>
            <h2>一、总体情况</h2>
            <p>\(e(summary(r)))</p>

            """
        if let worst = worstDepartments(r) { h += "<p>\(e(worst))</p>\n" }
        h += "<table>\n<thead><tr><th>序号</th><th>数据来源单位</th><th>报送</th><th>有效</th><th>拒收</th><th>超期</th><th>按时率</th></tr></thead>\n<tbody>\n"
        for (i, d) in r.departments.enumerated() {
            h += "<tr><td class=\"n\">\(i + 1)</td><td>\(e(d.name))</td><td class=\"n\">\(d.received)</td><td class=\"n\">\(d.accepted)</td>"
                + "<td class=\"n\">\(d.rejectedCount)</td><td class=\"n\">\(d.late.count)</td><td class=\"n\">\(ReportTable.percent(d.onTimeRate))</td></tr>\n"
        }
        h += "</tbody>\n<tfoot><tr><td></td><td>合计</td><td class=\"n\">\(r.totalAccepted + r.totalRejected)</td><td class=\"n\">\(r.totalAccepted)</td>"
            + "<td class=\"n\">\(r.totalRejected)</td><td class=\"n\">\(r.totalLate)</td><td class=\"n\">\(ReportTable.percent(r.onTimeRate))</td></tr></tfoot>\n</table>\n</section>\n"

        h += "<section>\n<h2>二、各单位情况</h2>\n"
        for (i, d) in r.departments.enumerated() { h += department(d, number: i + 1) }
        if r.departments.isEmpty { h += "<p>统计期间没有“双公示”信息。</p>\n" }
        h += "</section>\n"
        if !r.unattributed.isEmpty {
            h += "<section>\n<h2>三、无法归属到单位的问题</h2>\n<p>以下整份文件或无法读取的行未能识别数据来源单位，请数据管理员核查：</p>\n<ul>\n"
            h += r.unattributed.map { "<li><code>\(e($0.description))</code></li>\n" }.joined()
            h += "</ul>\n</section>\n"
        }
        h += notes(r, heading: r.unattributed.isEmpty ? "三" : "四")
        h += "</main>\n<footer><p>\(e(r.office))　数据截至\(cn(r.asOf))</p></footer>\n</body>\n</html>\n"
        return h
    }

    static func summary(_ r: TimelinessReport) -> String {
        var s = "统计期间，\(r.departments.count) 个单位共报送“双公示”信息 \(r.totalAccepted + r.totalRejected) 条，"
            + "校验通过 \(r.totalAccepted) 条（行政许可 \(r.totalLicensing) 条、行政处罚 \(r.totalPenalties) 条），拒收 \(r.totalRejected) 条。"
        s += "按照“自作出行政决定之日起 \(r.deadline) 个工作日内上网公开”的要求，按时公开 \(r.totalAccepted - r.totalLate) 条，"
            + "超期公开 \(r.totalLate) 条，按时公开率 \(ReportTable.percent(r.onTimeRate))。"
        return s
    }

    static func worstDepartments(_ r: TimelinessReport) -> String? {
        let late = r.departments.filter { !$0.late.isEmpty }
        guard !late.isEmpty else { return nil }
        return "存在超期公开的单位：" + late.prefix(5).map { "\($0.name)（\($0.late.count) 件）" }.joined(separator: "、")
            + (late.count > 5 ? "等 \(late.count) 个单位" : "") + "。请相关单位对照附表逐项核查整改。"
    }

    static func department(_ d: TimelinessReport.Department, number: Int) -> String {
        var h = "<article>\n<h3>（\(chineseNumber(number))）\(e(d.name))</h3>\n"
        h += "<p>报送 \(d.received) 条，校验通过 \(d.accepted) 条（行政许可 \(d.licensing) 条、行政处罚 \(d.penalties) 条），"
            + "拒收 \(d.rejectedCount) 条，超期公开 \(d.late.count) 件，按时公开率 \(ReportTable.percent(d.onTimeRate))。</p>\n"
        if d.rejectedCount > 0 {
            h += "<table class=\"reasons\">\n<caption>拒收原因</caption>\n<thead><tr><th>原因</th><th>条数</th></tr></thead>\n<tbody>\n"
            h += d.reasons.map { "<tr><td>\(e($0.reason))</td><td class=\"n\">\($0.count)</td></tr>\n" }.joined()
            h += "</tbody>\n</table>\n"
        }
        if !d.late.isEmpty {
            h += "<table class=\"late\">\n<caption>超期公开的决定</caption>\n<thead><tr><th>序号</th><th>文书号</th><th>类别</th>"
                + "<th>决定日期</th><th>上网日期</th><th>应上网截止</th><th>超期（工作日）</th></tr></thead>\n<tbody>\n"
            for (i, l) in d.late.enumerated() {
                let mark = l.source == .firstSeen ? "<sup>*</sup>" : ""
                h += "<tr><td class=\"n\">\(i + 1)</td><td>\(e(l.documentNumber))</td><td>\(l.kind.rawValue)</td><td>\(l.decided.iso)</td>"
                    + "<td>\(l.uploaded.iso)\(mark)</td><td>\(l.due.iso)</td><td class=\"n\">\(l.workingDaysLate)</td></tr>\n"
            }
            h += "</tbody>\n</table>\n"
        }
        return h + "</article>\n"
    }

    static func notes(_ r: TimelinessReport, heading: String) -> String {
        var items = [
            "时限：自作出行政决定之日的次日起算，数满 \(r.deadline) 个工作日为应上网截止日；上网日期晚于截止日的为超期，超期天数为截止日之后至上网日（含）的工作日数。",
            "工作日：周一至周五，扣除国务院办公厅公布的法定节假日，计入调休上班日；2025、2026 年日历内置，其他年份以站点配置为准。",
            "上网日期：取记录的数据更新时间（SJC）；未提供的，取本系统首次构建读到该记录的日期（表中标 * 者）。",
            "报送条数含校验通过的决定和被拒收的行；同一决定重复报送的，按最后一次计一条。",
        ]
        if r.unreadableUploadTimes > 0 { items.append("\(r.unreadableUploadTimes) 条记录的数据更新时间无法识别，按首次构建日计。") }
        return "<section class=\"notes\">\n<h2>\(heading)、说明</h2>\n<ol>\n" + items.map { "<li>\(e($0))</li>\n" }.joined() + "</ol>\n</section>\n"
    }

    static let css = """
        body{font-family:"FangSong","STFangsong","Noto Serif CJK SC","Source Han Serif SC",serif;color:#111;max-width:960px;\
        margin:2em auto;padding:0 1.5em;line-height:1.7;font-size:16px}\
        header{text-align:center;border-bottom:2px solid #b00;margin-bottom:1.5em;padding-bottom:.5em}\
        .issuer{color:#b00;font-size:1.4em;letter-spacing:.2em;margin:0}h1{font-size:1.6em;margin:.4em 0}\
        .period{margin:0}h2{font-size:1.2em;margin-top:1.6em}h3{font-size:1.05em;margin:1.2em 0 .4em}\
        table{border-collapse:collapse;width:100%;margin:.6em 0 1em;font-size:.92em}\
        th,td{border:1px solid #888;padding:.25em .5em;text-align:left;vertical-align:top}th{background:#eee}\
        td.n{text-align:right;font-variant-numeric:tabular-nums}caption{text-align:left;font-weight:bold;padding:.2em 0}\
        tfoot td{font-weight:bold}.notes{font-size:.9em}footer{margin-top:2em;text-align:right;color:#444}\
        @page{size:A4;margin:18mm 16mm}\
        @media print{body{margin:0;max-width:none;padding:0;font-size:12pt}thead{display:table-header-group}\
        tr,h3{break-inside:avoid}h2,h3{break-after:avoid}th{background:none}}
        """

    /// 1 → 一, 12 → 十二, 35 → 三十五 (section numbers of an official document).
    static func chineseNumber(_ n: Int) -> String {
        let digits = Array("零一二三四五六七八九")
        guard n > 0, n < 100 else { return String(n) }
        if n < 10 { return String(digits[n]) }
        return (n / 10 == 1 ? "" : String(digits[n / 10])) + "十" + (n % 10 == 0 ? "" : String(digits[n % 10]))
    }

    static func cn(_ d: CivilDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    static func e(_ s: String) -> String { MarkupEscaping.escaped(s) }
}
