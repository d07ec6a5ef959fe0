import ArgumentParser
import CreditCityKit

/// `creditcity init DIR`: a new site folder with site.yaml, example content and the default templates.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new site folder with site.yaml, example content and the default templates.")

    @Argument(help: "The new site folder (absent or empty).") var directory: String

    func run() throws {
        do {
            let n = try SiteInitializer.create(at: directory, referenceDay: CommonOptions.today())
            BuildRunner.stderr("created \(directory)/ (\(n) files): edit Content/site.yaml, then run creditcity build in \(directory)/")
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
    }
}
