/// The field codes of the national 双公示 standard V2.0 and of the list and event exports (SPEC section 2).
extension FieldCatalog {
    static let subjectCategories = SubjectCategory.allCases.map(\.rawValue)
    static let organisation: [SubjectCategory] = [.organisation]
    static let person: [SubjectCategory] = [.person]

    /// 处罚类别 values of the standard.
    public static let penaltyCategoryValues = [
        "警告", "通报批评", "罚款", "没收违法所得", "没收非法财物", "暂扣许可证件", "降低资质等级",
        "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业", "行政拘留", "其他",
    ]

    /// 许可类别 values of the standard.
    public static let licensingCategoryValues = ["普通", "特许", "认可", "核准", "登记", "其他"]

    public static let licensing = FieldCatalog(folder: "licensing", fields: [
        FieldSpec("XK_XDR_MC", "行政相对人名称", .text, .required),
        FieldSpec("XK_XDR_LB", "行政相对人类别", .choice(subjectCategories), .required),
        FieldSpec("XK_XDR_SHXYM", "统一社会信用代码", .creditCode, .requiredFor(organisation)),
        FieldSpec("XK_XDR_GSZC", "工商注册号"),
        FieldSpec("XK_XDR_ZZJG", "组织机构代码"),
        FieldSpec("XK_XDR_SWDJ", "税务登记号"),
        FieldSpec("XK_XDR_SYDW", "事业单位证书号"),
        FieldSpec("XK_XDR_SHZZ", "社会组织登记证号"),
        FieldSpec("XK_FRDB", "法定代表人"),
        FieldSpec("XK_FR_ZJLX", "法定代表人证件类型"),
        FieldSpec("XK_FR_ZJHM", "法定代表人证件号码"),
        FieldSpec("XK_XDR_ZJLX", "证件类型"),
        FieldSpec("XK_XDR_ZJHM", "证件号码", .idNumber, .requiredFor(person)),
        FieldSpec("XK_XKWS", "行政许可决定文书名称", .text, .required),
        FieldSpec("XK_WSH", "行政许可决定文书号", .text, .required),
        FieldSpec("XK_XKLB", "许可类别", .choice(licensingCategoryValues), .required),
        FieldSpec("XK_XKZS", "许可证书名称"),
        FieldSpec("XK_XKBH", "许可编号"),
        FieldSpec("XK_NR", "许可内容", .text, .required),
        FieldSpec("XK_JDRQ", "许可决定日期", .date, .required),
        FieldSpec("XK_YXQZ", "有效期自", .date, .required),
        FieldSpec("XK_YXQZI", "有效期至", .date),
        FieldSpec("XK_XKJG", "许可机关", .text, .required),
        FieldSpec("XK_XKJGDM", "许可机关统一社会信用代码", .creditCode, .required),
        FieldSpec("XK_ZT", "当前状态", .text, .required),
        FieldSpec("XK_LYDW", "数据来源单位", .text, .required),
        FieldSpec("XK_LYDWDM", "数据来源单位统一社会信用代码", .creditCode, .required),
        FieldSpec("BZ", "备注"),
        FieldSpec("SYFW", "信息使用范围"),
        FieldSpec("SJC", "数据更新时间"),
    ])

