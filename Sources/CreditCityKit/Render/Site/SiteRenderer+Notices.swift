/// Notices (all, by category, each one), the objection and credit-repair page, and 404.html.
extension SiteRenderer {
    func noticeLink(_ n: Notice, root: String) -> NoticeLink {
        NoticeLink(href: root + SitePaths.notice(n.slug), title: n.title, date: n.date.iso, category: n.category)
    }

    /// The categories that have shown notices, in the plan's order, each with its count.
    func categoryLinks(_ plan: SitePlan, root: String, current: String?) -> [GroupLink] {
        plan.noticeCategories.map {
            GroupLink(title: $0.name, href: root + SitePaths.page(1, of: SitePaths.categoryBase($0.name)), count: $0.members.count,
                      current: $0.name == current)
        }
    }

    func noticePage(_ notice: Notice) throws -> String {
        let path = SitePaths.notice(notice.slug)
        let root = SitePaths.root(for: path)
        let categoryHref = root + SitePaths.page(1, of: SitePaths.categoryBase(notice.category))
        let page = NoticePage(chrome: chrome(path: path, title: notice.title, current: "notices"),
                              crumbs: [home(root), Crumb(title: "通知公告", href: root + SitePaths.page(1, of: SitePaths.noticesBase)),
                                       Crumb(title: notice.category, href: categoryHref)],
                              title: notice.title, date: notice.date.iso, category: notice.category, categoryHref: categoryHref,
                              docNumber: notice.docNumber, issuer: notice.issuer, bodyHTML: notice.bodyHTML)
        return try render(page, "notice")
    }

    func noticeListPage(_ list: SitePlan.NoticeList, number n: Int, plan: SitePlan) throws -> String {
        let path = SitePaths.page(n, of: list.base)
        let root = SitePaths.root(for: path)
        let heading = list.category ?? "通知公告"
        var crumbs = [home(root)]
        if list.category != nil { crumbs.append(Crumb(title: "通知公告", href: root + SitePaths.page(1, of: SitePaths.noticesBase))) }
        let page = NoticeListPage(
            chrome: chrome(path: path, title: n == 1 ? heading : "\(heading)（第\(n)页）", current: "notices"),
            crumbs: crumbs, heading: heading, categories: categoryLinks(plan, root: root, current: list.category),
            notices: plan.page(n, of: list.members).map { noticeLink(plan.notices[$0], root: root) },
            pagination: .links(current: n, count: list.pageCount, root: root, base: list.base))
        return try render(page, "notice-list")
    }

    func objectionPage() throws -> String {
        let path = SitePaths.objection
        let c = config.contact
        let set: (String) -> String? = { $0.isEmpty ? nil : $0 }
        let page = ObjectionPage(chrome: chrome(path: path, title: "异议申诉与信用修复", current: "objection"),
                                 crumbs: [home(SitePaths.root(for: path))], department: set(c.department), phone: set(c.phone),
                                 address: set(c.address), email: set(c.email), hours: set(c.hours))
        return try render(page, "objection")
    }

    /// 404.html is served for any missing URL, at any depth, so its links start at the path of base_url.
    func notFoundPage() throws -> String {
        let page = NotFoundPage(chrome: chrome(path: SitePaths.notFound, title: "页面未找到", current: nil, noindex: true,
                                               root: SitePaths.basePath(config.baseURL)))
        return try render(page, "404")
    }
}
