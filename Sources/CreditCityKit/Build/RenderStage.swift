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

    /// What the check before rendering found in the record pages made: personal numbers still readable
    /// after masking (by content file, line and field) and organisations' public identifiers that read
    /// as one (for the audit to allow).
    struct Checked {
        var privacyErrors: [Diagnostic] = []
        var allowed: PublicNumbers
        /// With `--shard`: what every shard of the same site shares (`ShardFingerprint`).
        var fingerprint: String?
    }

    @discardableResult
    func run(_ plan: SitePlan, values: RecordValues, sink: OutputSink) throws -> Checked {
        let renderer = SiteRenderer(library: library, config: config, asOf: options.asOf)
        let global = try OutputKeys.global(templatesDir: options.templatesDir, contentDir: options.contentDir,
                                           baseURL: options.baseURL, asOf: options.asOf)
        let keys = OutputKeys(plan: plan, global: global)
        let planned = plan.pages
        // A shard renders only the files it owns; the rest are other shards' (SPEC section 9).
        let owns: (String) -> Bool = { path in options.shard?.owns(path) ?? true }
        // Only what Output/ does not already have, rendered from the same inputs, is rendered.
        let pages = planned.filter { owns(plan.path($0)) && !sink.isCurrent(plan.path($0), key: keys.key($0)) }
        let records = plan.records.indices.filter { owns(plan.path(.record($0))) && !sink.isCurrent(plan.path(.record($0)), key: keys.records[$0]) }
        sink.willTouch(pages.map(plan.path) + records.map { plan.path(.record($0)) })
        let progress = ProgressCounter("rendering pages", total: pages.count + records.count, unit: "pages", report: options.onProgress)
        try Parallel.forEach(pages.count, chunk: 16) { i in
            let page = pages[i]
            try sink.emit(plan.path(page), key: keys.key(page), bytes: Array(try renderer.render(page, plan: plan).utf8))
            progress.add(1)
        }
        // Record pages need their values: read chunk by chunk, each chunk once.
        let chunks = plan.valueChunks(records)
        let masker = config.masker
        let check = PublishedTextCheck(publicNumbers: config.publicNumbers)
        let fingerprint = options.shard.map { ShardFingerprint.of(plan, keys: keys, pages: planned, asOf: options.asOf, count: $0.count) }
        let checked = CheckedPages(Checked(allowed: config.publicNumbers, fingerprint: fingerprint))
        try Parallel.forEach(chunks.count, chunk: 1) { c in
            let chunk = chunks[c]
            let decoded = try values.chunk(file: chunk.file, chunk.chunk)
            for i in chunk.members {
                let r = plan.record(i)
                let e = plan.index.entries[r.entry]
                let slot = Int(e.slot) % RecordValues.chunkSize
                let published = PublishedRecord(kind: e.kind, values: slot < decoded.count ? decoded[slot] : [], shown: r, masker: masker)
                // The check before rendering, for each page made; a kept page passed it when it was made
                // from the same values and site.yaml.
                let found = check.check(published, at: plan.index.location(of: e))
                if !found.diagnostics.isEmpty || !found.publicIdentifiers.isEmpty {
                    checked.withLock { c in
                        c.privacyErrors += found.diagnostics
                        for code in found.publicIdentifiers { c.allowed.allowIdentifier(code) }
                    }
                }
                try sink.emit(plan.path(.record(i)), key: keys.records[i], bytes: Array(try renderer.recordPage(published).utf8))
            }
            progress.add(chunk.members.count)
        }
        try renderer.sitemaps(plan) { path, bytes in try sink.emit(path, bytes: bytes) }
        // The search index is made whole or not at all: when what it indexes is unchanged, every file is kept.
        let searchKey = keys.search
        if owns("search/"), !sink.keepFolder("search/", whenCurrent: SearchIndexWriter.entryFile, key: searchKey) {
            try renderer.search(plan) { path, bytes in try sink.emit(path, key: searchKey, bytes: bytes) }
        }
        try copyAssets(into: sink)
        // The mark that Output/ is a site CreditCity built (`OutputMarker`): the same bytes every build.
        try sink.emit(OutputMarker.fileName, bytes: OutputMarker.contents)
        return checked.withLock { c in
            c.privacyErrors.sort { ($0.file, $0.line ?? 0) < ($1.file, $1.line ?? 0) }
            return c
        }
    }

    /// What the audit allows, from every shown record (not only the pages this build made): the office's
    /// numbers and every public identifier that reads as a personal number. Needed only when the audit
    /// found something, as a kept record's identifier may sit in a list page or feed file made anew.
    static func allowed(_ plan: SitePlan, values: RecordValues, config: SiteConfig) throws -> PublicNumbers {
        let check = PublishedTextCheck(publicNumbers: config.publicNumbers)
        let masker = config.masker
        let chunks = plan.valueChunks(plan.records.indices)
        let found = try Parallel.map(chunks.count, chunk: 1) { c -> [String] in
            let chunk = chunks[c]
            let decoded = try values.chunk(file: chunk.file, chunk.chunk)
            return chunk.members.flatMap { i -> [String] in
                let r = plan.record(i)
                let e = plan.index.entries[r.entry]
                let slot = Int(e.slot) % RecordValues.chunkSize
                let published = PublishedRecord(kind: e.kind, values: slot < decoded.count ? decoded[slot] : [], shown: r, masker: masker)
                return check.check(published, at: plan.index.location(of: e)).publicIdentifiers
            }
        }
        var allowed = config.publicNumbers
        for code in found.joined() { allowed.allowIdentifier(code) }
        return allowed
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

/// The check's findings, gathered from the threads that make record pages.
private final class CheckedPages: @unchecked Sendable {
    private let lock = NSLock()
    private var value: RenderStage.Checked

    init(_ value: RenderStage.Checked) { self.value = value }

    func withLock<T>(_ body: (inout RenderStage.Checked) -> T) -> T { lock.withLock { body(&value) } }
}
