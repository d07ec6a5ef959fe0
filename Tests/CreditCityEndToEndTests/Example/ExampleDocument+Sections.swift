import Foundation
@testable import CreditCityKit

extension ExampleDocument {
    static func records(_ outcomes: [(file: ExampleFile, outcomes: [ExampleExpectations.Outcome])], _ d: ContentDecisions,
                        _ out: inout [String]) {
        out.append("## Rules exercised\n")
        out.append("""
            Outcome is `shown` or the hidden reason (not-yet, expired, minor-severity, repaired, objection, revoked, \
            unapproved, internal-use, minor-person, status); `replaced` is the earlier row of the one duplicate key. \
            `line` is the physical start line for CSV (header = 1), the 1-based position in a JSON array, the line in \
            JSON Lines, the row of a sheet. Rows without a note are ordinary records or further members of a batch \
            described just above (one 认定文号 for several subjects); their outcome is still given.\n
            """)
        let masker = Masker(policy: d.policy)
        for (kind, title, folder) in [(RecordKind.penalty, "行政处罚", "penalties"), (.licensing, "行政许可", "licensing"),
                                      (.listEntry, "红黑名单", "lists")] {
            out.append("### \(title) (\(folder))\n")
            out.append("| file:line | 文书号 | subject | outcome | what it exercises |")
            out.append("| --- | --- | --- | --- | --- |")
            for (file, list) in outcomes where file.kind == kind {
                for o in list {
                    var detail: [String] = []
                    if let severity = o.decided?.decision.severity { detail.append(severity.rawValue) }
                    if o.outcome == "shown", let last = o.decided?.decision.window?.last { detail.append("until \(last.iso)") }
                    let outcome = "**\(o.outcome)**" + (detail.isEmpty ? "" : " (\(detail.joined(separator: ", ")))")
                    let where_ = String(o.location.dropFirst(folder.count + 1))
                    out.append("| `\(where_)` | \(o.row.number) | \(label(o.row.subject, masker)) | \(outcome) | \(o.row.note) |")
                }
            }
            out.append("")
        }
    }

    /// The subject as the site shows it: a natural person's name masked.
    static func label(_ subject: ExampleSubject?, _ masker: Masker) -> String {
        guard let subject else { return "" }
        return subject.kind == .person ? masker.personName(subject.name) + "（自然人）" : subject.name
    }

    static func events(_ out: inout [String]) throws {
        out.append("### Events\n")
        out.append("| file:line | 记录类型 | 文书号 | 机关 / 主体 given | 事件 | date | note |")
        out.append("| --- | --- | --- | --- | --- | --- | --- |")
        for file in ExampleFile.allCases where file.kind == nil {
            for (row, location) in zip(file.rows, try ExampleFileWriter.write(file).locations) {
                func text(_ code: String) -> String {
                    switch row.fields[code] {
                    case .text(let t), .day(let t): t
                    case nil: ""
                    }
                }
                let given = ["SJ_JG", "SJ_XDR"].filter { row.fields[$0] != nil }.joined(separator: ", ")
                let late = text("SJ_RQ") > ExampleCity.referenceDay.iso ? "after the reference day: no effect yet" : ""
                out.append("| `\(location.description.dropFirst("events/".count))` | \(text("SJ_JLLX")) | \(text("SJ_WSH")) | "
                    + "\(given.isEmpty ? "—" : given) | \(text("SJ_LX")) | \(text("SJ_RQ")) | \(late) |")
            }
        }
        out.append("")
        out.append("""
            Every event type occurs, and every record kind is the target of events: 异议, 异议办结 and 撤销 on all four \
            kinds; 信用修复 on 行政处罚 and 黑名单 only, the two kinds where the spec gives it a meaning. Every event matches \
            exactly one record (an event that matched none or several would be reported). Penalty and licensing events \
            carry `SJ_JG` (credit code or name; one penalty event omits it because its 文书号 is unique); \
            `许可〔2025〕第018号` is used by two authorities, so its event needs `SJ_JG`. List events carry `SJ_XDR` (credit \
            code, or the name for natural persons and one organisation) because several entries share one 认定文号.\n
            """)
    }

    static func report(_ d: ContentDecisions, _ out: inout [String]) {
        let r = d.report
        out.append("## The timeliness report\n")
        out.append("""
            The 2026 licensing and penalty files of the platform carry `SJC` 数据更新时间, each in its own form \
            (`2026/01/20 10:32:15` in the GB18030 file, `20260415093000` in the JSON Lines, `2026-10-29 10:15:00` in the \
            CSV with BOM, `2026-03-05T09:30:00+08:00` in the JSON array; the 2016-template file its 数据更新时间戳 where a \
            row has one): most decisions went online 1–7 working days after the decision, but the 交通运输局, the \
            城市管理执法委员会, the 应急管理局 and the 卫生健康委员会 are often late. The departments' workbook \
            (`2026-q4-departments.xlsx`) has no SJC, nor have the archives (`2018-2025.csv`, `2023-2025.csv`): the report \
            then uses the day a build first saw each record, here the reference day (`首次构建`). A re-sent correction \
            carries the SJC of its correction (the later row wins).\n
            """)
        out.append("""
            `creditcity report --as-of 2026-11-22` (the year to date: decisions of 2026-01-01 to 2026-11-22) finds \
            \(r.totalAccepted) decisions of \(r.departments.count) departments, \(r.totalLate) of them online more than \
            \(r.deadline) working days after the decision (docs/report.md says how working days are counted):\n
            """)
        let departments = r.departments.sorted { $0.name < $1.name }
        out.append("| 数据来源单位 | decisions | late |")
        out.append("| --- | ---: | ---: |")
        for dept in departments { out.append("| \(dept.name) | \(dept.accepted) | \(dept.late.count) |") }
        out.append("")
        out.append("| 数据来源单位 | 文书号 | 决定日期 | 上网日期 | 应上网截止 | 超期工作日 |")
        out.append("| --- | --- | --- | --- | --- | ---: |")
        for dept in departments {
            for late in dept.late {
                out.append("| \(dept.name) | \(late.documentNumber) | \(late.decided.iso) | \(late.uploaded.iso) | \(late.due.iso) | \(late.workingDaysLate) |")
            }
        }
        out.append("")
    }

    static func privacy(_ out: inout [String]) {
        out.append("## Privacy material\n")
        out.append("""
            - Every organisation row carries `*_FRDB`, `*_FR_ZJLX` = 身份证 and a valid `*_FR_ZJHM`: the two \
            法定代表人证件 fields must never reach Output/.
            """)
        out.append("""
            - Natural persons (自然人) carry full, valid 公民身份号码 in `*_XDR_ZJHM`; they must appear masked \
            (`4205**********123X` style) with masked names (`张*`, `欧阳明辉` → `欧***`).
            """)
        out.append("""
            - Free text with personal data to be masked: 违法事实 with `13812345678` (示市监处罚〔2025〕40号), with a full \
            ID number (示交执罚〔2026〕52号) and with `+86 139 1234 5678` (示文旅罚〔2026〕17号); 备注 with `138-1234-5678` \
            (示交执罚〔2026〕52号) and with an ID number and `+86 139 1234 5678` (示农许〔2026〕44号); 许可内容 with \
            `13812345678` (示城管许〔2025〕19号, expired, so only relevant if shown).
            """)
        out.append("- The minor (born 2010-03-08) appears only in 示公行罚决字〔2026〕6号 and must not appear anywhere in Output/.")
        out.append("- The contact phone in `site.yaml` is the landline `0717-6220000`, which is not a mobile number.")
        out.append("")
    }
}
