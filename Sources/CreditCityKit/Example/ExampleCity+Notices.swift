/// The notices of the example city (`notices/*.md`, YAML front matter and GFM), each with what it
/// exercises; two are hidden (a draft, and one whose `expires` has passed).
extension ExampleCity {
    struct Notice: Sendable {
        let file: String
        /// What the notice exercises (docs/example-content.md).
        let note: String
        let title, date, category: String
        var docNumber: String?
        let issuer: String
        /// A last front-matter line: `draft: true`, `expires: …`.
        var state: String?
        let body: String

        /// The file: front matter, then the Markdown body.
        var text: String {
            var lines = ["---", "title: \(title)", "date: \(date)", "category: \(category)"]
            if let docNumber { lines.append("doc_number: \(docNumber)") }
            lines.append("issuer: \(issuer)")
            if let state { lines.append(state) }
            return (lines + ["---", "", body]).joined(separator: "\n")
        }
    }

    static let notices: [Notice] = [
        Notice(file: "2026-credit-repair-guide.md", note: "table, strikethrough, ordered and bullet lists, a link and a bare autolink", title: "关于进一步做好失信行为纠正后信用修复工作的通知", date: "2026-10-09", category: "通知公告", docNumber: "示信用办〔2026〕11号", issuer: office, body: #"""
各县市区社会信用体系建设领导小组办公室，市直有关单位：

为贯彻落实《失信行为纠正后的信用信息修复管理办法》，进一步规范我市行政处罚信息公示和信用修复工作，切实维护信用主体合法权益，现就有关事项通知如下。

## 一、公示期限

行政处罚信息自处罚决定之日起在“信用示例市”网站公示，公示期限按失信严重程度分别确定：

| 失信严重程度 | 最短公示期 | 最长公示期 | 说明 |
| --- | --- | --- | --- |
| 轻微 | 不公示 | 不公示 | 仅给予警告、通报批评或者小额罚款的 |
| 一般 | 3个月 | 1年 | 最短公示期届满后可申请信用修复 |
| 严重 | 1年 | 3年 | 最短公示期届满后可申请信用修复 |

公示期限届满的，网站自动停止公示，信用主体无需申请。

## 二、信用修复条件

申请信用修复的信用主体应当同时满足以下条件：

1. 已经履行行政处罚决定规定的义务；
2. 已经主动消除有关不良影响；
3. 已经作出书面信用承诺，承诺内容通过“信用示例市”网站向社会公开；
4. 最短公示期已经届满。

~~信用主体可委托第三方机构代为办理修复申请。~~ 根据新修订的管理办法，信用修复实行“网上申请、一次办结”，不收取任何费用，各单位不得以任何形式向申请人收费或者变相收费。

## 三、办理渠道

- 在线办理：登录[信用中国](https://www.creditchina.gov.cn/)网站“信用修复”栏目提交申请；
- 窗口办理：市民之家B座506室，工作日 8:30-12:00，14:30-17:30；
- 政策咨询：示例市发展和改革委员会信用科，电话 0717-6220000。

有关政策原文见 https://www.ndrc.gov.cn/ 。

## 四、工作要求

各单位要严格落实“谁认定、谁修复”的原则，对符合条件的修复申请，应当自受理之日起5个工作日内办结，并及时将修复结果推送至市公共信用信息平台。

示例市社会信用体系建设领导小组办公室
2026年10月9日

"""#),
        Notice(file: "2026-disclosure-rules.md", note: "table, strikethrough inside bold text", title: "示例市行政许可和行政处罚等信用信息公示管理办法", date: "2026-03-18", category: "政策法规", docNumber: "示政办发〔2026〕8号", issuer: "示例市人民政府办公室", body: #"""
**第一条** 为规范行政许可和行政处罚等信用信息（以下简称“双公示”信息）的归集和公示工作，推进政务诚信和社会信用体系建设，根据《国务院关于建立完善守信联合激励和失信联合惩戒制度加快推进社会诚信建设的指导意见》等规定，结合本市实际，制定本办法。

**第二条** 本市行政机关和法律、法规授权的具有管理公共事务职能的组织作出的行政许可、行政处罚决定，除法律、法规另有规定外，应当通过“信用示例市”网站向社会公示。

**第三条** 行政许可、行政处罚决定信息应当自作出决定之日起~~7个工作日内~~**7个自然日内**上传市公共信用信息平台，并按照国家《“双公示”数据标准》报送下列数据项：

| 数据类别 | 主要数据项 | 报送频率 |
| --- | --- | --- |
| 行政许可 | 行政相对人名称、统一社会信用代码、许可决定文书号、许可内容、有效期 | 每日 |
| 行政处罚 | 行政相对人名称、处罚决定书文号、违法事实、处罚依据、处罚内容 | 每日 |
| 红黑名单 | 主体名称、认定部门、认定文号、认定日期、有效期 | 每周 |

**第四条** 公示信息涉及自然人的，应当对姓名、身份证件号码、联系方式等个人信息作脱敏处理；涉及未成年人的，不予公示；涉及国家秘密、商业秘密的，依法不予公示。

**第五条** 信用主体认为公示信息存在错误、遗漏的，可以向数据提供单位或者市社会信用体系建设领导小组办公室提出异议。异议处理期间，网站暂停公示相关信息。

**第六条** 本办法自2026年4月1日起施行，有效期五年。

示例市人民政府办公室
2026年3月18日

"""#),
        Notice(file: "2026-q3-work-meeting.md", note: "raw `<script>alert(1)</script>` and `<div>` and a `[下载附件](javascript:alert(1))` link, all of which the renderer must neutralise; no doc_number", title: "我市召开2026年第三季度社会信用体系建设工作推进会", date: "2026-09-24", category: "信用动态", issuer: office, body: #"""
9月23日，市社会信用体系建设领导小组办公室召开2026年第三季度工作推进会，通报前三季度“双公示”数据报送质量和信用修复办理情况，部署下一阶段重点工作。

会议指出，今年以来全市各单位累计报送行政许可信息一万二千余条、行政处罚信息三千余条，数据合规率、及时率均保持在99%以上。市场监管、生态环境、交通运输等部门建立“首违不罚”清单，对轻微违法行为依法不予公示。

会议要求：

- 进一步提高数据质量，杜绝漏报、迟报、错报；
- 严格落实个人信息保护要求，公示信息中不得出现完整身份证号码和手机号码；
- 持续做好信用修复“一网通办”，压缩办理时限。

<script>alert(1)</script>

<div style="display:none">本段为网页编辑器遗留的排版代码。</div>

会议材料请点击[下载附件](javascript:alert(1))，或访问[信用示例市](https://credit.example.gov.cn/)查看。

"""#),
        Notice(file: "2026-typical-cases.md", note: "headings and a table", title: "2026年第二批失信惩戒和信用修复典型案例", date: "2026-11-06", category: "典型案例", docNumber: "示信用办〔2026〕13号", issuer: office, body: #"""
为发挥典型案例的警示教育和示范引导作用，现将我市2026年第二批失信惩戒和信用修复典型案例公布如下。

### 案例一：某食品公司生产经营添加非食用物质食品案

经查，当事人在生产的卤制品中违法添加非食用物质，市市场监督管理局依法没收违法所得、罚款，吊销其食品生产许可证，并对其法定代表人作出五年内不得从事食品生产经营管理工作的处理。该公司被列入严重违法失信名单，在政府采购、招标投标等领域依法受到限制。

### 案例二：某物流公司主动纠错完成信用修复

当事人因危险废物贮存不规范被处以罚款。处罚决定作出后，当事人主动缴纳罚款、完成整改，并在最短公示期届满后通过网上申请完成信用修复，用时仅3个工作日。

| 案例 | 失信行为 | 处理结果 |
| --- | --- | --- |
| 案例一 | 添加非食用物质 | 罚款、吊销许可证件、限制从业 |
| 案例二 | 危险废物贮存不规范 | 罚款，已完成信用修复 |

广大经营主体要引以为戒，依法诚信经营。失信行为线索可通过“信用示例市”网站或者拨打0717-6220000反映。

"""#),
        Notice(file: "2026-draft-rating-plan.md", note: "`draft: true`", title: "示例市2027年度公共信用综合评价工作方案（征求意见稿）", date: "2026-11-15", category: "通知公告", docNumber: "示信用办〔2026〕14号", issuer: office, state: "draft: true", body: #"""
**本文为草稿，尚未发布。**

为建立以信用为基础的新型监管机制，拟对全市经营主体开展公共信用综合评价，评价结果分为A、B、C、D四个等级。

"""#),
        Notice(file: "2026-a-taxpayer-publicity.md", note: "`expires: 2026-06-30` has passed", title: "关于2025年度纳税信用A级纳税人名单的公示", date: "2026-04-20", category: "通知公告", docNumber: "示税函〔2026〕41号", issuer: "国家税务总局示例市税务局", state: "expires: 2026-06-30", body: #"""
根据《纳税信用管理办法》有关规定，经评价，现将2025年度纳税信用A级纳税人名单予以公示。公示期内，如有异议，请以书面形式向国家税务总局示例市税务局反映。

1. 示例市恒通建材有限公司
2. 示例市康润食品有限公司
3. 示例市清江水务有限公司

公示期：2026年4月20日至2026年6月30日。

"""#),
    ]
}
