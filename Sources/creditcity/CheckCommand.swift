import ArgumentParser

/// `creditcity check`: everything `build` does short of replacing Output/.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Everything build does short of writing Output/: the same report and exit status.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let console = common.reporting.console()
        try await BuildRunner.run(common.buildOptions(writeOutput: false, console: console), verb: "check", console: console)
    }
}
