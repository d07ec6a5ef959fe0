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
            let n = try SiteInitializer.create(at: directory)
            BuildRunner.stderr("created \(directory)/ (\(n) files): the example city 信用示例市, designed for --as-of \(ExampleCity.referenceDay.iso); edit Content/site.yaml and Content/, then run creditcity build in \(directory)/")
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
    }
}
