import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity check`: everything `build` does short of replacing Output/; with `--explain FILE`, how
/// one content file is read instead.
struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Everything build does short of writing Output/: the same report and exit status.")

    @OptionGroup var common: CommonOptions

    @Option(name: .customLong("explain"), help: ArgumentHelp(
        "Explain how one content file is read: template, encoding, sheets, how each column maps, its first rejected rows.",
        valueName: "file"))
    var explain: String?

    func run() async throws {
        let console = common.reporting.console()
        guard let explain else {
            try await BuildRunner.run(common.buildOptions(writeOutput: false, console: console), verb: "check", console: console)
            return
        }
        let options = common.buildOptions(writeOutput: false, console: console)
        do {
            let config = try SiteConfigLoader.load(path: options.contentDir + "/site.yaml",
                                                   displayPath: (options.contentDir as NSString).appendingPathComponent("site.yaml"))
            let explanation = try ContentExplanation.explain(explain, config: config, asOf: options.asOf)
            FileHandle.standardOutput.write(Data(explanation.text.utf8))
            if options.strict, explanation.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            BuildRunner.stderr((error as? BuildError)?.description ?? "error: \(error)")
            throw ExitCode(1)
        }
    }
}
