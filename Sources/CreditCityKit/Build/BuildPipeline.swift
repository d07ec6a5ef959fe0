import Foundation

/// The build, as the list of its stages: set up → load → decide → plan → render → feeds → audit → publish.
///
/// Each stage is a small type of its own that returns a value; this one runs them in order, fills the
/// report and turns any failure into a `Failure` that leaves Output/ as it was.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// A failure that stops the build; Output/ is left as it was. Carries the report so far, which the
    /// command line prints before the error.
    public struct Failure: Error, CustomStringConvertible {
        public var error: BuildError
        public var report: BuildReport
        public var description: String { error.description }
    }

    /// Where this build may write, checked on real paths (`OutputLocation`); throws its `Refusal`.
    public func location() throws -> OutputLocation {
        try Self.location(output: options.outputDir, state: options.stateDir, content: options.contentDir, templates: options.templatesDir)
    }

    /// The same check from the folders alone (the command line's, before anything else is done).
    public static func location(output: String, state: String, content: String, templates: String) throws -> OutputLocation {
        try OutputLocation(output: output, state: state, sources: [("--content", content), ("--templates", templates)])
    }

    /// Runs the build and returns the report; throws `Failure` when the build fails (exit status 1),
    /// or `OutputLocation.Refusal` before reading or writing anything when it may not write where
    /// it was told (exit status 2).
    public func run() async throws -> BuildReport {
        let location = try location()
        var report = BuildReport(asOf: options.asOf)
        do {
            // Held until this function returns: one build of an output at a time, whatever its state
            // folder, then one build per state folder.
            let outputLock = try BuildLock(output: location, wait: !options.noWait, waiting: options.onWait)
            let stateLock = try BuildLock(stateDir: options.stateDir, wait: !options.noWait, waiting: options.onWait)
            defer { withExtendedLifetime((outputLock, stateLock)) {} }
            try await stages(&report, location: location)
            try saveReport(report)
            return report
        } catch {
            // Every failure inside is a BuildError; anything else is a programming error worth showing as is.
            let buildError = error as? BuildError ?? BuildError(.publish, "\(error)")
            report.outcome = .failed
            report.failure = buildError
            try? saveReport(report)
            throw Failure(error: buildError, report: report)
        }
    }

    /// The stages in order; `report` is filled as they go, so a failure still reports what was found.
    func stages(_ report: inout BuildReport, location: OutputLocation) async throws {
        let site = try await SiteSetup(options: options).run()

        let database = try StateDatabase(stateDir: options.stateDir)
        // Nothing the site is made from changed since the last build, and Output/ is still what it
        // published: there is nothing to do (`BuildKey`).
        let outputDir = OutputPublisher(location: location).outputDir
        let key = options.writeOutput ? try BuildKey(options: options) : nil
        if let key, let last = try database.lastBuild(), last.key == key.hash,
           try database.settledGeneration(outputDir: outputDir) == last.generation, OutputMarker.isPresent(in: outputDir),
           options.shard == nil || FileManager.default.fileExists(atPath: manifestPath(location)) {
            report = last.report.report(asOf: options.asOf)
            if options.strict, report.rejectedCount > 0 { throw BuildError.strict(rejected: report.rejectedCount) }
            return
        }
        if key != nil { try database.setLastBuild(nil) }
        let loaded = try ContentStage(contentDir: options.contentDir, asOf: options.asOf, policy: site.config.policy,
                                      database: database, limits: site.config.limits, progress: options.onProgress,
                                      authorities: site.config.authorities, columns: site.config.columns).run()
        report.diagnostics = loaded.diagnostics
        report.diagnostics += site.warnings
        (report.contentFilesRead, report.contentFilesReused) = (loaded.filesRead, loaded.filesReused)
        if options.strict, report.rejectedCount > 0 { throw BuildError.strict(rejected: report.rejectedCount) }

        options.onProgress(BuildProgress("applying the publication rules", total: loaded.index.entries.count, unit: "records"))
        // The feeds' state (last earlier day's snapshot): withdrawn records need this build's hidden decisions.
        var history = try FeedHistory(stateDir: options.stateDir, asOf: options.asOf)
        let decided = DecisionStage(asOf: options.asOf, policy: site.config.policy, publicNumbers: site.config.publicNumbers)
            .run(loaded.index, notices: loaded.notices, history: &history)
        report.shown = decided.shownCount
        report.hidden = decided.hiddenCount
        report.noticesShown = decided.notices.count
        report.noticesHidden = decided.noticesHidden

        let plan = SitePlan(config: site.config, asOf: options.asOf, index: loaded.index, display: decided.display, shown: decided.shown,
                            notices: decided.notices)
        Memory.release()

        // Render what changed, write it into the tree the publisher prepares, audit it, publish.
        let publisher = try TreePublisher(location: location, database: database, readOnly: !options.writeOutput)
        let sink = OutputSink(publisher: publisher, dryRun: !options.writeOutput, unkeyed: RenderStage.unkeyed)
        sink.shard = options.shard
        do {
            let checked = try RenderStage(templates: site.templates, library: site.library, config: site.config, options: options)
                .run(plan, values: loaded.values, sink: sink)
            // A personal number in a value published as it is (a code, a date): named by file, line and field.
            // Records' findings (from the pages made), then notices' (from the decision stage).
            let privacyErrors = checked.privacyErrors + decided.privacyErrors
            guard privacyErrors.isEmpty else {
                report.diagnostics += privacyErrors
                throw BuildError.privacyValues(privacyErrors.count)
            }
            Memory.release()
            // feeds/ is made whole, by the one shard that owns it (`ShardOwnership`).
            var feeds: FeedWriter.Result?
            if options.shard?.owns("feeds/") ?? true {
                options.onProgress(BuildProgress("writing feeds", unit: "files"))
                feeds = try FeedWriter(config: site.config, asOf: options.asOf)
                    .write(plan, values: loaded.values, statistics: plan.statistics, history: history, database: database,
                           global: FeedWriter.globalKey(contentDir: options.contentDir, baseURL: options.baseURL), sink: sink,
                           progress: options.onProgress)
                report.feedChanges = feeds?.changes
            }
            // The sink audited every file the build writes on its way to disk. Organisations' public
            // identifiers are allowed: those of the pages made here, and when something is still found,
            // those of every shown record.
            var findings = sink.findings.filter { !checked.allowed.allows($0) }
            if !findings.isEmpty {
                let allowed = try RenderStage.allowed(plan, values: loaded.values, config: site.config)
                findings = findings.filter { !allowed.allows($0) }
            }
            guard findings.isEmpty else { throw BuildError.privacy(findings, outputDir: options.outputDir) }
            options.onProgress(BuildProgress("publishing", unit: "files"))
            let summary = try sink.finish()
            (report.filesWritten, report.filesKept, report.filesRemoved) = (summary.written, summary.kept, summary.removed)
            // Only a successful build becomes the snapshot later change files run from.
            if options.writeOutput, let feeds { try feeds.history.commit() }
            // The shard's manifest before the build is remembered as done: a shard killed between the
            // two is not taken for unchanged next time, and writes its manifest then.
            if let shard = options.shard, let fingerprint = checked.fingerprint, options.writeOutput {
                try writeManifest(shard, fingerprint: fingerprint, files: try sink.publishedFiles(), location: location)
            }
            if let key, let generation = try database.settledGeneration(outputDir: outputDir) {
                try database.setLastBuild(.init(key: key.hash, generation: generation, report: RememberedBuild(report)))
            }
        } catch {
            sink.discard()
            throw error
        }
    }

    /// Writes the shard's manifest beside its tree (`ShardManifest`), once the tree is published.
    func writeManifest(_ shard: ShardOwnership, fingerprint: String, files: [ShardManifest.File], location: OutputLocation) throws {
        let header = ShardManifest.Header(shard: shard.index, of: shard.count, asOf: options.asOf.iso, fingerprint: fingerprint)
        let manifest = ShardManifest(header: header, files: files)
        try FileTreeWriter.replaceFile(at: manifestPath(location), with: manifest.encoded())
    }

    /// A shard's manifest, beside its tree: `<shards>/shard-K-of-N.manifest`.
    func manifestPath(_ location: OutputLocation) -> String {
        location.sibling(location.name + ".manifest")
    }

    /// Saves `<state>/last-build.json`; the state folder is never inside Output/.
    func saveReport(_ report: BuildReport) throws {
        try FileTreeWriter.replaceFile(at: options.stateDir + "/last-build.json", with: Array((report.json.serialized() + "\n").utf8))
    }
}
