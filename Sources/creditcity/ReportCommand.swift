import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity report`: the office's timeliness report (SPEC section 8, docs/report.md).
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Per source department: 双公示 rows received, rows rejected by reason, decisions published more than 7 working days late.")

    /// Where the report goes: standard output, or a file under `<state>/reports/`.
    enum Format: String, ExpressibleByArgument, CaseIterable { case table, csv, html }

    @Option(help: "Content folder.") var content = "Content"
    @Option(help: "Build state and reports (never inside Output).") var state = ".creditcity"
    @Option(name: .customLong("as-of"), help: "The day the report is made for, YYYY-MM-DD (default: today in Asia/Shanghai).")
    var asOf: String?
    @Option(help: "First decision day counted (default: 1 January of the --to year).") var from: String?
    @Option(help: "Last decision day counted (default: the as-of day).") var to: String?
    @Option(help: "table (on standard output), csv or html (written to <state>/reports/).") var format: Format = .table

    func validate() throws {
        for (name, value) in [("--as-of", asOf), ("--from", from), ("--to", to)] {
            if let value, Self.day(value) == nil { throw ValidationError("\(name) must be a day like 2026-11-21; got '\(value)'") }
        }
        if let from = from.flatMap(Self.day), let to = to.flatMap(Self.day), from > to {
            throw ValidationError("--from \(from.iso) is after --to \(to.iso)")
        }
    }

    static func day(_ text: String) -> CivilDate? {
        guard case .success(.day(let d)) = DateParsing.parse(text) else { return nil }
        return d
    }

    func run() throws {
        var builder = TimelinessReportBuilder(asOf: asOf.flatMap(Self.day) ?? CommonOptions.today())
        builder.contentDir = content
        builder.stateDir = state
        builder.from = from.flatMap(Self.day)
        builder.to = to.flatMap(Self.day)
        // A big site's content takes a while to read: the same progress line as a build, on a terminal only.
        let progress = isatty(STDERR_FILENO) == 1 ? ProgressLine(terminal: true, verbose: false) : nil
        if let progress { builder.onProgress = { progress.update($0) } }
        let report: TimelinessReport
        do {
            defer { progress?.finish() }
            report = try builder.run()
        } catch {
            // Only unreadable input fails the report: site.yaml, a content folder, the state database.
            BuildRunner.stderr("\(error)".contains(": error: ") ? "\(error)" : "error: \(error)")
            throw ExitCode(1)
        }
        switch format {
        case .table:
            FileHandle.standardOutput.write(Data(ReportTable.render(report).utf8))
        case .csv, .html:
            let name = "timeliness-\(report.from.iso)-to-\(report.to.iso).\(format.rawValue)"
            let path = (state as NSString).appendingPathComponent("reports/" + name)
            let bytes = format == .csv ? ReportCSV.render(report) : Array(ReportHTML.render(report).utf8)
            do {
                try FileTreeWriter.replaceFile(at: path, with: bytes)
            } catch {
                BuildRunner.stderr("error: \(error)")
                throw ExitCode(1)
            }
            BuildRunner.stderr("wrote \(path): \(report.departments.count) departments, \(report.totalLate) late decisions, \(report.totalRejected) rejected rows")
        }
    }
}
