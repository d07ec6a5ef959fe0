/// The fingerprint every shard of one sharded build must share (`ShardManifest.Header.fingerprint`).
///
/// It is made from what the plan already knows, so it costs no extra reading: the global key (code,
/// templates, site.yaml, base URL), the as-of day, the number of shards, the key of every planned page
/// and record page and of the search index, and the id and content hash of every record read (shown or
/// not: a record removed and one hidden leave the pages alike but not the feeds' change file). The
/// content folder's own path is not in it, so nodes may mount the content at different paths.
enum ShardFingerprint {
    static func of(_ plan: SitePlan, keys: OutputKeys, pages: [SitePage], asOf: CivilDate, count: Int) -> String {
        var sha = SHA256Stream()
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func add(_ hash: StableHash) {
            buffer += hash.bytes
            if buffer.count >= 1 << 16 {
                sha.update(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        var head = Hasher128()
        head.add("creditcity.shard/1")
        head.add(keys.global)
        head.add(Int(asOf.dayNumber))
        head.add(count)
        head.add(pages.count)
        head.add(plan.records.count)
        head.add(plan.index.entries.count)
        add(head.finish())
        for page in pages { add(keys.key(page)) }
        for key in keys.records { add(key) }
        add(keys.search)
        for e in plan.index.entries {
            add(StableHash(high: e.publicID.high, low: UInt64(e.publicID.low) << 16 | UInt64(e.publicID.twin)))
            add(e.contentHash)
        }
        sha.update(buffer)
        return sha.finish().hex
    }
}
