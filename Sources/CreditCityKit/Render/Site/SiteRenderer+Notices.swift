/// Notices (all, by category, each one), the objection and credit-repair page, and 404.html.
extension SiteRenderer {
    func noticeLink(_ n: Notice, root: String) -> NoticeLink {
        NoticeLink(href: root + SitePaths.notice(n.slug), title: n.title, date: n.date.iso, category: n.category)
    }

    /// The categories that have shown notices, in the standard's order, then any others by name.
    func categoryLinks(_ notices: [Notice], root: String, current: String?) -> [GroupLink] {
        var counts: [String: Int] = [:]
        for n in notices { counts[n.category, default: 0] += 1 }
        let order = Notice.categories + counts.keys.filter { !Notice.categories.contains($0) }.sorted()
        return order.compactMap { c in
            counts[c].map { GroupLink(title: c, href: root + SitePaths.page(1, of: SitePaths.categoryBase(c)), count: $0, current: c == current) }
        }
    }

    func renderNotices(_ notices: [Notice], writer: FileTreeWriter) throws {
        try renderNoticeList(notices, all: notices, base: SitePaths.noticesBase, category: nil, writer: writer)
        for c in categoryLinks(notices, root: "", current: nil).map(\.title) {
            try renderNoticeList(notices.filter { $0.category == c }, all: notices, base: SitePaths.categoryBase(c), category: c, writer: writer)
        }
        for notice in notices {
            let path = SitePaths.notice(notice.slug)
            let root = SitePaths.root(for: path)
            let categoryHref = root + SitePaths.page(1, of: SitePaths.categoryBase(notice.category))
            let page = NoticePage(chrome: chrome(path: path, title: notice.title, current: "notices"),
                                  crumbs: [home(root), Crumb(title: "通知公告", href: root + SitePaths.page(1, of: SitePaths.noticesBase)),
                                           Crumb(title: notice.category, href: categoryHref)],
                                  title: notice.title, date: notice.date.iso, category: notice.category, categoryHref: categoryHref,
                                  docNumber: notice.docNumber, issuer: notice.issuer, bodyHTML: notice.bodyHTML)
            try writer.write(path, text: try render(page, "notice"))
        }
    }

    func renderNoticeList(_ notices: [Notice], all: [Notice], base: String, category: String?, writer: FileTreeWriter) throws {
        let size = config.pageSize
        let pageCount = max(1, (notices.count + size - 1) / size)
        for n in 1...pageCount {
            let path = SitePaths.page(n, of: base)
            let root = SitePaths.root(for: path)
            let heading = category ?? "通知公告"
            var crumbs = [home(root)]
            if category != nil { crumbs.append(Crumb(title: "通知公告", href: root + SitePaths.page(1, of: SitePaths.noticesBase))) }
            let page = NoticeListPage(
                chrome: chrome(path: path, title: n == 1 ? heading : "\(heading)（第\(n)页）", current: "notices"),
                crumbs: crumbs, heading: heading, categories: categoryLinks(all, root: root, current: category),
                notices: notices.dropFirst((n - 1) * size).prefix(size).map { noticeLink($0, root: root) },
                pagination: .links(current: n, count: pageCount, root: root, base: base))
            try writer.write(path, text: try render(page, "notice-list"))
        }
    }

    func renderObjection(writer: FileTreeWriter) throws {
        let path = SitePaths.objection
        let c = config.contact
        let set: (String) -> String? = { $0.isEmpty ? nil : $0 }
        let page = ObjectionPage(chrome: chrome(path: path, title: "异议申诉与信用修复", current: "objection"),
                                 crumbs: [home(SitePaths.root(for: path))], department: set(c.department), phone: set(c.phone),
                                 address: set(c.address), email: set(c.email), hours: set(c.hours))
        try writer.write(path, text: try render(page, "objection"))
    }

    /// 404.html is served for any missing URL, at any depth, so its links start at the path of base_url.
    func renderNotFound(writer: FileTreeWriter) throws {
        let page = NotFoundPage(chrome: chrome(path: SitePaths.notFound, title: "页面未找到", current: nil, noindex: true,
                                               root: SitePaths.basePath(config.baseURL)))
        try writer.write(SitePaths.notFound, text: try render(page, "404"))
    }
}