    public static let penalties = FieldCatalog(folder: "penalties", fields: [
        FieldSpec("CF_XDR_MC", "行政相对人名称", .text, .required),
        FieldSpec("CF_XDR_LB", "行政相对人类别", .choice(subjectCategories), .required),
        FieldSpec("CF_XDR_SHXYM", "统一社会信用代码", .creditCode, .requiredFor(organisation)),
        FieldSpec("CF_XDR_GSZC", "工商注册号"),
        FieldSpec("CF_XDR_ZZJG", "组织机构代码"),
        FieldSpec("CF_XDR_SWDJ", "税务登记号"),
        FieldSpec("CF_XDR_SYDW", "事业单位证书号"),
        FieldSpec("CF_XDR_SHZZ", "社会组织登记证号"),
        FieldSpec("CF_FRDB", "法定代表人"),
        FieldSpec("CF_FR_ZJLX", "法定代表人证件类型"),
        FieldSpec("CF_FR_ZJHM", "法定代表人证件号码"),
        FieldSpec("CF_XDR_ZJLX", "证件类型"),
        FieldSpec("CF_XDR_ZJHM", "证件号码", .idNumber, .requiredFor(person)),
        FieldSpec("CF_WSH", "行政处罚决定书文号", .text, .required),
        FieldSpec("CF_WFXW", "违法行为类型", .text, .required),
        FieldSpec("CF_SY", "违法事实", .text, .required),
        FieldSpec("CF_YJ", "处罚依据", .text, .required),
        FieldSpec("CF_CFLB", "处罚类别", .penaltyCategories, .required),
        FieldSpec("CF_NR", "处罚内容", .text, .required),
        FieldSpec("CF_NR_FK", "罚款金额（万元）", .amount),
        FieldSpec("CF_NR_WFFF", "没收违法所得、没收非法财物的金额（万元）", .amount),
        FieldSpec("CF_NR_ZKDX", "暂扣或吊销证照名称及编号"),
        FieldSpec("CF_JDRQ", "处罚决定日期", .date, .required),
        FieldSpec("CF_YXQ", "处罚有效期", .date),
        FieldSpec("CF_GSJZQ", "公示截止期", .date),
        FieldSpec("CF_CFJG", "处罚机关", .text, .required),
        FieldSpec("CF_CFJGDM", "处罚机关统一社会信用代码", .creditCode, .required),
        FieldSpec("CF_SJLY", "数据来源单位", .text, .required),
        FieldSpec("CF_SJLYDM", "数据来源单位统一社会信用代码", .creditCode, .required),
        FieldSpec("BZ", "备注"),
        FieldSpec("CF_SXYZCD", "失信严重程度", .choice(["轻微", "一般", "严重"])),
        FieldSpec("CF_ZT", "当前状态"),
        FieldSpec("SYFW", "信息使用范围"),
        FieldSpec("SJC", "数据更新时间"),
    ])

    public static let lists = FieldCatalog(folder: "lists", fields: [
        FieldSpec("MD_LB", "名单类别", .choice(["红名单", "黑名单"]), .required),
        FieldSpec("MD_MC", "名单名称", .text, .required),
        FieldSpec("MD_XDR_MC", "主体名称", .text, .required),
        FieldSpec("MD_XDR_LB", "主体类别", .choice(subjectCategories), .required),
        FieldSpec("MD_XDR_SHXYM", "统一社会信用代码", .creditCode, .requiredFor(organisation)),
        FieldSpec("MD_XDR_ZJLX", "证件类型"),
        FieldSpec("MD_XDR_ZJHM", "证件号码", .idNumber, .requiredFor(person)),
        FieldSpec("MD_FRDB", "法定代表人"),
        FieldSpec("MD_RDBM", "认定部门", .text, .required),
        FieldSpec("MD_RDWH", "认定文号", .text, .required),
        FieldSpec("MD_RDYJ", "认定依据"),
        FieldSpec("MD_RDSY", "认定事由"),
        FieldSpec("MD_RDRQ", "认定日期", .date, .required),
        FieldSpec("MD_YXQZ", "有效期至", .date, .requiredForList("红名单")),
        FieldSpec("MD_YCRQ", "移出日期", .date),
        FieldSpec("MD_SHZT", "审核状态"),
        FieldSpec("BZ", "备注"),
    ])

    public static let events = FieldCatalog(folder: "events", fields: [
        FieldSpec("SJ_JLLX", "记录类型", .choice(["行政许可", "行政处罚", "红名单", "黑名单"]), .required),
        FieldSpec("SJ_WSH", "文书号", .text, .required),
        FieldSpec("SJ_JG", "机关"),
        FieldSpec("SJ_XDR", "主体"),
        FieldSpec("SJ_LX", "事件类型", .choice(["信用修复", "异议", "异议办结", "撤销"]), .required),
        FieldSpec("SJ_RQ", "事件日期", .date, .required),
        FieldSpec("SJ_SM", "说明"),
    ])
}
