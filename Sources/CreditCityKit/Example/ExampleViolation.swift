/// A kind of violation the city's authorities punish: who decides it, the 违法行为类型, the 处罚依据 and
/// the 处罚类别 a penalty of this kind usually has (a record may give others).
struct ExampleViolation: Sendable {
    let authority: ExampleAuthority
    let type: String
    let basis: String
    let categories: String
}

/// The violations of the example city's penalties; together they use every 处罚类别 of the standard.
extension ExampleViolation {
    static let foodExpired = ExampleViolation(authority: .scjg, type: "经营超过保质期的食品",
        basis: "《中华人民共和国食品安全法》第一百二十四条第一款第（五）项", categories: "没收违法所得；罚款")
    static let unlicensedFood = ExampleViolation(authority: .scjg, type: "未取得食品经营许可从事食品经营活动",
        basis: "《中华人民共和国食品安全法》第一百二十二条第一款", categories: "没收违法所得；没收非法财物；罚款")
    static let falseAd = ExampleViolation(authority: .scjg, type: "发布虚假广告",
        basis: "《中华人民共和国广告法》第五十五条第一款", categories: "罚款")
    static let priceTag = ExampleViolation(authority: .scjg, type: "不按规定明码标价",
        basis: "《中华人民共和国价格法》第四十二条、《明码标价和禁止价格欺诈规定》第二十一条", categories: "警告")
    static let specialEquip = ExampleViolation(authority: .scjg, type: "使用未经定期检验的特种设备",
        basis: "《中华人民共和国特种设备安全法》第八十四条第（一）项", categories: "罚款")
    static let quality = ExampleViolation(authority: .scjg, type: "在产品中掺杂、掺假",
        basis: "《中华人民共和国产品质量法》第五十条", categories: "没收非法财物；罚款；吊销许可证件")
    static let airEmissions = ExampleViolation(authority: .sthj, type: "超过大气污染物排放标准排放大气污染物",
        basis: "《中华人民共和国大气污染防治法》第九十九条第（二）项", categories: "罚款")
    static let noEnvironmentalAssessment = ExampleViolation(authority: .sthj, type: "建设项目未依法报批环境影响报告表擅自开工建设",
        basis: "《中华人民共和国环境影响评价法》第三十一条第一款", categories: "罚款")
    static let hazardousWaste = ExampleViolation(authority: .sthj, type: "未按照规定贮存危险废物",
        basis: "《中华人民共和国固体废物污染环境防治法》第一百一十二条第一款第（六）项", categories: "罚款")
    static let hiddenDischarge = ExampleViolation(authority: .sthj, type: "通过暗管逃避监管排放水污染物",
        basis: "《中华人民共和国水污染防治法》第八十三条第（三）项", categories: "罚款；责令停产停业")
    static let noConstructionPermit = ExampleViolation(authority: .zjj, type: "未取得施工许可证擅自施工",
        basis: "《中华人民共和国建筑法》第六十四条、《建筑工程施工许可管理办法》第十二条", categories: "罚款")
    static let shoddyConstruction = ExampleViolation(authority: .zjj, type: "施工单位在施工中偷工减料",
        basis: "《建设工程质量管理条例》第六十四条", categories: "罚款；降低资质等级")
    static let unlicensedRoadTransport = ExampleViolation(authority: .jtj, type: "未取得道路运输经营许可擅自从事道路普通货物运输经营",
        basis: "《中华人民共和国道路运输条例》第六十三条", categories: "没收违法所得；罚款")
    static let overload = ExampleViolation(authority: .jtj, type: "车辆超限运输",
        basis: "《公路安全保护条例》第六十四条", categories: "罚款")
    static let unlicensedRideHailing = ExampleViolation(authority: .jtj, type: "未取得网络预约出租汽车运输证从事网约车经营",
        basis: "《网络预约出租汽车经营服务管理暂行办法》第三十四条", categories: "罚款")
    static let suspend = ExampleViolation(authority: .jtj, type: "道路运输车辆未按规定进行维护和检测",
        basis: "《中华人民共和国道路运输条例》第七十条第一款", categories: "罚款；暂扣许可证件")
    static let lateFiling = ExampleViolation(authority: .swj, type: "未按照规定期限办理纳税申报",
        basis: "《中华人民共和国税收征收管理法》第六十二条", categories: "罚款")
    static let taxEvasion = ExampleViolation(authority: .swj, type: "偷税",
        basis: "《中华人民共和国税收征收管理法》第六十三条第一款", categories: "罚款")
    static let invoice = ExampleViolation(authority: .swj, type: "虚开增值税普通发票",
        basis: "《中华人民共和国发票管理办法》第三十五条", categories: "没收违法所得；罚款")
    static let training = ExampleViolation(authority: .yjj, type: "未按照规定对从业人员进行安全生产教育和培训",
        basis: "《中华人民共和国安全生产法》第九十七条第（三）项", categories: "罚款")
    static let hazardousChemicals = ExampleViolation(authority: .yjj, type: "未取得危险化学品经营许可证经营危险化学品",
        basis: "《危险化学品安全管理条例》第七十七条第三款", categories: "没收违法所得；没收非法财物；罚款；责令停产停业")
    static let fireworks = ExampleViolation(authority: .yjj, type: "未经许可经营烟花爆竹制品",
        basis: "《烟花爆竹安全管理条例》第三十六条第二款", categories: "没收非法财物；罚款")
    static let closure = ExampleViolation(authority: .yjj, type: "经停产停业整顿仍不具备安全生产条件",
        basis: "《中华人民共和国安全生产法》第一百一十三条第（二）项", categories: "责令关闭；罚款")
    static let unlicensedDriving = ExampleViolation(authority: .gaj, type: "未取得机动车驾驶证驾驶机动车",
        basis: "《中华人民共和国道路交通安全法》第九十九条第一款第（一）项、第二款", categories: "罚款、行政拘留")
    static let medical = ExampleViolation(authority: .wjw, type: "使用非卫生技术人员从事医疗卫生技术工作",
        basis: "《医疗机构管理条例》第四十七条", categories: "罚款")
    static let publicPlace = ExampleViolation(authority: .wjw, type: "公共场所经营者未取得卫生许可证擅自营业",
        basis: "《公共场所卫生管理条例实施细则》第三十五条第一款", categories: "警告、罚款")
    static let wasteTransport = ExampleViolation(authority: .cgw, type: "未经核准擅自处置建筑垃圾",
        basis: "《城市建筑垃圾管理规定》第二十五条", categories: "罚款")
    static let illegalBuilding = ExampleViolation(authority: .cgw, type: "未取得建设工程规划许可证进行建设",
        basis: "《中华人民共和国城乡规划法》第六十四条", categories: "其他；罚款")
    static let pesticide = ExampleViolation(authority: .nyj, type: "经营假农药",
        basis: "《农药管理条例》第五十五条第一款第（二）项", categories: "没收违法所得；没收非法财物；罚款；吊销许可证件")
    static let internetCafe = ExampleViolation(authority: .wlj, type: "互联网上网服务营业场所接纳未成年人",
        basis: "《互联网上网服务营业场所管理条例》第三十一条第（二）项", categories: "警告、罚款；责令停产停业")
    static let nonFoodAdditive = ExampleViolation(authority: .scjg, type: "生产经营添加非食品原料的食品",
        basis: "《中华人民共和国食品安全法》第一百二十三条第一款第（一）项、第一百三十五条第一款", categories: "没收违法所得；没收非法财物；罚款；吊销许可证件；限制从业")
    static let limitProduction = ExampleViolation(authority: .sthj, type: "超过重点大气污染物排放总量控制指标排放",
        basis: "《中华人民共和国大气污染防治法》第四十八条、第九十九条第（二）项", categories: "罚款；限制开展生产经营活动")
    static let noticeCriticism = ExampleViolation(authority: .zjj, type: "建设单位未按规定办理工程质量监督手续",
        basis: "《建设工程质量管理条例》第五十六条第（六）项", categories: "通报批评")
}
