import Foundation
import GRDB

/// What the last successful build left for the next one to compare with: its whole-build key
/// (`BuildKey`), the generation of Output/ it published and its report.
extension StateDatabase {
    struct LastBuild {
        var key: StableHash
        var generation: Int
        var report: RememberedBuild
    }

    func lastBuild() throws -> LastBuild? {
        do {
            return try queue.read { db in
                guard let row = try Row.fetchOne(db, sql: "SELECT key, generation, report FROM lastBuild WHERE id = 1"),
                      let key = StableHash(bytes: [UInt8](row["key"] as Data)),
                      let report = try? JSONDecoder().decode(RememberedBuild.self, from: row["report"] as Data) else { return nil }
                return LastBuild(key: key, generation: row["generation"], report: report)
            }
        } catch {
            throw Self.failure(path, "cannot read the last build", error)
        }
    }

    /// Keeps `last`, or forgets the last build (nil) before a build that may change Output/.
    func setLastBuild(_ last: LastBuild?) throws {
        do {
            try queue.write { db in
                try db.execute(sql: "DELETE FROM lastBuild")
                guard let last else { return }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.sortedKeys]
                try db.execute(sql: "INSERT INTO lastBuild(id, key, generation, report) VALUES (1, ?, ?, ?)",
                               arguments: [Data(last.key.bytes), last.generation, try encoder.encode(last.report)])
            }
        } catch {
            throw Self.failure(path, "cannot keep the last build", error)
        }
    }

    /// The generation Output/ holds, when it is the tree the state describes and no build left work
    /// unfinished (no pending swap, no lagging tree being written); nil otherwise.
    func settledGeneration(outputDir: String) throws -> Int? {
        let p = try publication()
        guard p.published > 0, p.pending == nil, p.journal == nil,
              let tree = TreeID.of(outputDir), tree == p.publishedTree else { return nil }
        return p.published
    }
}
