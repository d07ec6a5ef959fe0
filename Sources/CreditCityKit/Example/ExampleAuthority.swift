/// An authority of the example city: its name and 统一社会信用代码 (government bodies' codes start `11`).
/// site.yaml's `authorities` lists them all, for the 2016-template file, which carries no codes.
struct ExampleAuthority: Sendable {
    let name: String
    let code: String
}

/// The city's authorities (all fictional).
extension ExampleAuthority {
    static let scjg = ExampleAuthority(name: "示例市市场监督管理局", code: "11420500983690064R")
    static let sthj = ExampleAuthority(name: "示例市生态环境局", code: "11420500MB02677338")
    static let zjj = ExampleAuthority(name: "示例市住房和城乡建设局", code: "114205005468487408")
    static let jtj = ExampleAuthority(name: "示例市交通运输局", code: "11420500MB52685913")
    static let swj = ExampleAuthority(name: "国家税务总局示例市税务局", code: "114205006938493725")
    static let yjj = ExampleAuthority(name: "示例市应急管理局", code: "11420500MB3964016N")
    static let gaj = ExampleAuthority(name: "示例市公安局", code: "11420500757228461C")
    static let wjw = ExampleAuthority(name: "示例市卫生健康委员会", code: "11420500MB428926X6")
    static let zrzy = ExampleAuthority(name: "示例市自然资源和规划局", code: "11420500937195564U")
    static let cgw = ExampleAuthority(name: "示例市城市管理执法委员会", code: "11420500MB2799557A")
    static let slj = ExampleAuthority(name: "示例市水利和湖泊局", code: "114205006063622419")
    static let nyj = ExampleAuthority(name: "示例市农业农村局", code: "11420500MB61416213")
    static let wlj = ExampleAuthority(name: "示例市文化和旅游局", code: "11420500743732624B")
    static let jyj = ExampleAuthority(name: "示例市教育局", code: "11420500MB2297514H")
    static let ycj = ExampleAuthority(name: "示例市烟草专卖局", code: "11420500196413412H")
    static let fgw = ExampleAuthority(name: "示例市发展和改革委员会", code: "11420500MB1633977G")
    static let fy = ExampleAuthority(name: "示例市中级人民法院", code: "114205003592960392")
    static let dsj = ExampleAuthority(name: "示例市政务服务和大数据管理局", code: "11420500MB7519665N")

    /// Every authority, in the order they were set up; site.yaml lists them by code.
    static let all: [ExampleAuthority] = [.scjg, .sthj, .zjj, .jtj, .swj, .yjj, .gaj, .wjw, .zrzy, .cgw, .slj, .nyj, .wlj, .jyj, .ycj, .fgw, .fy, .dsj]
}
