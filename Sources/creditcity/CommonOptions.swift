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
            _ = try BuildPipeline(options: buildOptions(writeOutput: false, showProgress: false)).location()
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

    func buildOptions(writeOutput: Bool, showProgress: Bool = true) -> BuildOptions {
        var o = BuildOptions(asOf: asOf.flatMap(parsedAsOf) ?? Self.today())
        o.contentDir = content
        o.templatesDir = templates
        o.outputDir = output
        o.stateDir = state
        o.strict = strict
        o.baseURL = baseURL
        o.writeOutput = writeOutput
        o.noWait = noWait
        o.onWait = { BuildRunner.stderr($0) }
        if showProgress, let progress = ProgressLine.forTerminal() { o.onProgress = { progress.show($0) } }
        return o
    }
}

/// Runs a build or check and prints the report like a compiler: diagnostics, then a summary.
enum BuildRunner {
    static func run(_ options: BuildOptions, verb: String) async throws {
        do {
            let report = try await BuildPipeline(options: options).run()
            printReport(report)
            let files = options.writeOutput
                ? "; \(options.outputDir)/: \(report.filesWritten) files written, \(report.filesKept) kept, \(report.filesRemoved) removed" : ""
            stderr("\(verb) succeeded\(files)")
        } catch let failure as BuildPipeline.Failure {
            printReport(failure.report)
            // Content and template failures already read `file:line: error: …`, like a compiler's.
            stderr(failure.description.contains(": error: ") ? failure.description : "error: \(failure.description)")
            stderr("\(verb) failed; \(options.outputDir)/ is unchanged")
            throw ExitCode(1)
        } catch let refusal as OutputLocation.Refusal {
            // Checked again by the build itself: the folders may have changed since the command line's check.
            stderr("error: \(refusal)")
            throw ExitCode(2)
        }
    }

    static func printReport(_ report: BuildReport) {
        ProgressLine.clear()
        for d in report.diagnostics { stderr(d.description) }
        // A build that stopped before reading content (site.yaml, templates) has nothing to count.
        let counted = !report.shown.isEmpty || !report.hidden.isEmpty || !report.diagnostics.isEmpty
        if counted { stderr(report.summary) }
    }

    static func stderr(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
