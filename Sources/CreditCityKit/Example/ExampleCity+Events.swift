/// The events: 信用修复, 异议, 异议办结 and 撤销 on records of every kind, each naming exactly one record.
extension ExampleCity {
    /// events/2026.csv (UTF-8, LF, Chinese headers).
    static let events2026: [ExampleRow] = [
        .event("行政处罚", "示应急罚〔2024〕40号", "信用修复", on: "2025-09-01", authority: ExampleAuthority.yjj.code, explanation: "当事人已履行行政处罚决定，按期完成整改并作出信用承诺，经审核准予信用修复"),
        .event("行政处罚", "示环罚〔2026〕28号", "信用修复", on: "2026-08-20", authority: ExampleAuthority.sthj.code, explanation: "已缴清罚款、完成整改并提交信用修复申请，准予修复"),
        .event("行政处罚", "示环罚〔2026〕43号", "信用修复", on: "2026-09-01", authority: ExampleAuthority.sthj.name, explanation: "当事人提前申请信用修复，公示期将于最短公示期届满时结束"),
        .event("行政处罚", "示卫罚〔2026〕31号", "撤销", on: "2026-06-30", authority: ExampleAuthority.wjw.code, explanation: "经行政复议，原行政处罚决定被撤销"),
        .event("行政处罚", "示市监处罚〔2026〕50号", "异议", on: "2026-04-10", authority: ExampleAuthority.scjg.code, explanation: "当事人对处罚决定日期提出异议"),
        .event("行政处罚", "示市监处罚〔2026〕50号", "异议办结", on: "2026-05-20", authority: ExampleAuthority.scjg.code, explanation: "经核实，原公示信息准确，维持公示"),
        .event("行政许可", "示环许〔2025〕32号", "异议", on: "2026-07-01", authority: ExampleAuthority.sthj.code, explanation: "当事人对许可有效期提出异议"),
        .event("行政许可", "示环许〔2025〕32号", "异议办结", on: "2026-08-05", authority: ExampleAuthority.sthj.name, explanation: "经核查信息无误，恢复公示"),
        .event("行政许可", "示文旅许〔2025〕36号", "撤销", on: "2026-06-12", authority: ExampleAuthority.wlj.code, explanation: "被许可人以欺骗手段取得行政许可，依法予以撤销"),
        .event("行政许可", "许可〔2025〕第018号", "撤销", on: "2026-09-18", authority: ExampleAuthority.cgw.name, explanation: "被许可人申请注销户外广告设施设置许可（文书号与示例市水利和湖泊局许可相同，以机关区分）"),
        .event("红名单", "示税函〔2026〕41号", "撤销", on: "2026-09-10", authority: ExampleAuthority.swj.name, subject: ExampleSubject.chutian.code, explanation: "发现存在虚开发票行为，撤销当年度A级纳税人评价"),
        .event("红名单", "示税函〔2026〕41号", "异议", on: "2026-07-15", authority: ExampleAuthority.swj.name, subject: ExampleSubject.xinshiji.code, explanation: "企业对公示的认定日期提出异议"),
        .event("红名单", "示税函〔2026〕41号", "异议办结", on: "2026-08-20", authority: ExampleAuthority.swj.name, subject: ExampleSubject.xinshiji.code, explanation: "经核实已更正，恢复公示"),
        .event("黑名单", "示市监列严〔2026〕2号", "撤销", on: "2026-04-30", authority: ExampleAuthority.scjg.name, subject: ExampleSubject.baiwei.name, explanation: "原认定依据的行政处罚决定被撤销"),
        .event("黑名单", "示税稽罚〔2026〕9号", "异议", on: "2026-05-06", authority: ExampleAuthority.swj.name, subject: ExampleSubject.xinda.code, explanation: "主体对列入依据提出异议"),
        .event("黑名单", "示税稽罚〔2026〕9号", "异议办结", on: "2026-06-16", authority: ExampleAuthority.swj.name, subject: ExampleSubject.xinda.code, explanation: "经复核，维持原认定"),
    ]

    /// events/2026-h2.jsonl (JSON Lines).
    static let events2026H2: [ExampleRow] = [
        .event("行政处罚", "示城管罚〔2026〕32号", "信用修复", on: "2026-10-15", explanation: "已完成整改并作出信用承诺（文书号唯一，未填机关）"),
        .event("行政处罚", "示建罚〔2025〕8号", "异议", on: "2026-10-20", authority: ExampleAuthority.zjj.code, explanation: "当事人对违法事实认定提出异议，正在核查"),
        .event("行政处罚", "示环罚〔2026〕54号", "撤销", on: "2026-11-05", authority: ExampleAuthority.sthj.name, explanation: "处罚机关自行纠错，撤销原决定"),
        .event("行政许可", "示环许〔2025〕26号", "异议", on: "2026-11-02", authority: ExampleAuthority.sthj.code, explanation: "当事人对许可内容提出异议，正在核查"),
        .event("黑名单", "示市监列严〔2025〕6号", "信用修复", on: "2026-09-15", authority: ExampleAuthority.scjg.name, subject: ExampleSubject.sanxia.code, explanation: "已纠正失信行为并履行相关义务，准予提前移出"),
        .event("黑名单", "（2025）鄂05执1288号", "异议", on: "2026-11-10", authority: ExampleAuthority.fy.name, subject: ExampleSubject.yaoHongjun.name, explanation: "被执行人称已履行完毕，正在核实"),
        .event("红名单", "示税函〔2026〕41号", "异议", on: "2026-11-12", authority: ExampleAuthority.swj.name, subject: ExampleSubject.tongda.code, explanation: "第三方对评价结果提出异议，正在核查"),
    ]
}
