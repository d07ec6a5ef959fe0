import ArgumentParser
import CreditCityKit

/// `creditcity rollback`: put back the site as it was before the last build.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Put back the site as it was before the last build (kept until the next build).")

    @Option(help: "Output folder.") var output = "Output"
    @Option(help: "Build state (holds the build lock).") var state = ".creditcity"

    func run() throws {
        let lock = try BuildLock(stateDir: state, wait: true) { BuildRunner.stderr($0) }
        defer { withExtendedLifetime(lock) {} }
        do {
            try OutputPublisher(outputDir: output).rollback()
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
        BuildRunner.stderr("rolled back: \(output)/ is the site of the build before the last; run rollback again to undo")
    }
}
