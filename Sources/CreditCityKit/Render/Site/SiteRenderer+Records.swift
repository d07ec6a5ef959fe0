/// One page per record, and one page per organisation (subjects/<统一社会信用代码>/) linking all of its
/// shown records.
extension SiteRenderer {
    func recordPage(_ r: PublishedRecord) throws -> String {
        let path = SitePaths.record(r.shown)
        let root = SitePaths.root(for: path)
        let catalog = r.dataset.kind.catalog
        let fields = r.fields.map { FieldRow(code: $0.code, label: catalog.spec($0.code).name, value: $0.value) }
        var crumbs = [home(root), Crumb(title: r.dataset.title, href: root + SitePaths.page(1, of: SitePaths.datasetBase(r.dataset)))]
        if r.dataset.isList {
            crumbs.append(Crumb(title: r.summary, href: root + SitePaths.page(1, of: SitePaths.listBase(r.dataset, listName: r.summary))))
        }
        let page = RecordPage(chrome: chrome(path: path, title: "\(r.subjectName) - \(r.dataset.title)", current: r.dataset.rawValue,
                                             noindex: r.isNoindex(policy: config.policy)),
                              crumbs: crumbs, heading: r.subjectName, datasetTitle: r.dataset.title, fields: fields,
                              windowFirst: r.window.first.iso, windowLast: r.window.last?.iso ?? DateValue.noEndText,
                              severity: r.severity?.rawValue,
                              subjectHref: r.subjectCode.map { root + SitePaths.subject($0) }, subjectCode: r.subjectCode)
        return try render(page, "record")
    }

    func subjectPage(_ subject: SitePlan.Subject, plan: SitePlan) throws -> String {
        let path = SitePaths.subject(subject.code)
        let root = SitePaths.root(for: path)
        let records = subject.members.map { plan.record($0) }
        let sections = Dataset.allCases.compactMap { d -> RecordTable? in
            let rows = records.filter { $0.dataset == d }.map { row($0, root: root) }
            return rows.isEmpty ? nil : table(d, caption: d.title, rows: rows)
        }
        let page = SubjectPage(chrome: chrome(path: path, title: "\(subject.name) - 信用信息", current: nil),
                               crumbs: [home(root)], name: subject.name, code: subject.code, total: records.count, sections: sections)
        return try render(page, "subject")
    }
}
