import Foundation

/// Makes the timeliness report from Content/ and the state folder: runs the build's content stage
/// (the same validation, nothing rendered), notes first-seen days as a build does, and counts per
/// department.
public struct TimelinessReportBuilder: Sendable {
    public var contentDir = "Content"
    public var stateDir = ".creditcity"
    public var asOf: CivilDate
    /// nil: 1 January of `to`'s year (the year to date).
    public var from: CivilDate?
    /// nil: the as-of day.
    public var to: CivilDate?
    public var deadline = 7
    public var onProgress: @Sendable (BuildProgress) -> Void = { _ in }

    public init(asOf: CivilDate) { self.asOf = asOf }

    /// Who sent a row: 数据来源单位, else the deciding authority.
    static let departmentFields: [RecordKind: [String]] = [.licensing: ["XK_LYDW", "XK_XKJG"], .penalty: ["CF_SJLY", "CF_CFJG"]]
    static let decisionField: [RecordKind: String] = [.licensing: "XK_JDRQ", .penalty: "CF_JDRQ"]
    static let unnamed = "（未填写数据来源单位）"

    /// Throws when the input cannot be read (site.yaml, a content folder, the state database).
    public func run() throws -> TimelinessReport {
        let content = contentDir
        let config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: (content as NSString).appendingPathComponent("site.yaml"))
        let calendar = WorkingDayCalendar.official.adding(config.holidays)
        let to = self.to ?? asOf
        let from = self.from ?? CivilDate(year: to.year, month: 1, day: 1) ?? to
        // No database: every file is read (the rejected rows are needed) and the records are kept whole.
        var stage = ContentStage(contentDir: content, asOf: asOf, policy: config.policy, database: nil, limits: config.limits,
                                 progress: onProgress, authorities: config.authorities, columns: config.columns)
        var rejectedRows: [(RawRow, RecordKind)] = []
        stage.onRejectedRow = { row, kind in if kind != .listEntry { rejectedRows.append((row, kind)) } }
        stage.keepRecords = true
        let loaded = try stage.run()

        onProgress(BuildProgress("noting first-seen days", unit: "records"))
        let database = try StateDatabase(stateDir: stateDir)
        try database.noteSeen(loaded.records, on: asOf)
        let decisions = loaded.records.filter { r in
            guard StateDatabase.isLedgered(r), let field = Self.decisionField[r.kind], let day = r.date(field) else { return false }
            return day >= from && day <= to
        }
        let sjc = decisions.map { $0["SJC"] }
        let needLedger = zip(decisions, sjc).compactMap { r, s in s.flatMap(UploadTime.day) == nil ? RecordKeyHash(r) : nil }
        let firstSeen = try database.firstSeen(needLedger)

        onProgress(BuildProgress("counting late decisions", total: decisions.count, unit: "records"))
        var departments: [String: TimelinessReport.Department] = [:]
        var unreadable = 0
        for (record, sjcText) in zip(decisions, sjc) {
            let name = Self.department(record)
            var dept = departments[name] ?? .init(name: name)
            if record.kind == .licensing { dept.licensing += 1 } else { dept.penalties += 1 }
            let decided = record.date(Self.decisionField[record.kind] ?? "") ?? asOf
            var uploaded: CivilDate, source = TimelinessReport.LateDecision.Source.sjc
            if let text = sjcText, let day = UploadTime.day(text) {
                uploaded = day
            } else {
                if sjcText != nil { unreadable += 1 }
                uploaded = firstSeen[RecordKeyHash(record)] ?? asOf
                source = .firstSeen
            }
            let due = calendar.workingDay(deadline, after: decided)
            if uploaded > due {
                let isLicence = record.kind == .licensing
                dept.late.append(.init(kind: isLicence ? .licensing : .penalty,
                                       documentNumber: record[isLicence ? "XK_WSH" : "CF_WSH"] ?? "",
                                       authority: record[isLicence ? "XK_XKJG" : "CF_CFJG"] ?? "",
                                       decided: decided, uploaded: uploaded, source: source, due: due,
                                       workingDaysLate: calendar.workingDays(after: due, through: uploaded), location: record.location))
            }
            departments[name] = dept
        }

        var firstProblem: [SourceLocation: Diagnostic] = [:]
        for d in loaded.diagnostics where d.severity == .error {
            let at = SourceLocation(file: d.file, line: d.line ?? -1)
            if firstProblem[at] == nil { firstProblem[at] = d }
        }
        var attributed = Set<SourceLocation>()
        for (row, kind) in rejectedRows {
            attributed.insert(row.location)
            if let field = Self.decisionField[kind], let raw = Self.raw(row, field, kind),
               case .success(.day(let day)) = DateParsing.parse(raw), day < from || day > to { continue }
            let name = Self.rawDepartment(row, kind)
            let reason = firstProblem[row.location].map { RejectionReason.of($0, kind: kind) } ?? "整行有误"
            departments[name, default: .init(name: name)].rejected[reason, default: 0] += 1
        }
        let dataFolders = [RecordKind.licensing, .penalty].map { (content as NSString).appendingPathComponent($0.folder.name) + "/" }
        let unattributed = loaded.diagnostics.filter { d in
            d.severity == .error && dataFolders.contains { d.file.hasPrefix($0) }
                && !attributed.contains(SourceLocation(file: d.file, line: d.line ?? -1))
        }

        let sorted = departments.values.map { d -> TimelinessReport.Department in
            var d = d
            d.late.sort { ($1.workingDaysLate, $0.decided, $0.documentNumber) < ($0.workingDaysLate, $1.decided, $1.documentNumber) }
            return d
        }.sorted { ($1.late.count, $1.rejectedCount, $0.name) < ($0.late.count, $0.rejectedCount, $1.name) }
        return TimelinessReport(siteName: config.name, office: config.office, from: from, to: to, asOf: asOf, deadline: deadline,
                                departments: sorted, unattributed: unattributed, unreadableUploadTimes: unreadable)
    }

    static func department(_ r: Record) -> String {
        (departmentFields[r.kind] ?? []).lazy.compactMap { r[$0] }.first ?? unnamed
    }

    static func raw(_ row: RawRow, _ code: String, _ kind: RecordKind) -> String? {
        guard let i = kind.catalog.position(of: code), i < row.values.count,
              let v = row.values[i]?.trimmingWhitespace(), !v.isEmpty else { return nil }
        return v
    }

    static func rawDepartment(_ row: RawRow, _ kind: RecordKind) -> String {
        (departmentFields[kind] ?? []).lazy.compactMap { raw(row, $0, kind) }.first ?? unnamed
    }
}
