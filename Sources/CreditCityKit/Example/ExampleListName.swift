/// A red or black list of the city: 名单类别, 名单名称, and the 认定依据 and 认定事由 its entries carry.
struct ExampleListName: Sendable {
    enum Colour: String, Sendable {
        case red = "红名单"
        case black = "黑名单"
    }

    let name: String
    let colour: Colour
    let basis: String
    let reason: String
}

/// The lists of the example city.
extension ExampleListName {
    static let aTaxpayer = ExampleListName(name: "A级纳税人", colour: .red, basis: "《纳税信用管理办法》《纳税信用评价指标和评价方式》", reason: "年度纳税信用评价结果为A级")
    static let trustworthy = ExampleListName(name: "守信激励对象", colour: .red, basis: "《示例市守信联合激励对象认定管理办法》", reason: "连续三年无不良信用记录，积极履行社会责任，经联合评审认定为守信激励对象")
    static let model = ExampleListName(name: "诚信示范企业", colour: .red, basis: "《示例市诚信示范企业评选办法》", reason: "诚信经营、重合同守信用，经企业申报、部门推荐、社会公示，评定为诚信示范企业")
    static let modelShop = ExampleListName(name: "诚信经营示范户", colour: .red, basis: "《示例市诚信经营示范户评选办法》", reason: "明码标价、货真价实，连续两年无消费投诉")
    static let judgmentDefaulter = ExampleListName(name: "失信被执行人", colour: .black, basis: "《最高人民法院关于公布失信被执行人名单信息的若干规定》第一条", reason: "有履行能力而拒不履行生效法律文书确定的义务")
    static let taxViolator = ExampleListName(name: "重大税收违法失信主体", colour: .black, basis: "《重大税收违法失信主体信息公布管理办法》第六条", reason: "偷税数额100万元以上且占各税种应纳税总额10%以上")
    static let seriousViolator = ExampleListName(name: "严重违法失信名单", colour: .black, basis: "《市场监督管理严重违法失信名单管理办法》第九条", reason: "因生产经营不符合食品安全标准的食品受到较重行政处罚")
    static let constructionBlack = ExampleListName(name: "建筑市场主体黑名单", colour: .black, basis: "《建筑市场信用管理暂行办法》第十四条", reason: "因工程质量安全事故受到降低资质等级的行政处罚")
}
