/// The part each field of a record kind plays, given once per kind (SPEC section 2), so the rules, the
/// identity, the pages and the feeds ask for "the subject's name" or "the decision day" instead of
/// switching over kinds to pick XK_XDR_MC, CF_XDR_MC or MD_XDR_MC.
///
/// Values are positions in the kind's `FieldCatalog`; nil where the kind has no such field.
public struct FieldRoles: Sendable {
    /// 行政相对人名称 / 主体名称.
    public let subjectName: Int
    /// 行政相对人类别 / 主体类别.
    public let subjectCategory: Int
    /// 统一社会信用代码 of the subject.
    public let subjectCode: Int
    /// 证件类型 and 证件号码 of the subject.
    public let idType: Int
    public let idNumber: Int
    /// 法定代表人: public for an organisation, a person's name for a 个体工商户 or 自然人 (masked).
    public let legalRepresentative: Int?
    /// 法定代表人证件类型 and 证件号码: never public.
    public let legalRepresentativeIDType: Int?
    public let legalRepresentativeID: Int?
    /// 许可决定日期 / 处罚决定日期 / 认定日期: the day display windows start from.
    public let decisionDay: Int
    /// 许可机关 / 处罚机关 / 认定部门, and the authority's credit code where the standard has one.
    public let authority: Int
    public let authorityCode: Int?
    /// 文书号 / 决定书文号 / 认定文号: how events name the record.
    public let documentNumber: Int
    /// 当前状态.
    public let status: Int?
    /// 信息使用范围.
    public let scope: Int?
    /// 数据来源单位 (the timeliness report groups by it) and 数据更新时间.
    public let sourceDepartment: Int?
    public let sourceDepartmentCode: Int?
    public let uploadTime: Int?
    /// 组织机构代码, 工商注册号 and 税务登记号: the older identifiers of an organisation or 个体工商户.
    public let otherSubjectCodes: [Int]
    /// The short description of list tables: the first of these fields with a value.
    public let summary: [Int]
    /// 有效期至: the end of a licence's validity or a list entry's listing.
    public let validUntil: Int?
    /// 公示截止期 of a penalty.
    public let disclosureEnd: Int?
    /// 移出日期 of a list entry.
    public let removalDay: Int?
    /// 名单类别 (红名单 / 黑名单), 名单名称 and 审核状态 of a list entry.
    public let listColour: Int?
    public let listName: Int?
    public let reviewState: Int?
    /// A penalty's 处罚类别, 罚款金额, 没收金额 and given 失信严重程度.
    public let penaltyCategories: Int?
    public let fine: Int?
    public let confiscation: Int?
    public let givenSeverity: Int?
    /// The fields of the identity of SPEC section 3 (the subject is added for list entries).
    public let identity: [Int]
    /// Date fields that must not end before another starts: (end, start).
    public let dateOrder: [(end: Int, start: Int)]

    public static let licensing = FieldRoles(
        .licensing, prefix: "XK_", decisionDay: "XK_JDRQ", authority: "XK_XKJG", authorityCode: "XK_XKJGDM",
        documentNumber: "XK_WSH", status: "XK_ZT", sourceDepartment: "XK_LYDW", sourceDepartmentCode: "XK_LYDWDM",
        summary: ["XK_XKZS", "XK_XKWS"],
        validUntil: "XK_YXQZI", identity: ["XK_XKJGDM", "XK_WSH", "XK_XKBH"], dateOrder: [("XK_YXQZI", "XK_YXQZ")])

    public static let penalty = FieldRoles(
        .penalties, prefix: "CF_", decisionDay: "CF_JDRQ", authority: "CF_CFJG", authorityCode: "CF_CFJGDM",
        documentNumber: "CF_WSH", status: "CF_ZT", sourceDepartment: "CF_SJLY", sourceDepartmentCode: "CF_SJLYDM",
        summary: ["CF_CFLB"],
        disclosureEnd: "CF_GSJZQ", penalty: true, identity: ["CF_CFJGDM", "CF_WSH"],
        dateOrder: [("CF_GSJZQ", "CF_JDRQ"), ("CF_YXQ", "CF_JDRQ")])

    public static let listEntry = FieldRoles(
        .lists, prefix: "MD_", decisionDay: "MD_RDRQ", authority: "MD_RDBM", documentNumber: "MD_RDWH",
        summary: ["MD_MC"], validUntil: "MD_YXQZ", removalDay: "MD_YCRQ", list: true,
        identity: ["MD_MC", "MD_RDBM", "MD_RDWH"], dateOrder: [("MD_YXQZ", "MD_RDRQ"), ("MD_YCRQ", "MD_RDRQ")])

    private init(_ folder: DataFolder, prefix: String, decisionDay: String, authority: String, authorityCode: String? = nil,
                 documentNumber: String, status: String? = nil, sourceDepartment: String? = nil,
                 sourceDepartmentCode: String? = nil, summary: [String],
                 validUntil: String? = nil, disclosureEnd: String? = nil, removalDay: String? = nil,
                 penalty: Bool = false, list: Bool = false, identity: [String], dateOrder: [(String, String)]) {
        let c = folder.catalog
        subjectName = c.index(of: prefix + "XDR_MC")
        subjectCategory = c.index(of: prefix + "XDR_LB")
        subjectCode = c.index(of: prefix + "XDR_SHXYM")
        idType = c.index(of: prefix + "XDR_ZJLX")
        idNumber = c.index(of: prefix + "XDR_ZJHM")
        legalRepresentative = c.position(of: prefix + "FRDB")
        legalRepresentativeIDType = c.position(of: prefix + "FR_ZJLX")
        legalRepresentativeID = c.position(of: prefix + "FR_ZJHM")
        self.decisionDay = c.index(of: decisionDay)
        self.authority = c.index(of: authority)
        self.authorityCode = authorityCode.map(c.index(of:))
        self.documentNumber = c.index(of: documentNumber)
        self.status = status.map(c.index(of:))
        scope = c.position(of: "SYFW")
        self.sourceDepartment = sourceDepartment.map(c.index(of:))
        self.sourceDepartmentCode = sourceDepartmentCode.map(c.index(of:))
        otherSubjectCodes = ["XDR_ZZJG", "XDR_GSZC", "XDR_SWDJ"].compactMap { c.position(of: prefix + $0) }
        uploadTime = c.position(of: "SJC")
        self.summary = summary.map(c.index(of:))
        self.validUntil = validUntil.map(c.index(of:))
        self.disclosureEnd = disclosureEnd.map(c.index(of:))
        self.removalDay = removalDay.map(c.index(of:))
        listColour = list ? c.index(of: "MD_LB") : nil
        listName = list ? c.index(of: "MD_MC") : nil
        reviewState = list ? c.index(of: "MD_SHZT") : nil
        penaltyCategories = penalty ? c.index(of: "CF_CFLB") : nil
        fine = penalty ? c.index(of: "CF_NR_FK") : nil
        confiscation = penalty ? c.index(of: "CF_NR_WFFF") : nil
        givenSeverity = penalty ? c.index(of: "CF_SXYZCD") : nil
        self.identity = identity.map(c.index(of:))
        self.dateOrder = dateOrder.map { (c.index(of: $0.0), c.index(of: $0.1)) }
    }

    /// Whether a field is never published, whatever the record: 法定代表人证件号码 and its type.
    public func isNeverPublic(_ field: Int) -> Bool { field == legalRepresentativeID || field == legalRepresentativeIDType }
}
