import ArgumentParser
import CreditCityKit
import Foundation

/// The options every building command shares (SPEC section 1).
struct CommonOptions: ParsableArguments {
    @Option(help: "Content folder.") var content = "Content"
    @Option(help: "Templates folder.") var templates = "Templates"
    @Option(help: "Output folder.") var output = "Output"
    @Option(help: "Build state and reports (never inside Output).") var state = ".creditcity"
    @Option(name: .customLong("as-of"), help: "The day the rules are applied for, YYYY-MM-DD (default: today in Asia/Shanghai).")
    var asOf: String?
    @Flag(help: "Any rejected record fails the build.") var strict = false
    @Option(name: .customLong("base-url"), help: "Overrides base_url of site.yaml.") var baseURL: String?
    @Flag(name: .customLong("no-wait"), help: "If another build of this site is running, fail at once instead of waiting.")
    var noWait = false
    @OptionGroup var reporting: ReportingOptions

    /// Usage errors exit 2 before anything is read: a bad day or base URL, and an output or state
    /// folder the build may not write (`OutputLocation`, checked on real paths).
    func validate() throws {
        if let asOf, parsedAsOf(asOf) == nil {
            throw ValidationError("--as-of must be a day like 2026-11-21; got '\(asOf)'")
        }
        if let baseURL, let problem = SiteConfig.baseURLProblem(baseURL) {
            throw ValidationError("--base-url \(problem)")
        }
        do {
            _ = try BuildPipeline.location(output: output, state: state, content: content, templates: templates)
        } catch let refusal as OutputLocation.Refusal {
            BuildRunner.stderr("error: \(refusal)")
            throw ExitCode(2)
        }
    }

    func parsedAsOf(_ text: String) -> CivilDate? {
        guard case .success(.day(let d)) = DateParsing.parse(text) else { return nil }
        return d
    }

    /// Today in Asia/Shanghai, whatever the machine's own time zone.
    static func today() -> CivilDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? TimeZone(secondsFromGMT: 8 * 3600) ?? .current
        let c = calendar.dateComponents([.year, .month, .day], from: Date())
        return CivilDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1) ?? CivilDate(dayNumber: 0)
    }

    /// The build's options; its progress goes to `console`.
    func buildOptions(writeOutput: Bool, console: BuildConsole) -> BuildOptions {
        var o = BuildOptions(asOf: asOf.flatMap(parsedAsOf) ?? Self.today())
        o.contentDir = content
        o.templatesDir = templates
        o.outputDir = output
        o.stateDir = state
        o.strict = strict
        o.baseURL = baseURL
        o.writeOutput = writeOutput
        o.noWait = noWait
        if !console.quiet { o.onWait = { BuildRunner.stderr($0) } }
        if let progress = console.progress { o.onProgress = { progress.update($0) } }
        if ProcessInfo.processInfo.environment["CREDITCITY_TRACE_MEMORY"] != nil {
            // For measuring (docs/performance.md): each stage's start with the time, the resident and
            // the peak resident memory so far.
            let start = Date()
            let shown = o.onProgress
            let last = StageNames()
            o.onProgress = { p in
                shown(p)
                guard last.isNew(p.stage) else { return }
                let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
                let rss = statm.count > 1 ? (Int(statm[1]) ?? 0) * 4 / 1024 : 0
                let hwm = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?.split(separator: "\n")
                    .first { $0.hasPrefix("VmHWM") }.map { $0.split(separator: " ", omittingEmptySubsequences: true).dropFirst().joined(separator: " ") } ?? ""
                BuildRunner.stderr(String(format: "[%.1f s] rss %d MiB, peak %@: %@", Date().timeIntervalSince(start), rss, hwm, p.stage))
            }
        }
        return o
    }
}

/// Runs a build or check and prints the report like a compiler: diagnostics, then a summary.
enum BuildRunner {
    static func run(_ options: BuildOptions, verb: String, console: BuildConsole) async throws {
        if case .failed = await attempt(options, verb: verb, console: console) { throw ExitCode(1) }
    }

    /// What a build run came to, as the commands need it.
    enum Outcome {
        case succeeded(BuildReport)
        /// The failure as printed (`file:line: error: …` or `error: …`), and the report so far.
        case failed(String, BuildReport?)
    }

    /// Runs the build, prints its report (as much of it as `console` wants) and returns the outcome.
    static func attempt(_ options: BuildOptions, verb: String, console: BuildConsole) async -> Outcome {
        console.progress?.begin()
        do {
            let report = try await BuildPipeline(options: options).run()
            console.progress?.finish()
            printReport(report, console: console)
            let files = options.writeOutput
                ? "; \(options.outputDir)/: \(report.filesWritten) files written, \(report.filesKept) kept, \(report.filesRemoved) removed" : ""
            if !console.quiet { stderr("\(verb) succeeded\(files)") }
            return .succeeded(report)
        } catch {
            console.progress?.finish()
            let failure = error as? BuildPipeline.Failure
            if let failure { printReport(failure.report, console: console) }
            // A BuildError reads `file:line: error: …` or `error: …`, like a compiler's.
            let line = failure?.error.description ?? (error as? BuildError)?.description ?? "error: \(error)"
            stderr(line)
            stderr("\(verb) failed; \(options.outputDir)/ is unchanged")
            return .failed(line, failure?.report)
        }
    }

    /// Diagnostics, then the summary; with `--quiet` only the errors.
    static func printReport(_ report: BuildReport, console: BuildConsole) {
        for d in report.diagnostics where !console.quiet || d.severity == .error { stderr(d.description) }
        // A build that stopped before reading content (site.yaml, templates) has nothing to count.
        let counted = !report.shown.isEmpty || !report.hidden.isEmpty || !report.diagnostics.isEmpty
        if counted, !console.quiet { stderr(report.summary) }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The stage last seen, to tell a new stage from progress within one (`CREDITCITY_TRACE_MEMORY`).
final class StageNames: @unchecked Sendable {
    private let lock = NSLock()
    private var last = ""

    func isNew(_ stage: String) -> Bool {
        lock.withLock {
            guard stage != last else { return false }
            last = stage
            return true
        }
    }
}
