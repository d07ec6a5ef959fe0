/// One page per record, and one page per organisation (subjects/<统一社会信用代码>/) linking all of its
/// shown records.
extension SiteRenderer {
    /// One page per record, in chunks across cores; the first error stops the build.
    func renderRecords(_ records: [PublishedRecord], writer: FileTreeWriter) throws {
        try Parallel.forEach(records.count, chunk: 512) { i in
            let r = records[i]
            try writer.write(SitePaths.record(r), text: try render(recordPage(r), "record"))
        }
    }

    func recordPage(_ r: PublishedRecord) -> RecordPage {
        let path = SitePaths.record(r)
        let root = SitePaths.root(for: path)
        let catalog = r.dataset.kind.catalog
        let fields = r.fields.map { FieldRow(code: $0.code, label: catalog.spec($0.code).name, value: $0.value) }
        var crumbs = [home(root), Crumb(title: r.dataset.title, href: root + SitePaths.page(1, of: SitePaths.datasetBase(r.dataset)))]
        if r.dataset.isList {
            crumbs.append(Crumb(title: r.summary, href: root + SitePaths.page(1, of: SitePaths.listBase(r.dataset, listName: r.summary))))
        }
        return RecordPage(chrome: chrome(path: path, title: "\(r.subjectName) - \(r.dataset.title)", current: r.dataset.rawValue,
                                         noindex: r.isNoindex(policy: config.policy)),
                          crumbs: crumbs, heading: r.subjectName, datasetTitle: r.dataset.title, fields: fields,
                          windowFirst: r.window.first.iso, windowLast: r.window.last?.iso ?? DateValue.noEndText,
                          severity: r.severity?.rawValue,
                          subjectHref: r.subjectCode.map { root + SitePaths.subject($0) }, subjectCode: r.subjectCode)
    }

    /// Every organisation with a shown record, by code, with its records (dataset order, newest first).
    static func subjects(_ datasets: [Dataset: [PublishedRecord]]) -> [(code: String, records: [(Dataset, Int)])] {
        var bySubject: [String: [(Dataset, Int)]] = [:]
        for d in Dataset.allCases {
            for (i, r) in (datasets[d] ?? []).enumerated() {
                if let code = r.subjectCode { bySubject[code, default: []].append((d, i)) }
            }
        }
        return bySubject.keys.sorted().map { ($0, bySubject[$0] ?? []) }
    }

    func renderSubjects(_ datasets: [Dataset: [PublishedRecord]], writer: FileTreeWriter) throws {
        let subjects = Self.subjects(datasets)
        try Parallel.forEach(subjects.count, chunk: 256) { i in
            let (code, refs) = subjects[i]
            let path = SitePaths.subject(code)
            let root = SitePaths.root(for: path)
            let records = refs.compactMap { datasets[$0.0]?[$0.1] }
            // The newest record's name: a company renamed since an older decision shows its current name.
            let name = records.max { ($0.date, $1.id) < ($1.date, $0.id) }?.subjectName ?? code
            let sections = Dataset.allCases.compactMap { d -> RecordTable? in
                let rows = records.filter { $0.dataset == d }.map { row($0, root: root) }
                return rows.isEmpty ? nil : table(d, caption: d.title, rows: rows)
            }
            let page = SubjectPage(chrome: chrome(path: path, title: "\(name) - 信用信息", current: nil),
                                   crumbs: [home(root)], name: name, code: code, total: records.count, sections: sections)
            try writer.write(path, text: try render(page, "subject"))
        }
    }
}
