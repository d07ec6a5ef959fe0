import Foundation

/// The timeliness report for a terminal: a summary table per department, then each department's
/// rejections and late decisions. Columns are aligned by display width, so Chinese names line up.
public enum ReportTable {
    public static func render(_ r: TimelinessReport) -> String {
        var out: [String] = []
        out.append("\(r.siteName) “双公示”信息上网公开时效统计（\(r.from.iso) 至 \(r.to.iso)，决定作出后 \(r.deadline) 个工作日内上网）")
        out.append("")
        var rows = [["数据来源单位", "报送", "有效", "拒收", "超期", "按时率"]]
        for d in r.departments {
            rows.append([d.name, "\(d.received)", "\(d.accepted)", "\(d.rejectedCount)", "\(d.late.count)", percent(d.onTimeRate)])
        }
        rows.append(["合计", "\(r.totalAccepted + r.totalRejected)", "\(r.totalAccepted)", "\(r.totalRejected)", "\(r.totalLate)", percent(r.onTimeRate)])
        out += table(rows, numeric: [false, true, true, true, true, true])
        for d in r.departments where !d.late.isEmpty || d.rejectedCount > 0 {
            out.append("")
            out.append("\(d.name)：超期 \(d.late.count) 件，拒收 \(d.rejectedCount) 条")
            if d.rejectedCount > 0 {
                out.append("  拒收原因：" + d.reasons.map { "\($0.reason) \($0.count)" }.joined(separator: "；"))
            }
            if !d.late.isEmpty {
                var late = [["文书号", "类别", "决定日期", "上网日期", "应上网截止", "超期工作日", "上网日期依据"]]
                for l in d.late {
                    late.append([l.documentNumber, l.kind.rawValue, l.decided.iso, l.uploaded.iso, l.due.iso, "\(l.workingDaysLate)", l.source.rawValue])
                }
                out += table(late, numeric: [false, false, false, false, false, true, false]).map { "  " + $0 }
            }
        }
        if !r.unattributed.isEmpty {
            out.append("")
            out.append("无法归属到单位的拒收（整份文件或无法读取的行）：")
            out += r.unattributed.map { "  \($0.description)" }
        }
        if r.unreadableUploadTimes > 0 {
            out.append("")
            out.append("注：\(r.unreadableUploadTimes) 条记录的数据更新时间（SJC）无法识别，按首次构建日计。")
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func table(_ rows: [[String]], numeric: [Bool]) -> [String] {
        let widths = (0..<(rows.first?.count ?? 0)).map { c in rows.map { DisplayWidth.of($0[c]) }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { c, cell in DisplayWidth.pad(cell, to: widths[c], right: numeric[c]) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
    }

    static func percent(_ rate: Double?) -> String {
        guard let rate else { return "—" }
        let tenths = Int((rate * 1000).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
