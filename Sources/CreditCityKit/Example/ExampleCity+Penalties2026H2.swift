/// The penalties of 2026 H2: a platform's CSV and the departments' own workbook.
extension ExampleCity {
    /// penalties/2026-q3-q4.csv (UTF-8 with BOM, CRLF, field codes): decisions of the day before and of the
    /// reference day, a 公示截止期 shorter than the minimum, the corrected re-export of a 2026-q2.jsonl row.
    static let penaltiesQ3Q4: [ExampleRow] = [
        .penalty(.lvyuan, .hazardousWaste, "示环罚〔2026〕51号", decided: "2026-10-01", fine: "11", facts: "经查，当事人于2026年5月9日将生产过程中产生的废矿物油等危险废物露天堆放，未设置危险废物识别标志，未采取防扬散、防流失、防渗漏措施。", content: "责令改正，处罚款人民币110000元。", until: .day("2026-10-15"), uploaded: "2026-10-12 17:03:00", note: "公示截止期 2026-10-15 shorter than the 3-month minimum: kept to 2026-12-31 → shown"),
        .penalty(.shanshui, .wasteTransport, "示城管罚〔2026〕32号", decided: "2026-09-01", fine: "5", facts: "经查，当事人于2026年6月6日未经核准，擅自将施工产生的建筑垃圾约128吨倾倒于示例市江南路东侧空地。", content: "责令限期改正，处罚款人民币50000元。", uploaded: "2026-10-08 12:50:00", note: "一般, 信用修复 2026-10-15 before the end of the minimum (2026-11-30) → shown to 2026-11-30"),
        .penalty(.jiahe, .training, "示应急罚〔2026〕55号", decided: "2026-11-21", fine: "6", facts: "经查，当事人于2026年9月19日安排8名未经安全生产教育和培训合格的从业人员上岗作业。", content: "责令限期改正，处罚款人民币60000元。", uploaded: "2026-11-22 12:21:00", note: "decided the day before: shown"),
        .penalty(.youpin, .foodExpired, "示市监处罚〔2026〕89号", decided: "2026-11-22", fine: "5", confiscated: "0.1", facts: "经查，当事人于2026年8月19日在其经营场所销售超过保质期的“鲜榨果汁”共计17盒，货值金额9655元，违法所得1132元。上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。", content: "没收违法所得人民币1000元，并处罚款人民币50000元。", uploaded: "2026-11-22 13:02:00", note: "decided on the reference day: shown"),
        .penalty(.zhenxing, .closure, "示应急罚〔2026〕60号", decided: "2026-07-14", fine: "50", facts: "经查，当事人因存在重大事故隐患于2026年2月15日被责令停产停业整顿，整顿期满经复查仍不具备《中华人民共和国安全生产法》规定的安全生产条件。", content: "予以关闭，处罚款人民币500000元。", uploaded: "2026-07-17 13:11:00", note: "责令关闭 (严重), shown"),
        .penalty(.changjiang, .illegalBuilding, "示城管罚〔2026〕36号", decided: "2026-08-03", fine: "9.9", facts: "经查，当事人于2026年4月23日在未取得建设工程规划许可证的情况下，在其厂区内搭建钢结构厂房约59平方米，无法采取改正措施消除影响。", content: "责令限期拆除违法建筑，处罚款人民币99000元。", uploaded: "2026-08-10 11:53:00", note: "处罚类别 其他 (+罚款), 一般, shown"),
        .penalty(.tiancheng, .training, "示应急罚〔2026〕66号", decided: "2026-08-18", fine: "8", facts: "经查，当事人于2026年3月25日安排34名未经安全生产教育和培训合格的从业人员上岗作业。", content: "责令限期改正，处罚款人民币80000元。", scope: "公示", uploaded: "2026-08-27 12:56:00", note: "信息使用范围 公示 (public); shown"),
        .penalty(.zhenhua, .specialEquip, "示市监处罚〔2026〕85号", decided: "2026-06-16", fine: "13", facts: "经查，当事人于2026年4月6日使用的18台电梯超过定期检验周期未申请检验，仍继续投入使用。", content: "责令停止使用有关特种设备，处罚款人民币130000元。", remark: "更正重报：原报送罚款金额有误，以本条为准。", uploaded: "2026-06-26 17:26:00", note: "corrected re-export of the 2026-q2.jsonl row (same 处罚机关代码 + 文书号): duplicate warning, this one wins; 一般, shown"),
        .penalty(.fenglin, .pesticide, "示农罚〔2026〕51号", decided: "2026-09-09", fine: "3.5", confiscated: "0.2", facts: "经查，当事人于2026年4月18日销售的“吡虫啉可湿性粉剂”经检验有效成分含量不符合产品质量标准，属于假农药，货值金额17065元。", content: "没收违法所得人民币2000元及违法经营的农药，处罚款人民币35000元，吊销农药经营许可证。", uploaded: "2026-09-15 11:22:00", note: "吊销许可证件 (严重), 个体工商户, shown"),
        .penalty(.renhe, .medical, "示卫罚〔2026〕37号", decided: "2026-09-15", fine: "10", facts: "经查，当事人于2026年4月26日安排未取得执业资格的人员4名从事临床诊疗工作。", content: "责令限期改正，处罚款人民币100000元。", uploaded: "2026-09-23 12:30:00", note: "社会组织 (民办非企业单位), 一般, shown"),
        .penalty(.chenguang, .hazardousWaste, "示环罚〔2026〕54号", decided: "2026-09-28", fine: "5.5", facts: "经查，当事人于2026年5月22日将生产过程中产生的废矿物油等危险废物露天堆放，未设置危险废物识别标志，未采取防扬散、防流失、防渗漏措施。", content: "责令改正，处罚款人民币55000元。", severity: "一般", uploaded: "2026-09-30 14:46:00", note: "撤销 event 2026-11-05 (SJ_JG by name)"),
        .penalty(.zhangWei, .unlicensedRoadTransport, "示交执罚〔2026〕83号", decided: "2026-10-13", fine: "1.1", confiscated: "0.2", facts: "经查，当事人于2026年5月12日驾驶车牌号为鄂E·A2677的货车，在未取得道路运输经营许可的情况下从事道路普通货物运输经营，违法所得4141元。", content: "没收违法所得人民币2000元，处罚款人民币11000元。", uploaded: "2026-10-15 17:10:00", note: "自然人, 一般, shown"),
        .penalty(.kangrun, .nonFoodAdditive, "示市监处罚〔2026〕99号", decided: "2026-10-20", fine: "35", confiscated: "2.2", facts: "经查，当事人于2026年8月20日生产的卤制品中检出非食用物质罗丹明B，涉案货值金额80650元。", content: "没收违法所得人民币22000元及违法生产的食品，处罚款人民币350000元，吊销食品生产许可证，其法定代表人五年内不得从事食品生产经营管理工作。", uploaded: "2026-11-22 15:01:00", note: "严重 (derived), shown"),
        .penalty(.zhenhua, .airEmissions, "示环罚〔2026〕60号", decided: "2026-10-27", fine: "12", facts: "经查，当事人于2026年5月14日生产过程中，破碎工段排气筒颗粒物排放浓度经监测超过《大气污染物综合排放标准》（GB 16297—1996）规定限值2.6倍。", content: "责令改正，处罚款人民币120000元。", uploaded: .day("2026-10-29"), note: "一般, shown"),
        .penalty(.tongda, .overload, "示交执罚〔2026〕96号", decided: "2026-07-06", fine: "5", facts: "经查，当事人所属车牌号为鄂E·A9583的货车于2026年3月10日在G318线示例段超限运输，车货总质量超过限定标准254吨。", content: "处罚款人民币50000元。", uploaded: "2026-07-08 11:57:00"),
        .penalty(.hengtong, .noEnvironmentalAssessment, "示环罚〔2026〕75号", decided: "2026-07-22", fine: "18", facts: "经查，当事人示例市东城区滨江花园二期项目于2026年2月6日未依法报批建设项目环境影响报告表，擅自开工建设，项目总投资额55258万元。", content: "责令停止建设，处罚款人民币180000元。", uploaded: "2026-07-28 10:41:00"),
        .penalty(.minsheng, .foodExpired, "示市监处罚〔2026〕106号", decided: "2026-08-11", fine: "5", confiscated: "0.42", facts: "经查，当事人于2026年3月24日在其经营场所销售超过保质期的“纯牛奶”共计27盒，货值金额37254元，违法所得6235元。上述行为违反了《中华人民共和国食品安全法》第三十四条第（十）项的规定。", content: "没收违法所得人民币4200元，并处罚款人民币50000元。", uploaded: "2026-08-13 08:45:00"),
        .penalty(.yuanhang, .training, "示应急罚〔2026〕67号", decided: "2026-10-09", fine: "7", facts: "经查，当事人于2026年8月6日安排8名未经安全生产教育和培训合格的从业人员上岗作业。", content: "责令限期改正，处罚款人民币70000元。", uploaded: "2026-10-19 16:54:00"),
    ]

