import Foundation

/// The build: load → validate → apply rules → plan → render → write → audit → publish.
///
/// Each stage is a small type of its own; this one only runs them in order and collects the report.
public struct BuildPipeline: Sendable {
    public let options: BuildOptions

    public init(options: BuildOptions) { self.options = options }

    /// A failure that stops the build; Output/ is left as it was.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
        public var report: BuildReport
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
            report = try await stages(report, location: location)
            try saveReport(report)
            return report
        } catch let failure as Failure {
            var r = failure.report
            r.outcome = .failed
            r.failure = failure.description
            try? saveReport(r)
            throw Failure(description: failure.description, report: r)
        } catch {
            report.outcome = .failed
            report.failure = "\(error)"
            try? saveReport(report)
            throw Failure(description: "\(error)", report: report)
        }
    }

    func stages(_ start: BuildReport, location: OutputLocation) async throws -> BuildReport {
        var report = start
        let content = options.contentDir
        var config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: display(content, "site.yaml"))
        if let base = options.baseURL { config.baseURL = SiteConfig.normalisedBaseURL(base) }
        // Templates are checked (no link leads out of the folder) and parsed before any content work,
        // so a template typo fails in a second.
        let templates = try TemplateFolder(options.templatesDir)
        let library = try await SiteRenderer.loadTemplates(options.templatesDir)

        let loaded = try ContentStage(contentDir: content, asOf: options.asOf, policy: config.policy,
                                      limits: config.limits, progress: options.onProgress, authorities: config.authorities,
                                      columns: config.columns).run()
        report.diagnostics = loaded.diagnostics
        // site.yaml text is shown on every page: masked like content, the office's public_numbers excepted.
        let siteText = SiteTextMasking.masked(config, displayPath: display(content, "site.yaml"))
        config = siteText.config
        report.diagnostics += siteText.warnings
        // The first day a build saw each decision: the timeliness report's upload day for a row without SJC.
        options.onProgress(BuildProgress("noting first-seen days", unit: "records"))
        try StateDatabase(stateDir: options.stateDir).noteSeen(loaded.store.records, on: options.asOf)
        if options.strict, report.rejectedCount > 0 {
            throw Failure(description: "--strict: \(report.rejectedCount) rejected record\(report.rejectedCount == 1 ? "" : "s"); Output/ is unchanged",
                          report: report)
        }

        options.onProgress(BuildProgress("applying the publication rules", total: loaded.store.records.count, unit: "records"))
        // The feeds' state (last earlier day's snapshot): withdrawn records need this build's hidden decisions.
        var feedHistory = try FeedHistory(stateDir: options.stateDir, asOf: options.asOf)
        let decided = DecisionStage(asOf: options.asOf, policy: config.policy, publicNumbers: config.publicNumbers)
            .run(loaded.store, notices: loaded.notices, history: &feedHistory)
        // A personal number in a value that is published as it is: named by file, line and field.
        guard decided.privacyErrors.isEmpty else {
            report.diagnostics += decided.privacyErrors
            let n = decided.privacyErrors.count
            throw Failure(description: "privacy: \(n) personal number\(n == 1 ? "" : "s") would be published (listed above); Output/ is unchanged",
                          report: report)
        }
        let (datasets, notices) = (decided.datasets, decided.notices)
        report.shown = decided.shown
        report.hidden = decided.hidden
        report.noticesShown = notices.count
        report.noticesHidden = decided.noticesHidden

        // Render and write into a staging tree, audit it, then publish (build) or discard (check).
        let publisher = OutputPublisher(location: location)
        let staging = try publisher.makeStaging()
        do {
            let indexPath = options.stateDir + "/output-index.tsv"
            let previousIndex = options.writeOutput ? OutputIndex.load(from: indexPath) : nil
            // Files to expect: as many as last time, or on a first build about 1.4 per shown record (record
            // pages, plus list, subject and search files; docs/performance.md).
            let expected = previousIndex.map(\.entries.count).flatMap { $0 > 0 ? $0 : nil }
                ?? (report.shown.values.reduce(0, +) * 7 / 5 + notices.count + 20)
            let progress = options.onProgress
            progress(BuildProgress("writing the site", total: expected, unit: "files"))
            let writer = FileTreeWriter(root: staging, baseline: options.writeOutput ? location.real : nil, auditing: true,
                                        previousIndex: previousIndex,
                                        onFile: { progress(BuildProgress("writing the site", done: $0, total: expected, unit: "files")) })
            try OutputMarker.write(into: writer)
            let renderer = SiteRenderer(library: library, config: config, asOf: options.asOf)
            try renderer.renderSite(datasets: datasets, notices: notices, writer: writer)
            try renderer.renderSearch(datasets: datasets, writer: writer)
            // Counted once from the shown records, for the statistics page and feeds/statistics.json.
            let statistics = SiteStatistics(asOf: options.asOf, datasets: datasets)
            try renderer.renderStatistics(statistics, writer: writer)
            try copyAssets(templates, into: writer)
            let feeds = try FeedWriter(config: config, asOf: options.asOf).write(datasets: datasets, notices: notices, statistics: statistics,
                                                                                     history: feedHistory, writer: writer)
            report.feedChanges = feeds.changes
            // The writer audited every file of the new tree on its way to disk.
            let findings = writer.findings.filter { !decided.allowed.allows($0) }
            guard findings.isEmpty else {
                let list = findings.prefix(20).map { "  \(options.outputDir)/\($0.description)" }.joined(separator: "\n")
                throw Failure(description: "privacy audit: \(findings.count) unmasked personal number\(findings.count == 1 ? "" : "s") in the new site; Output/ is unchanged\n\(list)",
                              report: report)
            }
            (report.filesWritten, report.filesKept) = writer.counts
            let newIndex = writer.newIndex
            if let previousIndex, !previousIndex.entries.isEmpty {
                report.filesRemoved = previousIndex.entries.keys.count { newIndex[$0] == nil }
            } else {
                report.filesRemoved = publisher.countRemoved(comparedWith: staging)
            }
            if options.writeOutput {
                // Saved before the swap: should the swap fail, the index names inodes Output/ does not
                // have, and the next build falls back to comparing bytes.
                try newIndex.save(to: indexPath)
                progress(BuildProgress("publishing", unit: "files"))
                try publisher.publish(staging)
                // Only a published build becomes the snapshot later change files run from.
                try feeds.history.commit()
            } else {
                publisher.discard(staging)
            }
        } catch {
            publisher.discard(staging)
            throw error
        }
        return report
    }

    /// Copies Templates/assets/ (CSS, images, scripts) into the site as `assets/`: the files
    /// `TemplateFolder` checked, none from outside Templates/.
    func copyAssets(_ templates: TemplateFolder, into writer: FileTreeWriter) throws {
        let assets = options.templatesDir + "/assets"
        for path in templates.assets {
            guard let data = FileManager.default.contents(atPath: assets + "/" + path) else {
                throw ContentLoader.Unreadable(file: assets + "/" + path, reason: "cannot read")
            }
            try writer.write("assets/" + path, data)
        }
    }

    func display(_ dir: String, _ name: String) -> String { (dir as NSString).appendingPathComponent(name) }

    /// Saves `<state>/last-build.json`; the state folder is never inside Output/.
    func saveReport(_ report: BuildReport) throws {
        try FileTreeWriter.replaceFile(at: options.stateDir + "/last-build.json", with: Array((report.json.serialized() + "\n").utf8))
    }
}
