/// One page of the site, as the plan names it. Every page has a path (`SitePaths`) and a key
/// (`OutputKeys`); `SiteRenderer.render(_:)` makes its HTML.
enum SitePage: Sendable, Hashable {
    case home, objection, accessibility, notFound, statistics, atom, robots
    /// Shown record `i` of the plan.
    case record(Int)
    /// Page `page` (1-based) of `plan.recordLists[list]`, and that list's page directory.
    case listPage(list: Int, page: Int)
    case directory(list: Int)
    /// `plan.subjects[i]`.
    case subject(Int)
    /// `plan.notices[i]`, and page `page` of `plan.noticeLists[list]`.
    case notice(Int)
    case noticeList(list: Int, page: Int)
}

extension SitePlan {
    /// The path of a page in Output/.
    func path(_ page: SitePage) -> String {
        switch page {
        case .home: SitePaths.home
        case .objection: SitePaths.objection
        case .accessibility: SitePaths.accessibility
        case .notFound: SitePaths.notFound
        case .statistics: SitePaths.statistics
        case .atom: SitePaths.atom
        case .robots: SitePaths.robots
        case .record(let i): SitePaths.record(dataset(i), id: id(i))
        case .listPage(let l, let n): SitePaths.page(n, of: recordLists[l].base)
        case .directory(let l): SitePaths.directory(of: recordLists[l].base)
        case .subject(let i): SitePaths.subject(subjects[i].code)
        case .notice(let i): SitePaths.notice(notices[i].slug)
        case .noticeList(let l, let n): SitePaths.page(n, of: noticeLists[l].base)
        }
    }

    /// Every page but the record pages, in a fixed order.
    var pages: [SitePage] {
        var out: [SitePage] = [.home, .objection, .accessibility, .notFound, .statistics, .atom, .robots]
        for (l, list) in recordLists.enumerated() {
            out += (1...list.pageCount).map { .listPage(list: l, page: $0) }
            out.append(.directory(list: l))
        }
        out += subjects.indices.map { .subject($0) }
        out += notices.indices.map { .notice($0) }
        for (l, list) in noticeLists.enumerated() { out += (1...list.pageCount).map { .noticeList(list: l, page: $0) } }
        return out
    }

    /// The dataset and id of shown record `i`, without resolving its strings.
    func dataset(_ i: Int) -> Dataset { index.entries[Int(records[i].entry)].dataset }
    func id(_ i: Int) -> String {
        let e = index.entries[Int(records[i].entry)]
        return e.publicID.text(e.dataset)
    }
}
