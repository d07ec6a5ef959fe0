/// A kind of licence the city grants: who grants it, 行政许可决定文书名称, 许可类别, 许可证书名称 (empty
/// when there is no certificate) and the usual 许可内容.
struct ExampleLicenceType: Sendable {
    let authority: ExampleAuthority
    let document: String
    let category: String
    let certificate: String
    let content: String
}

/// The licences of the example city; together they use every 许可类别 of the standard.
extension ExampleLicenceType {
    static let food = ExampleLicenceType(authority: .scjg, document: "准予行政许可决定书", category: "普通",
        certificate: "食品经营许可证", content: "预包装食品（含冷藏冷冻食品）销售；散装食品（不含冷藏冷冻食品）销售；热食类食品制售")
    static let foodSmall = ExampleLicenceType(authority: .scjg, document: "准予行政许可决定书", category: "普通",
        certificate: "食品经营许可证", content: "热食类食品制售；冷食类食品制售（仅限简单制售）")
    static let road = ExampleLicenceType(authority: .jtj, document: "道路运输经营许可决定书", category: "普通",
        certificate: "道路运输经营许可证", content: "道路普通货物运输；货物专用运输（集装箱）")
    static let hazardousGoodsTransport = ExampleLicenceType(authority: .jtj, document: "道路运输经营许可决定书", category: "普通",
        certificate: "道路运输经营许可证", content: "危险货物运输（2类1项、3类、8类）")
    static let taxi = ExampleLicenceType(authority: .jtj, document: "出租汽车经营许可决定书", category: "特许",
        certificate: "出租汽车经营许可证", content: "巡游出租汽车客运经营，车辆经营权120个，经营期限八年")
    static let rideHailingDriver = ExampleLicenceType(authority: .jtj, document: "准予行政许可决定书", category: "认可",
        certificate: "网络预约出租汽车驾驶员证", content: "网络预约出租汽车驾驶员从业资格")
    static let constructionSafety = ExampleLicenceType(authority: .zjj, document: "准予行政许可决定书", category: "核准",
        certificate: "建筑施工企业安全生产许可证", content: "建筑施工")
    static let qualification = ExampleLicenceType(authority: .zjj, document: "准予行政许可决定书", category: "认可",
        certificate: "建筑业企业资质证书", content: "建筑工程施工总承包三级；市政公用工程施工总承包三级")
    static let fireAcceptance = ExampleLicenceType(authority: .zjj, document: "特殊建设工程消防验收意见书", category: "核准",
        certificate: "", content: "准予通过特殊建设工程消防验收，建筑面积两万三千平方米")
    static let discharge = ExampleLicenceType(authority: .sthj, document: "排污许可决定书", category: "普通",
        certificate: "排污许可证", content: "废气：颗粒物、二氧化硫、氮氧化物；废水：化学需氧量、氨氮")
    static let hazardousChemicals = ExampleLicenceType(authority: .yjj, document: "准予行政许可决定书", category: "普通",
        certificate: "危险化学品经营许可证", content: "乙醇、甲苯、丙酮（不带储存设施经营）")
    static let fireworks = ExampleLicenceType(authority: .yjj, document: "准予行政许可决定书", category: "普通",
        certificate: "烟花爆竹经营（零售）许可证", content: "烟花爆竹零售（C级、D级个人燃放类产品）")
    static let drug = ExampleLicenceType(authority: .scjg, document: "准予行政许可决定书", category: "普通",
        certificate: "药品经营许可证", content: "处方药、甲类非处方药、乙类非处方药：中成药、化学药制剂、抗生素制剂")
    static let medical = ExampleLicenceType(authority: .wjw, document: "准予行政许可决定书", category: "普通",
        certificate: "医疗机构执业许可证", content: "诊疗科目：内科；外科；妇产科；儿科；医学检验科；医学影像科")
    static let tobacco = ExampleLicenceType(authority: .ycj, document: "准予行政许可决定书", category: "特许",
        certificate: "烟草专卖零售许可证", content: "卷烟、雪茄烟零售")
    static let gas = ExampleLicenceType(authority: .zjj, document: "燃气经营许可决定书", category: "特许",
        certificate: "燃气经营许可证", content: "管道天然气经营，经营区域：示例市东城区、高新区")
    static let businessReg = ExampleLicenceType(authority: .scjg, document: "登记通知书", category: "登记",
        certificate: "营业执照", content: "设立登记：有限责任公司（自然人投资或控股）")
    static let equipmentReg = ExampleLicenceType(authority: .scjg, document: "特种设备使用登记决定书", category: "登记",
        certificate: "特种设备使用登记证", content: "乘客电梯使用登记，设备数量六台")
    static let school = ExampleLicenceType(authority: .jyj, document: "准予行政许可决定书", category: "登记",
        certificate: "民办学校办学许可证", content: "学前教育，办学地址：示例市东城区东湖路8号")
    static let testing = ExampleLicenceType(authority: .scjg, document: "准予行政许可决定书", category: "认可",
        certificate: "检验检测机构资质认定证书", content: "建筑材料、建设工程质量检验检测（具体项目见证书附表）")
    static let outdoorAd = ExampleLicenceType(authority: .cgw, document: "准予行政许可决定书", category: "其他",
        certificate: "", content: "设置户外广告设施一处，规格12米×4米，设置期限三年")
    static let roadDig = ExampleLicenceType(authority: .cgw, document: "准予行政许可决定书", category: "其他",
        certificate: "", content: "临时挖掘城市道路用于燃气管道接入，面积36平方米")
    static let waterTake = ExampleLicenceType(authority: .slj, document: "取水许可决定书", category: "其他",
        certificate: "取水许可证", content: "取水地点：清江示例段；取水量：每年45万立方米；用途：工业用水")
    static let planning = ExampleLicenceType(authority: .zrzy, document: "建设工程规划许可决定书", category: "核准",
        certificate: "建设工程规划许可证", content: "建设规模：总建筑面积约5.6万平方米，其中住宅4.8万平方米")
    static let fishing = ExampleLicenceType(authority: .nyj, document: "准予行政许可决定书", category: "特许",
        certificate: "渔业捕捞许可证", content: "内陆捕捞，作业类型：刺网；作业场所：示例市长江段（禁捕期除外）")
    static let pesticideShop = ExampleLicenceType(authority: .nyj, document: "准予行政许可决定书", category: "普通",
        certificate: "农药经营许可证", content: "农药（不含限制使用农药）经营")
    static let internetCafe = ExampleLicenceType(authority: .wlj, document: "准予行政许可决定书", category: "普通",
        certificate: "网络文化经营许可证", content: "互联网上网服务营业场所经营，计算机终端数量120台")
}
