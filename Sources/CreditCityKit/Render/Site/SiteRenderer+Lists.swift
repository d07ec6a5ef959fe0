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

    /// A dataset's pages, its directory, and for red and black lists one paginated list per 名单名称.
    func renderLists(_ dataset: Dataset, _ records: [PublishedRecord], writer: FileTreeWriter) throws {
        let base = SitePaths.datasetBase(dataset)
        var byName: [String: [PublishedRecord]] = [:]
        if dataset.isList {
            for r in records { byName[r.summary, default: []].append(r) }
        }
        let names = byName.keys.sorted { (byName[$0]?.count ?? 0, $1) > (byName[$1]?.count ?? 0, $0) }
        let groups = names.map { (name: $0, count: byName[$0]?.count ?? 0) }
        try renderPaged(records, dataset: dataset, base: base, heading: dataset.title, parents: [], groups: groups, current: nil, writer: writer)
        for name in names {
            let parent = Crumb(title: dataset.title, href: SitePaths.page(1, of: base))
            try renderPaged(byName[name] ?? [], dataset: dataset, base: SitePaths.listBase(dataset, listName: name),
                            heading: "\(dataset.title)：\(name)", parents: [parent], groups: groups, current: name, writer: writer)
        }
    }

    /// The pages of one list under `base`, and its directory. `parents` are breadcrumb steps after 首页,
    /// with hrefs relative to the site root.
    func renderPaged(_ records: [PublishedRecord], dataset: Dataset, base: String, heading: String, parents: [Crumb],
                     groups: [(name: String, count: Int)], current: String?, writer: FileTreeWriter) throws {
        let size = config.pageSize
        let pageCount = max(1, (records.count + size - 1) / size)
        let intro = current == nil ? Self.intro(dataset) : "“\(current ?? "")”名单共 \(records.count) 条，按认定日期从新到旧排列。"
        try Parallel.forEach(pageCount, chunk: 64) { i in
            let n = i + 1
            let path = SitePaths.page(n, of: base)
            let root = SitePaths.root(for: path)
            let rows = records.dropFirst(i * size).prefix(size).map { row($0, root: root) }
            let title = n == 1 ? heading : "\(heading)（第\(n)页）"
            let page = RecordListPage(
                chrome: chrome(path: path, title: title, current: dataset.rawValue),
                crumbs: [home(root)] + parents.map { Crumb(title: $0.title, href: root + $0.href) },
                heading: heading, intro: intro, total: records.count, pageNumber: n, pageCount: pageCount,
                table: table(dataset, caption: "\(heading)第\(n)页", rows: rows), groups: groups.map {
                    GroupLink(title: $0.name, href: root + SitePaths.page(1, of: SitePaths.listBase(dataset, listName: $0.name)),
                              count: $0.count, current: $0.name == current)
                },
                pagination: .links(current: n, count: pageCount, root: root, base: base, directory: true))
            try writer.write(path, text: try render(page, "record-list"))
        }
        try renderDirectory(records, dataset: dataset, base: base, heading: heading, parents: parents, pageCount: pageCount, writer: writer)
    }

    /// `base/pages/index.html`: every page of the list, grouped by the month of its newest record.
    func renderDirectory(_ records: [PublishedRecord], dataset: Dataset, base: String, heading: String, parents: [Crumb],
                         pageCount: Int, writer: FileTreeWriter) throws {
        let path = SitePaths.directory(of: base)
        let root = SitePaths.root(for: path)
        let size = config.pageSize
        var groups: [PageGroup] = []
        for n in 1...pageCount {
            let first = records.isEmpty ? asOf : records[(n - 1) * size].date
            let label = "\(first.year)年\(first.month)月"
            let link = PageLink(number: n, href: root + SitePaths.page(n, of: base), current: false)
            if groups.last?.label == label {
                groups[groups.count - 1].pages.append(link)
                groups[groups.count - 1].last = n
            } else {
                groups.append(PageGroup(label: label, first: n, last: n, pages: [link]))
            }
        }
        let list = Crumb(title: heading, href: root + SitePaths.page(1, of: base))
        let page = PageDirectoryPage(
            chrome: chrome(path: path, title: "\(heading) 分页目录", current: dataset.rawValue),
            crumbs: [home(root)] + parents.map { Crumb(title: $0.title, href: root + $0.href) } + [list],
            heading: "\(heading) 分页目录", total: records.count, pageCount: pageCount, groups: groups)
        try writer.write(path, text: try render(page, "page-directory"))
    }
}
