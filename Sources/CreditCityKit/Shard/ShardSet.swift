import Foundation

/// The shard manifests of one sharded build in a shards folder, checked to belong together before
/// anything is assembled: one N, every shard 0…N−1 present, and one as-of day and fingerprint.
/// Every refusal names the shard to run again.
struct ShardSet {
    let shardsDir: String
    /// N as given (`assemble --shard-count`); nil: the one N the manifests share.
    let count: Int?

    /// The manifests in the folder, by N, then K: `shard-K-of-N.manifest`.
    func listed() -> [Int: Set<Int>] {
        var found: [Int: Set<Int>] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: shardsDir)) ?? [] where name.hasSuffix(".manifest") {
            guard let shard = ShardOwnership(parsingName: String(name.dropLast(".manifest".count))) else { continue }
            found[shard.count, default: []].insert(shard.index)
        }
        return found
    }

    /// N: as given, or the one N of the manifests in the folder.
    func shardCount() throws -> Int {
        let listed = listed()
        if let count { return count }
        if listed.count == 1, let only = listed.keys.first { return only }
        if listed.isEmpty {
            throw BuildError(.assemble, path: shardsDir, "holds no shard manifest (shard-K-of-N.manifest): run `creditcity build --shard K/N` for every K from 0 to N-1 first")
        }
        let counts = listed.keys.sorted().map(String.init).joined(separator: ", ")
        throw BuildError(.assemble, path: shardsDir, "holds manifests of builds in \(counts) shards: say which with --shard-count N")
    }

    /// The N manifests in shard order; throws a `BuildError` naming what is missing or does not belong.
    func manifests(_ n: Int) throws -> [ShardManifest] {
        let present = listed()[n] ?? []
        let missing = (0..<n).filter { !present.contains($0) }
        guard missing.isEmpty else {
            let names = missing.map { "\($0)" }.joined(separator: ", ")
            throw BuildError(.assemble, path: shardsDir, "shard \(names) of \(n) \(missing.count == 1 ? "is" : "are") missing (no \(ShardOwnership.name(missing[0], of: n)).manifest: the shard failed or has not run): run `creditcity build --shard \(missing[0])/\(n)`\(missing.count > 1 ? " and the others named" : "") again, then assemble")
        }
        let manifests = try (0..<n).map { k -> ShardManifest in
            let path = ShardManifest.path(in: shardsDir, k, of: n)
            let m = try ShardManifest.read(path)
            guard m.header.shard == k, m.header.of == n else {
                throw BuildError(.assemble, path: path, "says it is shard \(m.header.shard) of \(m.header.of)")
            }
            return m
        }
        // The largest group of shards built alike is the build; the others were built from something else.
        var groups: [String: [Int]] = [:]
        for (k, m) in manifests.enumerated() { groups[m.header.asOf + " " + m.header.fingerprint, default: []].append(k) }
        guard groups.count > 1 else { return manifests }
        let main = groups.max { ($0.value.count, -($0.value.first ?? 0)) < ($1.value.count, -($1.value.first ?? 0)) }?.value ?? []
        let odd = (0..<n).filter { !main.contains($0) }
        func described(_ k: Int) -> String {
            "as of \(manifests[k].header.asOf), fingerprint \(manifests[k].header.fingerprint.prefix(12))…"
        }
        let oddNames = odd.map(String.init).joined(separator: ", "), mainNames = main.map(String.init).joined(separator: ", ")
        throw BuildError(.assemble, path: shardsDir, "shard \(oddNames) of \(n) \(odd.count == 1 ? "was" : "were") built from other content, templates, base URL or day (\(described(odd[0]))) than shard \(mainNames) (\(described(main[0]))): run `creditcity build --shard \(odd[0])/\(n)`\(odd.count > 1 ? " and the others named" : "") again with the same Content/, Templates/ and --as-of, then assemble")
    }
}

extension ShardOwnership {
    /// Reads a shard's name, `shard-K-of-N`.
    init?(parsingName name: String) {
        let parts = name.split(separator: "-")
        guard parts.count == 4, parts[0] == "shard", parts[2] == "of", let k = Int(parts[1]), let n = Int(parts[3]) else { return nil }
        self.init(index: k, count: n)
    }
}
