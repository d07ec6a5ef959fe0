import Crypto

/// The site's URL layout (SPEC section 6) in one place: every page path the renderer writes and every
/// link to it are made here, so the layout can only change in one file.
///
/// Paths are relative to Output/ and end in `index.html`; links from a page are `root + path`.
public enum SitePaths {
    public static let home = "index.html"
    public static let objection = "objection/index.html"
    public static let notFound = "404.html"
    public static let search = "search/index.html"
    public static let atom = "atom.xml"
    public static let sitemap = "sitemap.xml"
    public static let robots = "robots.txt"
    /// 数据统计: charts of what the site publishes.
    public static let statistics = "statistics/index.html"
    /// The JSON the statistics page is drawn from (a feed file, listed in the manifest).
    public static let statisticsFeed = "feeds/statistics.json"
    /// 无障碍与长辈版: where the 长辈版 switch leads without JavaScript.
    public static let accessibility = "accessibility/index.html"

    /// Page `n` (1-based) of a paginated list under `base` ("penalties/", "redlist/list/a-taxpayer/").
    public static func page(_ n: Int, of base: String) -> String {
        n == 1 ? "\(base)index.html" : "\(base)page/\(n)/index.html"
    }

    /// The directory of every page of the list under `base`: what keeps each record three clicks from home.
    public static func directory(of base: String) -> String { "\(base)pages/index.html" }

    public static func record(_ r: ShownRecord) -> String { record(r.dataset, id: r.id) }
    public static func record(_ dataset: Dataset, id: String) -> String { "\(dataset.rawValue)/\(id)/index.html" }

    /// subjects/<统一社会信用代码>/: the code is 18 characters of digits and capitals, safe in a URL.
    public static func subject(_ code: String) -> String { "subjects/\(code)/index.html" }

    public static func datasetBase(_ d: Dataset) -> String { "\(d.rawValue)/" }

    /// redlist/list/<slug>/ and blacklist/list/<slug>/: one list (名单名称) of a red or black list.
    public static func listBase(_ d: Dataset, listName: String) -> String { "\(d.rawValue)/list/\(listSlug(listName))/" }

    public static let noticesBase = "notices/"
    public static func notice(_ slug: String) -> String { "notices/\(slug)/index.html" }
    public static func categoryBase(_ category: String) -> String { "notices/category/\(categorySlug(category))/" }

    /// Stable ASCII slugs of the national list names; any other name gets `list-` and a hash of the name,
    /// which stays the same across builds and never depends on what else is listed.
    static let knownLists: [String: String] = [
        "A级纳税人": "a-taxpayer", "守信激励对象": "trust-incentive", "诚信示范企业": "integrity-model",
        "失信被执行人": "judgment-defaulter", "严重违法失信名单": "serious-violation",
        "严重违法失信企业名单": "serious-violation-enterprise", "重大税收违法失信主体": "major-tax-violation",
        "建筑市场主体黑名单": "construction-market", "海关高级认证企业": "customs-aeo",
        "安全生产失信联合惩戒对象": "work-safety", "拖欠农民工工资失信联合惩戒对象": "wage-arrears",
    ]

    public static func listSlug(_ name: String) -> String {
        if let known = knownLists[name] { return known }
        let digest = SHA256.hash(data: Array(name.utf8))
        return "list-" + digest.prefix(5).map { byte in
            let hex = Array("0123456789abcdef")
            return String([hex[Int(byte >> 4)], hex[Int(byte & 15)]])
        }.joined()
    }

    static let knownCategories: [String: String] = [
        "政策法规": "policy", "通知公告": "announcements", "信用动态": "news", "典型案例": "cases",
    ]

    public static func categorySlug(_ category: String) -> String { knownCategories[category] ?? listSlug(category) }

    /// "../" once per folder of `path`: links stay relative, so the site works from file:// and any subfolder.
    public static func root(for path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }

    /// The public URL of `path`: folders end in `/` rather than `index.html`.
    public static func url(_ path: String, base: String) -> String {
        base + (path.hasSuffix("index.html") ? String(path.dropLast("index.html".count)) : path)
    }

    /// The path part of `base_url` ("/", "/credit/"): the 404 page is served at any URL, so it links from there.
    public static func basePath(_ baseURL: String) -> String {
        guard let scheme = baseURL.range(of: "://") else { return "/" }
        let rest = baseURL[scheme.upperBound...]
        guard let slash = rest.firstIndex(of: "/") else { return "/" }
        let path = String(rest[slash...])
        return path.hasSuffix("/") ? path : path + "/"
    }
}
