import Foundation

/// The mark that a folder is a site CreditCity built, so a build replaces only folders it made.
///
/// Every published tree carries `.creditcity-site`, a small fixed file (the same bytes every build,
/// so it is hard-linked like any unchanged page). A folder counts as ours when it is missing or empty,
/// holds the mark, holds nothing but `README.md` (a fresh checkout's `Output/`), or is a site built
/// before the mark existed (its `feeds/manifest.json` has CreditCity's manifest schema).
public enum OutputMarker {
    public static let fileName = ".creditcity-site"
    public static let contents = Array("""
        This folder is a site built by CreditCity (creditcity build).
        Each build replaces the whole folder: keep no other files in it.

        """.utf8)

    /// Files a folder may hold and still be taken as an empty, unbuilt output.
    static let harmless: Set<String> = ["README.md", fileName]

    /// What a folder is, as far as replacing it is concerned.
    public enum Kind: Equatable, Sendable {
        case missing
        /// Not a folder (a regular file, a device, …).
        case notAFolder
        /// A folder CreditCity may replace: empty, marked, a checkout's README only, or an older CreditCity site.
        case ours
        /// A folder with other things in it; `sample` names a few of its entries for the message.
        case foreign(sample: [String], count: Int)
    }

    /// Whether `path` may be replaced by a build (symbolic links are not followed).
    public static func kind(of path: String) -> Kind {
        var st = stat()
        guard lstat(path, &st) == 0 else { return .missing }
        guard (st.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            return .foreign(sample: [], count: 0)
        }
        if isRegularFile(path + "/" + fileName) || names.allSatisfy(harmless.contains) || isOlderSite(path) {
            return .ours
        }
        let others = names.filter { !harmless.contains($0) }.sorted()
        return .foreign(sample: Array(others.prefix(5)), count: others.count)
    }

    /// Writes the mark into a tree being built.
    public static func write(into writer: FileTreeWriter) throws {
        try writer.write(fileName, contents)
    }

    /// Whether `root` holds the mark (a published tree must).
    public static func isPresent(in root: String) -> Bool {
        isRegularFile(root + "/" + fileName)
    }

    /// A site built before the mark existed: the feeds' manifest names CreditCity's schema.
    static func isOlderSite(_ path: String) -> Bool {
        let manifest = path + "/feeds/manifest.json"
        guard isRegularFile(manifest), let data = FileManager.default.contents(atPath: manifest) else { return false }
        return data.range(of: Data(#""schema":"creditcity.manifest/"#.utf8)) != nil
    }

    static func isRegularFile(_ path: String) -> Bool {
        var st = stat()
        return lstat(path, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG
    }
}
