import ArgumentParser

/// `creditcity build`: validate, apply the rules, render and write Output/ and the feeds.
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate Content/, apply the publication rules, render Templates/ into Output/ and write the feeds.")

    @OptionGroup var common: CommonOptions

    func run() async throws {
        let console = common.reporting.console()
        try await BuildRunner.run(common.buildOptions(writeOutput: true, console: console), verb: "build", console: console)
    }
}
