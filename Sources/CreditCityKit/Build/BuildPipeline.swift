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

    /// Runs the build and returns the report; throws `Failure` when the build fails (exit status 1).
    public func run() async throws -> BuildReport {
        var report = BuildReport(asOf: options.asOf)
        do {
            // Held until this function returns: one build of a site at a time.
            let lock = try BuildLock(stateDir: options.stateDir, wait: !options.noWait, waiting: options.onWait)
            defer { withExtendedLifetime(lock) {} }
            try await stages(&report)
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
    func stages(_ report: inout BuildReport) async throws {
        let site = try await SiteSetup(options: options).run()

        let database = try StateDatabase(stateDir: options.stateDir)
        let loaded = try ContentStage(contentDir: options.contentDir, asOf: options.asOf, policy: site.config.policy,
                                      database: database, progress: options.onProgress, authorities: site.config.authorities,
                                      columns: site.config.columns).run()
        report.diagnostics = loaded.diagnostics
        (report.contentFilesRead, report.contentFilesReused) = (loaded.filesRead, loaded.filesReused)
        if options.strict, report.rejectedCount > 0 { throw BuildError.strict(rejected: report.rejectedCount) }

        options.onProgress("applying the publication rules to \(loaded.index.entries.count) records")
        // The feeds' state (last earlier day's snapshot): withdrawn records need this build's hidden decisions.
        var history = try FeedHistory(stateDir: options.stateDir, asOf: options.asOf)
        let decided = DecisionStage(asOf: options.asOf, policy: site.config.policy)
            .run(loaded.index, notices: loaded.notices, history: &history)
        report.shown = decided.shownCount
        report.hidden = decided.hiddenCount
        report.noticesShown = decided.notices.count
        report.noticesHidden = decided.noticesHidden

        let plan = SitePlan(config: site.config, asOf: options.asOf, index: loaded.index, display: decided.display, shown: decided.shown,
                            notices: decided.notices)
        Memory.release()

        // Render what changed, write it into the tree the publisher prepares, audit it, publish.
        let publisher = try TreePublisher(outputDir: options.outputDir, database: database, readOnly: !options.writeOutput)
        let sink = OutputSink(publisher: publisher, dryRun: !options.writeOutput, unkeyed: RenderStage.unkeyed)
        do {
            try RenderStage(library: site.library, config: site.config, options: options).run(plan, values: loaded.values, sink: sink)
            Memory.release()
            options.onProgress("writing feeds")
            let feeds = try FeedWriter(config: site.config, asOf: options.asOf)
                .write(plan, values: loaded.values, statistics: plan.statistics, history: history, database: database,
                       global: FeedWriter.globalKey(contentDir: options.contentDir, baseURL: options.baseURL), sink: sink,
                       progress: options.onProgress)
            report.feedChanges = feeds.changes
            // The sink audited every file the build writes on its way to disk.
            let findings = sink.findings
            guard findings.isEmpty else { throw BuildError.privacy(findings, outputDir: options.outputDir) }
            options.onProgress("publishing")
            let summary = try sink.finish()
            (report.filesWritten, report.filesKept, report.filesRemoved) = (summary.written, summary.kept, summary.removed)
            // Only a successful build becomes the snapshot later change files run from.
            if options.writeOutput { try feeds.history.commit() }
        } catch {
            sink.discard()
            throw error
        }
    }

    /// Saves `<state>/last-build.json`; the state folder is never inside Output/.
    func saveReport(_ report: BuildReport) throws {
        try FileTreeWriter.replaceFile(at: options.stateDir + "/last-build.json", with: Array((report.json.serialized() + "\n").utf8))
    }
}
