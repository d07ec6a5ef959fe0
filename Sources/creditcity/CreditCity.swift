import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity`: a thin command line over CreditCityKit. Parses options, calls the library, maps
/// outcomes to exit statuses (0 success, 1 build failed, 2 usage error).
@main
struct CreditCity: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "creditcity",
        abstract: "Build a city's public credit portal (信用网站) from the credit platform's exports.",
        subcommands: [BuildCommand.self, AssembleCommand.self, CheckCommand.self, AuditCommand.self, RollbackCommand.self, SampleCommand.self, ServeCommand.self, InitCommand.self,
                      ReportCommand.self]
    )

    /// ArgumentParser exits 64 on usage errors; the contract says 2.
    static func main() async {
        // A file-size limit (ulimit -f) must fail the build with a message, not kill it: with SIGXFSZ
        // ignored, write(2) returns EFBIG and the build reports it and leaves Output/ as it was.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            if var async = command as? any AsyncParsableCommand {
                try await async.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
