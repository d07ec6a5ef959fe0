import ArgumentParser
import CreditCityKit

/// `creditcity rollback`: put back the site as it was before the last build.
struct RollbackCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rollback",
        abstract: "Put back the site as it was before the last build (kept until the next build).")

    @Option(help: "Output folder.") var output = "Output"
    @Option(help: "Build state (never inside Output).") var state = ".creditcity"

    func run() throws {
        // The same checks as a build's: rollback renames Output/ and its sibling, so both must be ours.
        let location: OutputLocation
        do {
            location = try OutputLocation(output: output, state: state)
        } catch let refusal as OutputLocation.Refusal {
            BuildRunner.stderr("error: \(refusal)")
            throw ExitCode(2)
        }
        let outputLock = try BuildLock(output: location, wait: true) { BuildRunner.stderr($0) }
        defer { withExtendedLifetime(outputLock) {} }
        do {
            try OutputPublisher(location: location).rollback()
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
        BuildRunner.stderr("rolled back: \(output)/ is the site of the build before the last; run rollback again to undo")
    }
}
