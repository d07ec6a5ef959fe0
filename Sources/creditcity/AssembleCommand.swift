import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity assemble`: joins the shard trees of `build --shard K/N` into Output/ without rendering
/// (SPEC section 9, docs/cluster.md).
struct AssembleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "assemble",
        abstract: "Join the trees of `build --shard K/N` for K = 0…N-1 into Output/, published as a build publishes.")

    @Option(help: "The folder holding each shard's tree and manifest.") var shards = "Shards"
    @Option(help: "Output folder.") var output = "Output"
    @Option(help: "Assembly state (never inside Output).") var state = ".creditcity"
    @Option(name: .customLong("shard-count"), help: "N, when --shards holds manifests of builds in several numbers of shards.")
    var shardCount: Int?
    @Flag(name: .customLong("no-wait"), help: "If a build of this site is running, fail at once instead of waiting.")
    var noWait = false
    @Flag(help: "Print only errors.") var quiet = false

    func run() throws {
        var assembler = ShardAssembler(shardsDir: shards, outputDir: output, stateDir: state)
        assembler.count = shardCount
        assembler.noWait = noWait
        if !quiet { assembler.onWait = { BuildRunner.stderr($0) } }
        do {
            _ = try assembler.location()
        } catch let refusal as OutputLocation.Refusal {
            BuildRunner.stderr("error: \(refusal)")
            throw ExitCode(2)
        }
        do {
            let s = try assembler.run()
            if !quiet {
                BuildRunner.stderr("assemble succeeded: \(s.shards) shards as of \(s.asOf); \(output)/: \(s.written) files written, \(s.kept) kept, \(s.removed) removed")
            }
        } catch {
            BuildRunner.stderr((error as? BuildError)?.description ?? "error: \(error)")
            BuildRunner.stderr("assemble failed; \(output)/ is unchanged")
            throw ExitCode(1)
        }
    }
}
