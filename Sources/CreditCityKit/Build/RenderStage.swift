import Foundation

/// Render: the pages whose key Output/ does not have (issue 12, item 1), the sitemaps, the search
/// index and the assets, each handed to the `OutputSink`, which writes only what changed.
struct RenderStage {
    let templates: TemplateFolder
    let library: TemplateLibrary
    let config: SiteConfig
    let options: BuildOptions

    /// The folders and files written without a key known in advance (their bytes decide).
    static let unkeyed = ["feeds/", "search/", "sitemaps/", SitePaths.sitemap, "assets/", OutputMarker.fileName]

    func run(_ plan: SitePlan, values: RecordValues, sink: OutputSink) throws {
        let renderer = SiteRenderer(library: library, config: config, asOf: options.asOf)
        let global = try OutputKeys.global(templatesDir: options.templatesDir, contentDir: options.contentDir,
                                           baseURL: options.baseURL, asOf: options.asOf)
        let keys = OutputKeys(plan: plan, global: global)
        // Only what Output/ does not already have, rendered from the same inputs, is rendered.
        let pages = plan.pages.filter { !sink.isCurrent(plan.path($0), key: keys.key($0)) }
        let records = plan.records.indices.filter { !sink.isCurrent(plan.path(.record($0)), key: keys.records[$0]) }
        sink.willTouch(pages.map(plan.path) + records.map { plan.path(.record($0)) })
        let progress = ProgressCounter("rendering pages", total: pages.count + records.count, unit: "pages", report: options.onProgress)
        try Parallel.forEach(pages.count, chunk: 16) { i in
            let page = pages[i]
            try sink.emit(plan.path(page), key: keys.key(page), bytes: Array(try renderer.render(page, plan: plan).utf8))
            progress.add(1)
        }
        // Record pages need their values: read chunk by chunk, each chunk once.
        let chunks = plan.valueChunks(records)
        let masker = Masker(policy: config.policy)
        try Parallel.forEach(chunks.count, chunk: 1) { c in
            let chunk = chunks[c]
            let decoded = try values.chunk(file: chunk.file, chunk.chunk)
            for i in chunk.members {
                let r = plan.record(i)
                let e = plan.index.entries[r.entry]
                let slot = Int(e.slot) % RecordValues.chunkSize
                let published = PublishedRecord(kind: e.kind, values: slot < decoded.count ? decoded[slot] : [], shown: r, masker: masker)
                try sink.emit(plan.path(.record(i)), key: keys.records[i], bytes: Array(try renderer.recordPage(published).utf8))
            }
            progress.add(chunk.members.count)
        }
        try renderer.sitemaps(plan) { path, bytes in try sink.emit(path, bytes: bytes) }
        // The search index is made whole or not at all: when what it indexes is unchanged, every file is kept.
        let searchKey = keys.search
        if !sink.keepFolder("search/", whenCurrent: SearchIndexWriter.entryFile, key: searchKey) {
            try renderer.search(plan) { path, bytes in try sink.emit(path, key: searchKey, bytes: bytes) }
        }
        try copyAssets(into: sink)
        // The mark that Output/ is a site CreditCity built (`OutputMarker`): the same bytes every build.
        try sink.emit(OutputMarker.fileName, bytes: OutputMarker.contents)
    }

    /// Templates/assets/ (CSS, images, scripts) as the site's `assets/`: the files `TemplateFolder`
    /// checked, none from outside Templates/.
    func copyAssets(into sink: OutputSink) throws {
        let assets = options.templatesDir + "/assets"
        for path in templates.assets {
            guard let data = FileManager.default.contents(atPath: assets + "/" + path) else {
                throw BuildError.unreadable(.templates, assets + "/" + path, "permission denied or not a file")
            }
            try sink.emit("assets/" + path, bytes: [UInt8](data))
        }
    }
}
