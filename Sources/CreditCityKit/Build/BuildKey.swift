import Foundation

/// The key of a whole build: everything its Output/ is made from, hashed without reading any content
/// file. The code, the templates, site.yaml and the base URL (`OutputKeys.global`), the as-of day, and
/// every file under Content/ by its path and `FileFingerprint` (size, modification and change times
/// to the nanosecond, inode), the same test the content cache trusts.
///
/// When a build's key equals the one the last successful build left, and Output/ is still the tree
/// that build published, the site cannot differ: the build stops there, as a build system stops on a
/// cache hit of its top-level action (issue 12: an unchanged rebuild does work in proportion to
/// nothing, at any size).
struct BuildKey: Equatable {
    let hash: StableHash

    init(options: BuildOptions) throws {
        var h = Hasher128()
        h.add("build/1")
        h.add(try OutputKeys.global(templatesDir: options.templatesDir, contentDir: options.contentDir,
                                    baseURL: options.baseURL, asOf: options.asOf))
        h.add(Int(options.asOf.dayNumber))
        // A shard's tree holds only its files: its key is its own (`ShardOwnership`).
        h.add(options.shard?.description)
        for path in FileTree.regularFiles(under: options.contentDir).sorted() {
            h.add(path)
            guard let f = FileFingerprint.of(options.contentDir + "/" + path) else {
                h.add("unreadable")
                continue
            }
            for n in [f.size, f.mtime, f.ctime, f.inode] { h.add(Int(n)) }
        }
        hash = h.finish()
    }
}
