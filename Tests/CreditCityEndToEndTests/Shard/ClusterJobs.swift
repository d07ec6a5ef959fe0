import CreditCityTestSupport
import Foundation
import Testing

/// The command lines of the Kubernetes Jobs in docs/cluster/ (docs/cluster.md), read from the YAML the
/// cluster runs, so the tests run exactly the arguments a cluster does and the two cannot drift.
///
/// Each Job keeps its `args:` on one line as a JSON list (valid YAML). Running them locally replaces
/// the Job's placeholders: `$(JOB_COMPLETION_INDEX)/N` by `K/N`, `$(AS_OF)` by the day, the mounted
/// volume `/site` by a local folder, and the Job's N by the test's.
enum ClusterJobs {
    static let folder = TestSupport.repoRoot.appendingPathComponent("docs/cluster").path
    static let volume = "/site"

    /// The `args:` line of a Job manifest, as a list.
    static func arguments(_ file: String) throws -> [String] {
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        let lines = text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let argLines = lines.filter { $0.hasPrefix("args:") }
        try #require(argLines.count == 1, "\(file): one args line expected")
        let list = try JSONDecoder().decode([String].self, from: Data(argLines[0].dropFirst("args:".count).utf8))
        return list
    }

    /// The number after `key:` in a manifest (completions, parallelism).
    static func number(_ key: String, in file: String) throws -> Int? {
        let text = try String(contentsOfFile: folder + "/" + file, encoding: .utf8)
        return text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
            .first { $0.hasPrefix(key + ":") }.flatMap { Int($0.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces)) }
    }

    /// N as the build Job has it: its completions, which must equal its parallelism and the N of `--shard`.
    static func jobShardCount() throws -> Int {
        let completions = try #require(try number("completions", in: "build-job.yaml"))
        #expect(try number("parallelism", in: "build-job.yaml") == completions)
        let args = try arguments("build-job.yaml")
        #expect(args.contains("$(JOB_COMPLETION_INDEX)/\(completions)"), "--shard must be $(JOB_COMPLETION_INDEX)/\(completions)")
        let assemble = try arguments("assemble-job.yaml")
        if let i = assemble.firstIndex(of: "--shard-count") { #expect(assemble[i + 1] == String(completions)) }
        return completions
    }

    /// Shard `k` of `n`'s command line, run on the site folder `site` (the Job's /site) for `asOf`.
    static func build(shard k: Int, of n: Int, site: String, asOf: String) throws -> [String] {
        try build(shard: String(k), of: n, site: site, asOf: asOf)
    }

    /// The same with the index as text: `{}` for `xargs -I {}` to fill in.
    static func build(shard k: String, of n: Int, site: String, asOf: String) throws -> [String] {
        let jobN = try jobShardCount()
        return try arguments("build-job.yaml").map { arg in
            local(arg.replacingOccurrences(of: "$(JOB_COMPLETION_INDEX)/\(jobN)", with: "\(k)/\(n)")
                .replacingOccurrences(of: "$(AS_OF)", with: asOf), site: site)
        }
    }

    /// The assemble Job's command line for `n` shards on `site`.
    static func assemble(of n: Int, site: String) throws -> [String] {
        let jobN = try jobShardCount()
        var args = try arguments("assemble-job.yaml").map { local($0, site: site) }
        if let i = args.firstIndex(of: "--shard-count"), args[i + 1] == String(jobN) { args[i + 1] = String(n) }
        return args
    }

    static func local(_ arg: String, site: String) -> String {
        arg.hasPrefix(volume + "/") ? site + arg.dropFirst(volume.count) : arg
    }
}
