import CSystemShim
import Foundation

/// Prepares a new site beside Output/ and swaps it in with one atomic step, so a reader sees the old
/// site or the new one and a failed or killed build leaves the old one in place.
///
/// It works on the real paths an `OutputLocation` checked. Beside `Output/` live
/// `.Output.staging-<pid>-<start>` (a build in progress, named after its process so only a dead
/// build's folder is ever removed) and `.Output.previous` (the tree before the last build, for
/// `creditcity rollback`, and the tree `TreePublisher` brings up to date in place). Callers hold the
/// output's `BuildLock`.
public struct OutputPublisher: Sendable {
    public let location: OutputLocation

    public init(location: OutputLocation) { self.location = location }

    /// The real path of Output/.
    public var outputDir: String { location.real }
    public var previousDir: String { location.previous }

    /// A fresh, empty staging folder beside Output/ (same file system, so the swap is one rename).
    public func makeStaging() throws -> String {
        try removeLeftovers()
        let path = location.sibling(location.stagingPrefix + BuildProcess.current.description)
        try? FileManager.default.removeItem(atPath: path)
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// Removes staging folders whose build is dead (killed, or failed without cleaning up). A folder
    /// of a live process, or one whose name is not a staging folder's, is left alone.
    public func removeLeftovers() throws {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: location.parent) else { return }
        for n in names where n.hasPrefix(location.stagingPrefix) {
            guard let owner = BuildProcess(name: n.dropFirst(location.stagingPrefix.count)), !owner.isAlive else { continue }
            try FileManager.default.removeItem(atPath: location.sibling(n))
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
    /// checkout's Output/ keeps it. The staging tree must carry `OutputMarker`, and Output/ and
    /// `.Output.previous` are checked again to be ours just before the swap.
    public func publish(_ staging: String) throws {
        let fm = FileManager.default
        guard OutputMarker.isPresent(in: staging) else {
            throw BuildError(.publish, path: staging, "the new site lacks \(OutputMarker.fileName); not published")
        }
        try requireOurs(outputDir, "the output folder")
        try requireOurs(previousDir, "the previous site")
        let readme = outputDir + "/" + Self.carriedOver, carried = staging + "/" + Self.carriedOver
        if OutputMarker.isRegularFile(readme), !fm.fileExists(atPath: carried) {
            guard link(readme, carried) == 0 || (try? fm.copyItem(atPath: readme, toPath: carried)) != nil else {
                throw BuildError.system(.publish, "carry \(readme) over")
            }
        }
        guard OutputMarker.kind(of: outputDir) != .missing else {
            guard rename(staging, outputDir) == 0 else { throw posixFailure("move the new site into \(outputDir)") }
            return
        }
        if cc_exchange_paths(staging, outputDir) == 0 {
            // staging now holds the old site: keep it for rollback.
            try retire(previousDir)
            guard rename(staging, previousDir) == 0 else { throw posixFailure("keep the previous site as \(previousDir)") }
            return
        }
        guard errno == ENOSYS || errno == EINVAL else { throw posixFailure("swap the new site into \(outputDir)") }
        // Fallback where the kernel or file system cannot exchange: two renames, a moment without Output/.
        try retire(previousDir)
        guard rename(outputDir, previousDir) == 0 else { throw posixFailure("move \(outputDir) aside") }
        guard rename(staging, outputDir) == 0 else {
            let failure = posixFailure("move the new site into \(outputDir)")
            _ = rename(previousDir, outputDir)
            throw failure
        }
    }

    /// Deletes an older tree without ever leaving it half-deleted under its own name: it is first renamed
    /// to a staging name of this build (one atomic step), then removed. A build killed while removing it
    /// leaves a dead build's staging folder, which the next build removes; `.Output.previous` itself is
    /// always a whole tree with its marker, or absent.
    func retire(_ folder: String) throws {
        guard OutputMarker.kind(of: folder) != .missing else { return }
        let aside = location.sibling(location.stagingPrefix + BuildProcess.current.description + "-old")
        guard rename(folder, aside) == 0 else { throw posixFailure("set \(folder) aside") }
        try? FileManager.default.removeItem(atPath: aside)
    }

    /// Throws unless `folder` is missing or a folder a build may replace (`OutputMarker`): the last
    /// check before anything is renamed or removed.
    func requireOurs(_ folder: String, _ what: String) throws {
        switch OutputMarker.kind(of: folder) {
        case .missing, .ours: return
        case .notAFolder, .foreign:
            throw BuildError(.publish, path: folder, "\(what) now holds files CreditCity did not write; nothing was replaced")
        }
    }

    /// Exchanges the lagging tree `.Output.previous` (brought up to date in place) with Output/ in one
    /// atomic step; both must be folders a build may replace.
    public func exchangeWithPrevious() throws {
        try requireOurs(outputDir, "the output folder")
        try requireOurs(previousDir, "the previous site")
        guard OutputMarker.isPresent(in: previousDir) else {
            throw BuildError(.publish, path: previousDir, "the new site lacks \(OutputMarker.fileName); not published")
        }
        if cc_exchange_paths(previousDir, outputDir) == 0 { return }
        guard errno == ENOSYS || errno == EINVAL else { throw posixFailure("swap \(previousDir) and \(outputDir)") }
        // Where the kernel or file system cannot exchange: three renames, a moment without Output/.
        let aside = location.sibling(location.stagingPrefix + BuildProcess.current.description + "-exchange")
        guard rename(outputDir, aside) == 0, rename(previousDir, outputDir) == 0, rename(aside, previousDir) == 0 else {
            throw posixFailure("swap \(previousDir) and \(outputDir)")
        }
    }

    /// Swaps `.Output.previous` back into place (`creditcity rollback`); rolling back twice restores.
    public func rollback() throws {
        guard OutputMarker.kind(of: previousDir) != .missing else {
            throw BuildError(.rollback, path: previousDir, "nothing to roll back to: it does not exist (it is kept from the last build only)")
        }
        try requireOurs(outputDir, "the output folder")
        try requireOurs(previousDir, "the previous site")
        if cc_exchange_paths(previousDir, outputDir) == 0 { return }
        let aside = location.sibling(location.stagingPrefix + "rollback")
        guard rename(outputDir, aside) == 0, rename(previousDir, outputDir) == 0, rename(aside, previousDir) == 0 else {
            throw BuildError.system(.rollback, "roll back \(outputDir)")
        }
    }

    func posixFailure(_ what: String) -> BuildError { BuildError.system(.publish, what) }
}
