import ArgumentParser
import CreditCityKit

/// `creditcity build`: validate, apply the rules, render and write Output/ and the feeds; with
/// `--shard K/N`, only shard K's files, into the shards folder (SPEC section 9, docs/cluster.md).
struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Validate Content/, apply the publication rules, render Templates/ into Output/ and write the feeds.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Build only shard K of N (K from 0 to N-1, as Kubernetes' JOB_COMPLETION_INDEX), into --shards; then `creditcity assemble`.")
    var shard: String?
    @Option(help: "With --shard: the folder (shared by every node) holding each shard's tree, manifest and state.")
    var shards = "Shards"

    func validate() throws {
        guard let shard else { return }
        guard ShardOwnership(shard) != nil else {
            throw ValidationError("--shard must be K/N with K counted from 0 (0 ≤ K < N), as Kubernetes' JOB_COMPLETION_INDEX; got '\(shard)'")
        }
        // A shard writes into the shards folder only; an --output or --state here would be ignored silently.
        if common.output != "Output" || common.state != ".creditcity" {
            throw ValidationError("--shard writes shard-K-of-N/ and its state into --shards; --output and --state belong to a whole build and to assemble")
        }
    }

    func run() async throws {
        let console = common.reporting.console()
        var options = common.buildOptions(writeOutput: true, console: console)
        var verb = "build"
        if let shard = shard.flatMap(ShardOwnership.init) {
            options.shard = shard
            options.outputDir = shards + "/" + shard.name
            options.stateDir = shards + "/" + shard.name + ".state"
            verb = "build --shard \(shard)"
        }
        try await BuildRunner.run(options, verb: verb, console: console)
    }
}
