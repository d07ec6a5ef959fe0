/// The office's timeliness report (SPEC section 8, 督办考核): for each 数据来源单位, the 双公示 rows it
/// sent in the period, the rows rejected and why, and the decisions that reached the platform more than
/// `deadline` working days after the decision day. docs/report.md defines the counting.
public struct TimelinessReport: Sendable, Equatable {
    public var siteName: String
    public var office: String
    /// Decisions dated `from` through `to` are counted.
    public var from: CivilDate
    public var to: CivilDate
    /// The day the report is made for (`--as-of`): first-seen days of records never built before.
    public var asOf: CivilDate
    /// Working days a department has to publish a decision (7: "7个工作日内上网公开").
    public var deadline: Int
    /// Departments by late decisions (most first), then rejected rows, then name.
    public var departments: [Department]
    /// Rejections that cannot be tied to one department (a whole file refused, a row that cannot be
    /// read): the diagnostic, for the webmaster to follow up.
    public var unattributed: [Diagnostic]
    /// Records whose `SJC` could not be read; their first-seen day was used.
    public var unreadableUploadTimes: Int

    /// One 数据来源单位.
    public struct Department: Sendable, Equatable {
        public var name: String
        /// Valid 行政许可 and 行政处罚 decisions in the period (a re-sent row counted once).
        public var licensing = 0
        public var penalties = 0
        /// Rejected rows by reason (`RejectionReason`); each row under its first problem.
        public var rejected: [String: Int] = [:]
        /// Decisions published late, most days late first.
        public var late: [LateDecision] = []

        public init(name: String) { self.name = name }

        public var accepted: Int { licensing + penalties }
        public var rejectedCount: Int { rejected.values.reduce(0, +) }
        /// Rows received: accepted decisions and rejected rows.
        public var received: Int { accepted + rejectedCount }
        /// Decisions published within the deadline, as a share of the accepted ones (nil: none accepted).
        public var onTimeRate: Double? { accepted == 0 ? nil : Double(accepted - late.count) / Double(accepted) }
        /// Rejection reasons, most frequent first.
        public var reasons: [(reason: String, count: Int)] {
            rejected.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.map { ($0.key, $0.value) }
        }
    }

    /// A decision that reached the platform after its deadline.
    public struct LateDecision: Sendable, Equatable {
        /// 行政许可 or 行政处罚.
        public enum Kind: String, Sendable { case licensing = "行政许可", penalty = "行政处罚" }
        /// Where the upload day comes from.
        public enum Source: String, Sendable { case sjc = "数据更新时间", firstSeen = "首次构建" }
        public var kind: Kind
        public var documentNumber: String
        public var authority: String
        public var decided: CivilDate
        public var uploaded: CivilDate
        public var source: Source
        /// The last day of the deadline: the `deadline`-th working day after the decision day.
        public var due: CivilDate
        /// Working days after `due`, up to and including the upload day.
        public var workingDaysLate: Int
        public var location: SourceLocation
    }

    public var totalAccepted: Int { departments.reduce(0) { $0 + $1.accepted } }
    public var totalLicensing: Int { departments.reduce(0) { $0 + $1.licensing } }
    public var totalPenalties: Int { departments.reduce(0) { $0 + $1.penalties } }
    public var totalRejected: Int { departments.reduce(0) { $0 + $1.rejectedCount } }
    public var totalLate: Int { departments.reduce(0) { $0 + $1.late.count } }
    public var onTimeRate: Double? {
        totalAccepted == 0 ? nil : Double(totalAccepted - totalLate) / Double(totalAccepted)
    }
}