    /// penalties/2026-q4-departments.xlsx, sheet 10月 (`ExampleWorkbook`).
    static let workbookOctober: [ExampleRow] = [
        .penalty(.haoyun, .internetCafe, "示文旅罚〔2026〕26号", decided: "2026-10-12", fine: "6", facts: "经查，当事人于2026年8月20日经营的互联网上网服务营业场所接纳40名未成年人进入。", content: "给予警告，处罚款人民币60000元，责令停业整顿十五日。", note: "workbook, sheet 10月 under a merged title row; date in a date cell; 严重 (责令停产停业)"),
        .penalty(.jincheng, .overload, "示交执罚〔2026〕108号", decided: "2026-10-21", fine: "0.8", facts: "经查，当事人所属车牌号为鄂E·J8791的货车于2026年7月1日在G318线示例段超限运输，车货总质量超过限定标准58吨。", content: "处罚款人民币8000元。", note: "workbook: 罚款 0.8万元 as a number cell; organisation below 5万元 → 轻微"),
        .penalty(.chenZhiqiang, .unlicensedDriving, "示公行罚决字〔2026〕19号", decided: "2026-10-28", fine: "0.8", facts: "经查，当事人于2026年7月25日在示例市东山大道驾驶车牌号为鄂E·B9749的小型轿车，经核查未取得机动车驾驶证。", content: "处罚款人民币8000元，并处行政拘留十日。", note: "workbook: 自然人, ID number as a text cell (masked); 罚款、行政拘留 → 一般"),
    ]

    /// penalties/2026-q4-departments.xlsx, sheet 11月.
    static let workbookNovember: [ExampleRow] = [
        .penalty(.minsheng, .unlicensedFood, "示市监处罚〔2026〕120号", decided: "2026-11-04", fine: "5", confiscated: "0.9", facts: "经查，当事人于2026年9月2日在未取得食品经营许可证的情况下，在其经营场所从事热食类食品制售活动，违法经营食品货值金额28060元，违法所得2166元。", content: "没收违法所得人民币9000元，没收用于违法经营的工具、设备，并处罚款人民币50000元。", note: "workbook, sheet 11月 with its header on row 1; 一般"),
        .penalty(.fenglin, .pesticide, "示农罚〔2026〕65号", decided: "2026-11-16", fine: "1.5", confiscated: "0.3", facts: "经查，当事人于2026年8月28日销售的“吡虫啉可湿性粉剂”经检验有效成分含量不符合产品质量标准，属于假农药，货值金额42595元。", content: "没收违法所得人民币3000元及违法经营的农药，处罚款人民币15000元，吊销农药经营许可证。", note: "workbook: 个体工商户; 严重 (吊销许可证件)"),
    ]
}
