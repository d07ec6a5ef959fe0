/// What the publication rules need to know about a record, parsed once by the validator from the
/// display values: typed days, the fine in 分, the set of 处罚类别, the subject's birth day, the status.
///
/// The rules, the severity and the windows read these only, so no stage parses a value a second time,
/// and amounts are compared as whole 分 (never as binary floating point).
public struct RecordFacts: Sendable, Hashable {
    /// 许可决定日期 / 处罚决定日期 / 认定日期.
    public var decisionDay: CivilDate
    /// 有效期至; nil when absent or 长期 (no end).
    public var validUntil: CivilDate?
    /// 公示截止期 of a penalty.
    public var disclosureEnd: CivilDate?
    /// 移出日期 of a list entry.
    public var removalDay: CivilDate?
    /// What decides a penalty's 失信严重程度; nil for other kinds.
    public var penalty: PenaltyFacts?
    /// Birth day of a natural person or 个体工商户 operator, from a valid 公民身份号码.
    public var birthDate: CivilDate?
    /// 当前状态 after the site's status_codes; nil when the record has none (有效).
    public var status: RecordStatus?
    /// 信息使用范围 is empty, 0 or 公示.
    public var publicScope: Bool
    /// False for a list entry whose file has an 审核状态 column and whose state is not approved.
    public var approved: Bool

    public init(decisionDay: CivilDate, validUntil: CivilDate? = nil, disclosureEnd: CivilDate? = nil,
                removalDay: CivilDate? = nil, penalty: PenaltyFacts? = nil, birthDate: CivilDate? = nil,
                status: RecordStatus? = nil, publicScope: Bool = true, approved: Bool = true) {
        self.decisionDay = decisionDay
        self.validUntil = validUntil
        self.disclosureEnd = disclosureEnd
        self.removalDay = removalDay
        self.penalty = penalty
        self.birthDate = birthDate
        self.status = status
        self.publicScope = publicScope
        self.approved = approved
    }
}

/// The facts of a penalty that its 失信严重程度 is derived from (SPEC section 4).
public struct PenaltyFacts: Sendable, Hashable {
    public var categories: PenaltyCategorySet
    /// 罚款金额 in 分 (万元 × 1,000,000), nil when not given.
    public var fineFen: Int64?
    /// 没收违法所得、没收非法财物的金额 in 分, nil when not given.
    public var confiscationFen: Int64?
    /// 失信严重程度 as the platform gave it.
    public var givenSeverity: Severity?

    public init(categories: PenaltyCategorySet, fineFen: Int64? = nil, confiscationFen: Int64? = nil, givenSeverity: Severity? = nil) {
        self.categories = categories
        self.fineFen = fineFen
        self.confiscationFen = confiscationFen
        self.givenSeverity = givenSeverity
    }
}

/// 当前状态 of a licence or penalty: only 有效 and 正常 are shown.
public enum RecordStatus: String, Sendable, Hashable, CaseIterable {
    case valid = "有效"
    case normal = "正常"
    case invalid = "无效"
    case revoked = "撤销"
    case objection = "异议"

    public var isShown: Bool { self == .valid || self == .normal }
}

/// A set of 处罚类别 of the standard, one bit each.
public struct PenaltyCategorySet: OptionSet, Sendable, Hashable {
    public let rawValue: UInt16
    public init(rawValue: UInt16) { self.rawValue = rawValue }

    /// The set of the standard's category names; nil when one of them is not a category.
    public init?(names: [String]) {
        var bits: UInt16 = 0
        for name in names {
            guard let i = FieldCatalog.penaltyCategoryValues.firstIndex(of: name) else { return nil }
            bits |= 1 << UInt16(i)
        }
        self.init(rawValue: bits)
    }

    static func named(_ name: String) -> PenaltyCategorySet {
        PenaltyCategorySet(names: [name]) ?? []
    }

    public static let warning = named("警告")
    public static let reprimand = named("通报批评")
    public static let fine = named("罚款")
    /// Categories that make a penalty 严重 on their own.
    public static let serious: PenaltyCategorySet = [named("吊销许可证件"), named("责令关闭"), named("责令停产停业"),
                                                     named("限制从业"), named("限制开展生产经营活动")]
    /// Categories that are no more than a reprimand.
    public static let reprimands: PenaltyCategorySet = [.warning, .reprimand]
}
