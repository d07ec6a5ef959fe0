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

    /// Runs the build and returns the report; throws `Failure` when the build fails (exit status 1).
    public func run() async throws -> BuildReport {
        var report = BuildReport(asOf: options.asOf)
        do {
            // Held until this function returns: one build of a site at a time.
            let lock = try BuildLock(stateDir: options.stateDir, wait: !options.noWait, waiting: options.onWait)
            defer { withExtendedLifetime(lock) {} }
            report = try await stages(report)
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

    func stages(_ start: BuildReport) async throws -> BuildReport {
        var report = start
        let content = options.contentDir
        var config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: display(content, "site.yaml"))
        if let base = options.baseURL { config.baseURL = SiteConfig.normalisedBaseURL(base) }
        // Templates are parsed before any content work, so a template typo fails in a second.
        let library = try await SiteRenderer.loadTemplates(options.templatesDir)

        // Load and validate.
        var log = DiagnosticLog()
        var store = RecordStore()
        for kind in [RecordKind.licensing, .penalty, .listEntry] {
            let validator = RecordValidator(kind: kind, asOf: options.asOf, policy: config.policy)
            for file in try ContentFile.list(contentDir: content, displayRoot: content, kind: kind, log: &log) {
                options.onProgress("reading \(file.displayPath)")
                var rows: [RawRow] = []
                try ContentLoader.read(file, log: &log) { rows.append($0) }
                for row in rows {
                    let outcome = validator.validate(row)
                    log.add(contentsOf: outcome.diagnostics)
                    if let record = outcome.record, let duplicate = store.add(record) { log.add(duplicate) }
                }
            }
        }
        var events: [CreditEvent] = []
        let eventValidator = EventValidator()
        for file in try ContentFile.list(contentDir: content, displayRoot: content, kind: .event, log: &log) {
            var rows: [RawRow] = []
            try ContentLoader.read(file, log: &log) { rows.append($0) }
            for row in rows {
                let (event, problems) = eventValidator.validate(row)
                log.add(contentsOf: problems)
                if let event { events.append(event) }
            }
        }
        log.add(contentsOf: store.attach(events))
        let allNotices = try NoticeLoader.load(contentDir: content, displayRoot: content, log: &log)
        report.diagnostics = log.diagnostics

        if options.strict, report.rejectedCount > 0 {
            throw Failure(description: "--strict: \(report.rejectedCount) rejected record\(report.rejectedCount == 1 ? "" : "s"); Output/ is unchanged",
                          report: report)
        }

        // Apply the publication rules and privacy: one decision per record.
        options.onProgress("applying the publication rules to \(store.records.count) records")
        let rules = PublicationRules(asOf: options.asOf, policy: config.policy)
        let masker = Masker(policy: config.policy)
        var datasets: [Dataset: [PublishedRecord]] = [:]
        var usedIDs = Set<String>()
        // The feeds' state (last earlier day's snapshot): withdrawn records need this build's hidden decisions.
        var feedHistory = try FeedHistory(stateDir: options.stateDir, asOf: options.asOf)
        for (i, record) in store.records.enumerated() {
            let decision = rules.decide(record, events: store.events[i] ?? [])
            guard decision.isShown else {
                if let reason = decision.hidden {
                    report.hidden[record.dataset, default: [:]][reason, default: 0] += 1
                    feedHistory.noteHidden(record, reason)
                }
                continue
            }
            report.shown[record.dataset, default: 0] += 1
            var id = RecordIdentity.id(for: record)
            // Two entries may share a public identity (same list, 文号, name and masked ID): number them.
            var n = 2
            while usedIDs.contains(id) { id = RecordIdentity.id(for: record) + "-\(n)"; n += 1 }
            usedIDs.insert(id)
            datasets[record.dataset, default: []].append(PublishedRecord(record: record, id: id, decision: decision, masker: masker))
        }
        for d in Dataset.allCases {
            datasets[d]?.sort { ($0.date, $1.id) > ($1.date, $0.id) }
        }
        // Notices are free text too: ID and mobile numbers in them are masked like those in records.
        let notices = allNotices.filter { $0.isShown(asOf: options.asOf) }
            .map { n -> Notice in
                var m = n
                m.title = masker.freeText(n.title)
                m.body = masker.freeText(n.body)
                return m
            }
            .sorted { ($0.date, $1.slug) > ($1.date, $0.slug) }
        report.noticesShown = notices.count
        report.noticesHidden = allNotices.count - notices.count
        feedHistory.noteHidden(notices: allNotices)

        // Render and write into a staging tree, audit it, then publish (build) or discard (check).
        let publisher = OutputPublisher(outputDir: options.outputDir)
        let staging = try publisher.makeStaging()
        do {
            let indexPath = options.stateDir + "/output-index.tsv"
            let previousIndex = options.writeOutput ? OutputIndex.load(from: indexPath) : nil
            let writer = FileTreeWriter(root: staging, baseline: options.writeOutput ? options.outputDir : nil, auditing: true,
                                        previousIndex: previousIndex)
            let renderer = SiteRenderer(library: library, config: config, asOf: options.asOf)
            options.onProgress("rendering pages")
            try renderer.renderSite(datasets: datasets, notices: notices, writer: writer)
            try renderer.renderSearch(datasets: datasets, writer: writer)
            try copyAssets(into: writer)
            options.onProgress("writing feeds")
            let feeds = try FeedWriter(config: config, asOf: options.asOf).write(datasets: datasets, notices: notices, history: feedHistory, writer: writer)
            report.feedChanges = feeds.changes
            // The writer audited every file of the new tree on its way to disk.
            let findings = writer.findings
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

    /// Copies Templates/assets/ (CSS, images, scripts) into the site as `assets/`.
    func copyAssets(into writer: FileTreeWriter) throws {
        let assets = options.templatesDir + "/assets"
        guard let walker = FileManager.default.enumerator(atPath: assets) else { return }
        var files: [String] = []
        for case let path as String in walker {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: assets + "/" + path, isDirectory: &isDir), !isDir.boolValue { files.append(path) }
        }
        for path in files.sorted() {
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
