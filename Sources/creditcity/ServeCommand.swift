import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity serve`: build, serve Output/ on 127.0.0.1, rebuild when Content/ or Templates/ change,
/// and reload the pages open in a browser after each rebuild.
///
/// For the webmaster's preview only: it listens on the loopback address, never on the network.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve Output/ on 127.0.0.1 and rebuild when Content/ or Templates/ change.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Port on 127.0.0.1; 0 lets the system pick a free one (the serving line names it).") var port: UInt16 = 8080
    @Option(help: "Seconds between checks for changed content.") var interval: Double = 1

    func validate() throws {
        guard interval > 0, interval <= 3600 else { throw ValidationError("--interval must be between 0 and 3600 seconds") }
    }

    func run() async throws {
        let console = common.reporting.console()
        let options = common.buildOptions(writeOutput: true, console: console)
        let server: PreviewServer
        do {
            // Bound before the first build, so a port in use fails at once.
            server = try PreviewServer(root: options.outputDir, configuration: .init(port: port),
                                       status: PreviewBuildStatus(generation: 0, succeeded: true))
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
        let watcher = ContentWatcher(folders: [options.contentDir, options.templatesDir])
        var last = watcher.fingerprint()
        var generation = 1
        server.publish(await Self.build(options, generation: generation, console: console))
        server.start()
        defer { server.stop() }
        // Tests and scripts wait for this line; it names the port the system gave.
        BuildRunner.stderr("serving \(options.outputDir)/ at http://127.0.0.1:\(server.port)/ (Ctrl-C to stop); rebuilding on changes")
        while !Task.isCancelled {
            try await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
            let now = watcher.fingerprint()
            guard now != last else { continue }
            last = now
            if !console.quiet { BuildRunner.stderr("change detected; rebuilding") }
            generation += 1
            server.publish(await Self.build(options, generation: generation, console: console))
        }
    }

    /// Builds, prints the report, and says what open pages should show: a failed build keeps the last
    /// good site (the build never touches Output/ on failure) and puts its diagnostics on a banner; so
    /// do the rows a good build rejected.
    static func build(_ options: BuildOptions, generation: Int, console: BuildConsole) async -> PreviewBuildStatus {
        switch await BuildRunner.attempt(options, verb: "build", console: console) {
        case .succeeded(let report):
            let rejected = report.diagnostics.filter { $0.severity == .error }.map(\.description)
            return PreviewBuildStatus(generation: generation, succeeded: true, messages: rejected)
        case .failed(let line, let report):
            let rejected = (report?.diagnostics ?? []).filter { $0.severity == .error }.map(\.description)
            return PreviewBuildStatus(generation: generation, succeeded: false, messages: [line] + rejected)
        }
    }
}
