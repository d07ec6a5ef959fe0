import CSystemShim
import Foundation

/// Prepares a new site beside Output/ and swaps it in with one atomic step, so a reader sees the old
/// site or the new one and a failed or killed build leaves the old one in place.
///
/// Beside `Output/` live `.Output.staging-<pid>` (a build in progress; removed by the next build if
/// it was killed) and `.Output.previous` (the tree before the last build, for `creditcity rollback`).
/// Callers hold the `BuildLock`, so no other build is using these names.
public struct OutputPublisher: Sendable {
    public let outputDir: String
    public let parent: String
    public let name: String

    public init(outputDir: String) {
        var dir = outputDir
        while dir.count > 1, dir.hasSuffix("/") { dir.removeLast() }
        self.outputDir = dir
        let ns = dir as NSString
        self.parent = ns.deletingLastPathComponent.isEmpty ? "." : ns.deletingLastPathComponent
        self.name = ns.lastPathComponent
    }

    var stagingPrefix: String { ".\(name).staging-" }
    public var previousDir: String { parent + "/.\(name).previous" }

    /// A fresh, empty staging folder beside Output/ (same file system, so the swap is one rename).
    public func makeStaging() throws -> String {
        try removeLeftovers()
        let path = parent + "/" + stagingPrefix + String(getpid())
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes staging folders that a killed or failed build left behind.
    public func removeLeftovers() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: parent) else { return }
        for n in names where n.hasPrefix(stagingPrefix) {
            try FileManager.default.removeItem(atPath: parent + "/" + n)
        }
    }

    public func discard(_ staging: String) {
        try? FileManager.default.removeItem(atPath: staging)
    }

    /// The note that Output/ is generated (kept in git): not made by a build, carried into every new tree.
    static let carriedOver = "README.md"

    /// Replaces Output/ by `staging` atomically; the old tree becomes `.Output.previous`.
    ///
    /// Output/README.md, the note that the folder is generated, is carried into the new tree so a
    /// checkout's Output/ keeps it.
    public func publish(_ staging: String) throws {
        let fm = FileManager.default
        let readme = outputDir + "/" + Self.carriedOver, carried = staging + "/" + Self.carriedOver
        if fm.fileExists(atPath: readme), !fm.fileExists(atPath: carried) {
            guard link(readme, carried) == 0 || (try? fm.copyItem(atPath: readme, toPath: carried)) != nil else {
                throw BuildError.system(.publish, "carry \(readme) over")
            }
        }
        guard fm.fileExists(atPath: outputDir) else {
            guard rename(staging, outputDir) == 0 else { throw posixFailure("move the new site into \(outputDir)") }
            return
        }
        if cc_exchange_paths(staging, outputDir) == 0 {
            // staging now holds the old site: keep it for rollback.
            try? fm.removeItem(atPath: previousDir)
            guard rename(staging, previousDir) == 0 else { throw posixFailure("keep the previous site as \(previousDir)") }
            return
        }
        guard errno == ENOSYS || errno == EINVAL else { throw posixFailure("swap the new site into \(outputDir)") }
        // Fallback where the kernel or file system cannot exchange: two renames, a moment without Output/.
        try? fm.removeItem(atPath: previousDir)
        guard rename(outputDir, previousDir) == 0 else { throw posixFailure("move \(outputDir) aside") }
        guard rename(staging, outputDir) == 0 else {
            let failure = posixFailure("move the new site into \(outputDir)")
            _ = rename(previousDir, outputDir)
            throw failure
        }
    }

    /// Exchanges the trees at `a` and `b` atomically (both exist).
    public func exchange(_ a: String, _ b: String) throws {
        if cc_exchange_paths(a, b) == 0 { return }
        guard errno == ENOSYS || errno == EINVAL else { throw posixFailure("swap \(a) and \(b)") }
        // Where the kernel or file system cannot exchange: three renames, a moment without `b`.
        let aside = parent + "/" + stagingPrefix + "exchange"
        guard rename(b, aside) == 0, rename(a, b) == 0, rename(aside, a) == 0 else { throw posixFailure("swap \(a) and \(b)") }
    }

    /// Swaps `.Output.previous` back into place (`creditcity rollback`); rolling back twice restores.
    public func rollback() throws {
        guard FileManager.default.fileExists(atPath: previousDir) else {
            throw BuildError(.rollback, path: previousDir, "nothing to roll back to: it does not exist (it is kept from the last build only)")
        }
        if cc_exchange_paths(previousDir, outputDir) == 0 { return }
        let aside = parent + "/" + stagingPrefix + "rollback"
        guard rename(outputDir, aside) == 0, rename(previousDir, outputDir) == 0, rename(aside, previousDir) == 0 else {
            throw BuildError.system(.rollback, "roll back \(outputDir)")
        }
    }

    func posixFailure(_ what: String) -> BuildError { BuildError.system(.publish, what) }
}
