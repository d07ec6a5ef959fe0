import Foundation

/// The timeliness report as CSV for Excel: UTF-8 with a byte-order mark (without it, Excel on Chinese
/// Windows reads UTF-8 as GBK), CRLF line ends, RFC 4180 quoting. Two tables one after the other,
/// each with its header: the departments, then every late decision.
public enum ReportCSV {
    public static func render(_ r: TimelinessReport) -> [UInt8] {
        var rows: [[String]] = [
            ["报告", "\(r.siteName)“双公示”信息上网公开时效统计", "统计期间", "\(r.from.iso) 至 \(r.to.iso)", "时限（工作日）", "\(r.deadline)"],
            [],
            ["数据来源单位", "报送", "有效", "拒收", "拒收原因", "超期", "按时率"],
        ]
        for d in r.departments {
            rows.append([d.name, "\(d.received)", "\(d.accepted)", "\(d.rejectedCount)",
                         d.reasons.map { "\($0.reason) \($0.count)" }.joined(separator: "；"), "\(d.late.count)",
                         ReportTable.percent(d.onTimeRate)])
        }
        rows.append(["合计", "\(r.totalAccepted + r.totalRejected)", "\(r.totalAccepted)", "\(r.totalRejected)", "",
                     "\(r.totalLate)", ReportTable.percent(r.onTimeRate)])
        rows.append([])
        rows.append(["数据来源单位", "文书号", "类别", "决定机关", "决定日期", "上网日期", "上网日期依据", "应上网截止", "超期工作日", "来源文件"])
        for d in r.departments {
            for l in d.late {
                rows.append([d.name, l.documentNumber, l.kind.rawValue, l.authority, l.decided.iso, l.uploaded.iso,
                             l.source.rawValue, l.due.iso, "\(l.workingDaysLate)", l.location.description])
            }
        }
        let text = rows.map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
        return [0xEF, 0xBB, 0xBF] + Array(text.utf8)
    }

    /// One cell: quoted when it holds a comma, quote or line end; a leading = + - @ is defused with an
    /// apostrophe, so a value from content never runs as a spreadsheet formula.
    static func field(_ value: String) -> String {
        var v = value
        if let first = v.first, "=+-@".contains(first), Double(v) == nil { v = "'" + v }
        guard v.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return v }
        return "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
