import ArgumentParser
import Foundation

/// `--quiet` and `--verbose`, shared by the commands that build.
struct ReportingOptions: ParsableArguments {
    @Flag(help: "Print only errors: no warnings, summary or progress.") var quiet = false
    @Flag(help: "Print each stage's time and counts.") var verbose = false

    func validate() throws {
        if quiet, verbose { throw ValidationError("--quiet and --verbose cannot be used together") }
    }

    /// The console of one command run.
    func console() -> BuildConsole {
        let terminal = isatty(STDERR_FILENO) == 1
        let progress = quiet ? nil : ProgressLine(terminal: terminal, verbose: verbose)
        return BuildConsole(quiet: quiet, progress: progress.flatMap { $0.isSilent ? nil : $0 })
    }
}

/// How much a building command prints besides errors: nothing else (`--quiet`), the report, or the
/// report and each stage's time (`--verbose`); and the progress line when standard error is a terminal.
struct BuildConsole: Sendable {
    let quiet: Bool
    let progress: ProgressLine?
}
