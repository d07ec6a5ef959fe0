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

    func validate() throws {
        if let asOf, parsedAsOf(asOf) == nil {
            throw ValidationError("--as-of must be a day like 2026-11-21; got '\(asOf)'")
        }
        let output = (self.output as NSString).standardizingPath
        let state = (self.state as NSString).standardizingPath
        if state == output || state.hasPrefix(output + "/") {
            throw ValidationError("--state must not be inside --output; the state folder is never published")
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

    func buildOptions(writeOutput: Bool) -> BuildOptions {
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
        if let progress = ProgressLine.forTerminal() { o.onProgress = { progress.show($0) } }
        if ProcessInfo.processInfo.environment["CREDITCITY_TRACE_MEMORY"] != nil {
            let start = Date()
            o.onProgress = { stage in
                let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8))?.split(separator: " ") ?? []
                let rss = statm.count > 1 ? (Int(statm[1]) ?? 0) * 4 / 1024 : 0
                let hwm = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8))?.split(separator: "\n")
                    .first { $0.hasPrefix("VmHWM") } ?? ""
                BuildRunner.stderr(String(format: "[%.1f s] rss %d MiB %@ %@", Date().timeIntervalSince(start), rss, String(hwm), stage))
            }
        }
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
            stderr(failure.error.description)
            stderr("\(verb) failed; \(options.outputDir)/ is unchanged")
            throw ExitCode(1)
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
