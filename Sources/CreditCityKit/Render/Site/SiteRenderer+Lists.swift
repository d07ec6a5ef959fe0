/// Paginated record lists, newest first: each dataset, and each named list (名单名称) of the red and
/// black lists, with a page directory that links every page of its list.
///
/// Click depth: home → a dataset's page directory → list page N → record, so every record is three
/// clicks from home however long the list. The directory holds one short link per page (about 90 bytes),
/// so a dataset of a million records at 50 a page has a 20,000-link directory of about 1.8 MB.
extension SiteRenderer {
    static func columnLabels(_ dataset: Dataset) -> (name: String, summary: String, authority: String, date: String) {
        switch dataset {
        case .licensing: ("行政相对人", "许可证书 / 决定", "许可机关", "决定日期")
        case .penalties: ("行政相对人", "处罚类别", "处罚机关", "决定日期")
        case .redlist, .blacklist: ("主体名称", "名单名称", "认定部门", "认定日期")
        }
    }

    static func intro(_ dataset: Dataset) -> String {
        switch dataset {
        case .licensing: "依法公示的行政许可决定信息，按许可决定日期从新到旧排列。"
        case .penalties: "依法公示的行政处罚决定信息，按处罚决定日期从新到旧排列。轻微失信行为的处罚信息不予公示。"
        case .redlist: "经有关部门认定的守信激励对象名单，按认定日期从新到旧排列。"
        case .blacklist: "经有关部门认定的严重失信主体名单，按认定日期从新到旧排列。"
        }
    }

    func table(_ dataset: Dataset, caption: String, rows: [RecordRow]) -> RecordTable {
        let l = Self.columnLabels(dataset)
        return RecordTable(caption: caption, nameLabel: l.name, summaryLabel: l.summary, authorityLabel: l.authority,
                           dateLabel: l.date, rows: rows)
    }

    /// The heading of a list: the dataset's title, or title：名单名称.
    static func heading(_ list: SitePlan.RecordList) -> String {
        list.name.map { "\(list.dataset.title)：\($0)" } ?? list.dataset.title
    }

    /// Breadcrumb steps after 首页, with hrefs relative to the site root: a named list sits under its dataset.
    static func parents(_ list: SitePlan.RecordList) -> [Crumb] {
        list.name == nil ? [] : [Crumb(title: list.dataset.title, href: SitePaths.page(1, of: SitePaths.datasetBase(list.dataset)))]
    }

    /// Page `n` of a list.
    func listPage(_ list: SitePlan.RecordList, number n: Int, plan: SitePlan) throws -> String {
        let path = SitePaths.page(n, of: list.base)
        let root = SitePaths.root(for: path)
        let heading = Self.heading(list)
        let rows = plan.page(n, of: list.members).map { row(plan.record($0), root: root) }
        let title = n == 1 ? heading : "\(heading)（第\(n)页）"
        let intro = list.name.map { "“\($0)”名单共 \(list.members.count) 条，按认定日期从新到旧排列。" } ?? Self.intro(list.dataset)
        let page = RecordListPage(
            chrome: chrome(path: path, title: title, current: list.dataset.rawValue),
            crumbs: [home(root)] + Self.parents(list).map { Crumb(title: $0.title, href: root + $0.href) },
            heading: heading, intro: intro, total: list.members.count, pageNumber: n, pageCount: list.pageCount,
            table: table(list.dataset, caption: "\(heading)第\(n)页", rows: rows),
            groups: (plan.namedLists[list.dataset] ?? []).map {
                GroupLink(title: $0.name, href: root + SitePaths.page(1, of: SitePaths.listBase(list.dataset, listName: $0.name)),
                          count: $0.members.count, current: $0.name == list.name)
            },
            pagination: .links(current: n, count: list.pageCount, root: root, base: list.base, directory: true))
        return try render(page, "record-list")
    }

    /// `base/pages/index.html`: every page of the list, grouped by the month of its newest record.
    func directoryPage(_ list: SitePlan.RecordList, plan: SitePlan) throws -> String {
        let path = SitePaths.directory(of: list.base)
        let root = SitePaths.root(for: path)
        let heading = Self.heading(list)
        var groups: [PageGroup] = []
        for n in 1...list.pageCount {
            let first = list.members.isEmpty ? asOf : plan.records[list.members[(n - 1) * config.pageSize]].window.first
            let label = "\(first.year)年\(first.month)月"
            let link = PageLink(number: n, href: root + SitePaths.page(n, of: list.base), current: false)
            if groups.last?.label == label {
                groups[groups.count - 1].pages.append(link)
                groups[groups.count - 1].last = n
            } else {
                groups.append(PageGroup(label: label, first: n, last: n, pages: [link]))
            }
        }
        let crumb = Crumb(title: heading, href: root + SitePaths.page(1, of: list.base))
        let page = PageDirectoryPage(
            chrome: chrome(path: path, title: "\(heading) 分页目录", current: list.dataset.rawValue),
            crumbs: [home(root)] + Self.parents(list).map { Crumb(title: $0.title, href: root + $0.href) } + [crumb],
            heading: "\(heading) 分页目录", total: list.members.count, pageCount: list.pageCount, groups: groups)
        return try render(page, "page-directory")
    }
}
