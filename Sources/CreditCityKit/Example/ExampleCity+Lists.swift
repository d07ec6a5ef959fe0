/// The red and black lists: an archive without 审核状态, a file with it, and a JSON export.
extension ExampleCity {
    private static let tax = ExampleAuthority.swj.name
    private static let court = ExampleAuthority.fy.name
    private static let market = ExampleAuthority.scjg.name
    private static let development = ExampleAuthority.fgw.name
    private static let housing = ExampleAuthority.zjj.name

    /// The rows of the decisions, in order.
    private static func rows(_ decisions: [[ExampleRow]]) -> [ExampleRow] { Array(decisions.joined()) }

    /// lists/2022-2025.csv (UTF-8, LF, Chinese headers, no 审核状态 column): 有效期至 passed and not, 长期,
    /// the 3-year cap of black lists, 移出日期, 信用修复 and 异议; batches of one 认定文号.
    static let listsArchive: [ExampleRow] = rows([
        ExampleRow.listed(.aTaxpayer, by: tax, "示税函〔2025〕38号", decided: "2025-04-18", until: .day("2026-03-31"), [
            .entry(.hengtong, note: "红名单, 有效期至 2026-03-31 passed"),
            .entry(.kangrun),
            .entry(.qingjiang),
            .entry(.changjiang),
        ]),
        ExampleRow.listed(.trustworthy, by: office, "示信用办〔2025〕9号", decided: "2025-12-01", until: .day("2027-11-30"), [
            .entry(.boyuan, note: "红名单, 有效期至 2027-11-30 not passed: shown"),
            .entry(.qingjiang),
            .entry(.sunFang, note: "自然人 on a red list (masked): shown"),
            .entry(.hospital1),
        ]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2025）鄂05执312号", decided: "2025-03-14", until: "长期", [.entry(.shenJiahao, note: "黑名单, 有效期至 长期, 认定 2025-03-14: shown (3-year cap: to 2028-03-13)")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2024）鄂05执877号", decided: "2024-09-05", until: "长期", removed: "2026-08-30", [.entry(.renHongliang, note: "黑名单 with 移出日期 2026-08-30 (passed; the feeds' withdrawal reason would be removed)")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2025）鄂05执1046号", decided: "2025-07-22", [.entry(.shengshi, note: "黑名单 without 有效期至: shown")]),
        ExampleRow.listed(.taxViolator, by: tax, "示税稽罚〔2022〕15号", decided: "2022-08-15", until: "长期", [.entry(.lantian, note: "黑名单 认定 2022-08-15 长期: past list_max_years (3) on 2025-08-15")]),
        ExampleRow.listed(.taxViolator, by: tax, "示税稽罚〔2025〕7号", decided: "2025-02-10", until: .day("2028-02-09"), [.entry(.hongyuan, note: "黑名单, 有效期至 2028-02-09: shown")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2023〕4号", decided: "2023-06-01", until: .day("2099-12-31"), [.entry(.xingyun, note: "黑名单 认定 2023-06-01, 有效期至 2099-12-31: capped by the 3 years (to 2026-05-31)")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2023〕11号", decided: "2023-12-20", until: .day("2026-12-19"), [.entry(.kangrun, note: "黑名单 认定 2023-12-20: inside 3 years and 有效期至: shown")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2024〕2号", decided: "2024-03-18", until: .day("2026-03-17"), [.entry(.zhongxin, note: "黑名单 有效期至 2026-03-17 passed")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2025〕6号", decided: "2025-06-09", until: .day("2028-06-08"), [.entry(.sanxia, note: "黑名单, 信用修复 2026-09-15")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2025）鄂05执1288号", decided: "2025-10-28", until: "长期", [.entry(.yaoHongjun, note: "黑名单, 异议 2026-11-10 without 异议办结")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2025）鄂05执1391号", decided: "2025-11-19", until: "长期", [.entry(.wangJianguo)]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2025）鄂05执1402号", decided: "2025-12-03", [.entry(.laowang, note: "个体工商户 with placeholder code on a black list: shown")]),
        ExampleRow.listed(.constructionBlack, by: housing, "示建信〔2025〕3号", decided: "2025-08-26", until: .day("2027-08-25"), [.entry(.jinhui)]),
    ])

    /// lists/2026-review.csv (UTF-8 with BOM, CRLF, field codes, with MD_SHZT): every 审核状态.
    static let listsReview: [ExampleRow] = rows([
        ExampleRow.listed(.aTaxpayer, by: tax, "示税函〔2026〕41号", decided: "2026-04-20", until: .day("2027-03-31"), [
            .entry(.hengtong, review: "已审核", note: "MD_SHZT 已审核: approved, shown"),
            .entry(.kangrun, review: "审核通过", note: "MD_SHZT 审核通过: approved, shown"),
            .entry(.qingjiang, review: "通过", note: "MD_SHZT 通过: approved, shown"),
            .entry(.changjiang, review: "待审核", note: "MD_SHZT 待审核: not approved"),
            .entry(.jiahe, review: "", note: "MD_SHZT empty: not approved"),
            .entry(.chutian, review: "已审核", note: "撤销 event 2026-09-10 (SJ_XDR by credit code)"),
            .entry(.xinshiji, review: "已审核", note: "异议 2026-07-15, 异议办结 2026-08-20: shown"),
            .entry(.tongda, review: "已审核", note: "异议 2026-11-12 without 异议办结"),
            .entry(.boyuan, review: "已审核"),
            .entry(.antai, review: "审核通过"),
            .entry(.zhenhua, review: "通过"),
        ]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执207号", decided: "2026-05-11", until: "长期", [.entry(.tongxin, review: "待审核", note: "黑名单 MD_SHZT 待审核: not approved")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执233号", decided: "2026-05-18", until: "长期", [.entry(.chenZhiqiang, review: "审核通过", note: "黑名单 自然人 approved: shown")]),
        ExampleRow.listed(.taxViolator, by: tax, "示税稽罚〔2026〕4号", decided: "2026-06-02", until: .day("2029-06-01"), [.entry(.jinqiao, review: "", note: "黑名单 MD_SHZT empty: not approved")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执318号", decided: "2026-06-23", until: "长期", removed: "2026-12-15", [.entry(.zhuHong, review: "通过", note: "黑名单 移出日期 2026-12-15 still ahead: shown")]),
    ])

    /// lists/2026.json (a JSON array, no MD_SHZT): entries listed after the reference day.
    static let lists2026: [ExampleRow] = rows([
        ExampleRow.listed(.model, by: development, "示发改信用〔2026〕12号", decided: "2026-06-28", until: .day("2028-06-27"), [
            .entry(.shunfeng, note: "红名单 (JSON, no MD_SHZT): shown"),
            .entry(.youpin),
            .entry(.dongfang),
            .entry(.yida),
            .entry(.ruifeng),
        ]),
        ExampleRow.listed(.model, by: development, "示发改信用〔2026〕19号", decided: "2026-12-05", until: .day("2028-12-04"), [
            .entry(.jincheng, note: "认定日期 2026-12-05 after the reference day"),
            .entry(.mingzhu),
        ]),
        ExampleRow.listed(.modelShop, by: market, "示市监信〔2026〕5号", decided: "2026-03-15", until: .day("2027-03-14"), [
            .entry(.huimin, note: "个体工商户 on a red list: shown"),
            .entry(.zhangjie),
        ]),
        ExampleRow.listed(.trustworthy, by: office, "示信用办〔2026〕3号", decided: "2026-02-08", until: .day("2026-08-07"), [.entry(.wuMin, note: "自然人 red, 有效期至 2026-08-07 passed")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2026〕15号", decided: "2026-11-28", until: .day("2029-11-27"), [.entry(.haoyun, note: "认定日期 2026-11-28 after the reference day")]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2026〕2号", decided: "2026-01-26", until: .day("2029-01-25"), [.entry(.baiwei, note: "黑名单, 撤销 event 2026-04-30")]),
        ExampleRow.listed(.taxViolator, by: tax, "示税稽罚〔2026〕9号", decided: "2026-03-09", until: .day("2029-03-08"), [.entry(.xinda, note: "黑名单, 异议 2026-05-06, 异议办结 2026-06-16: shown")]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执45号", decided: "2026-02-02", until: "长期", [.entry(.linXiaoyan)]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执502号", decided: "2026-07-07", until: "长期", [.entry(.chenJing)]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执611号", decided: "2026-08-14", until: "长期", [.entry(.dingWenjie)]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执675号", decided: "2026-09-03", until: "长期", [.entry(.suJianjun)]),
        ExampleRow.listed(.judgmentDefaulter, by: court, "（2026）鄂05执690号", decided: "2026-09-21", until: "长期", [.entry(.zhongxin)]),
        ExampleRow.listed(.seriousViolator, by: market, "示市监列严〔2026〕9号", decided: "2026-07-30", until: .day("2029-07-29"), [.entry(.fulinmen)]),
    ])
}
