import Foundation

/// Prepares a new site beside Output/ and puts it in place only when the whole build succeeded,
/// so a failed build leaves Output/ exactly as it was.
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

    /// Folder names this publisher uses beside Output/; leftovers of killed builds are removed.
    var stagingPrefix: String { ".\(name).staging-" }
    public var previousDir: String { parent + "/.\(name).previous" }

    /// A fresh, empty staging folder beside Output/ (same file system, so the final rename is atomic).
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

    /// Replaces Output/ by `staging`. The old tree is kept as `.Output.previous`.
    ///
    /// Output/README.md, the note that the folder is generated, is carried into the new tree so a
    /// checkout's Output/ keeps it.
    public func publish(_ staging: String) throws {
        let fm = FileManager.default
        let readme = outputDir + "/README.md"
        if fm.fileExists(atPath: readme), !fm.fileExists(atPath: staging + "/README.md") {
            try fm.copyItem(atPath: readme, toPath: staging + "/README.md")
        }
        if fm.fileExists(atPath: previousDir) { try fm.removeItem(atPath: previousDir) }
        if fm.fileExists(atPath: outputDir) {
            guard rename(outputDir, previousDir) == 0 else { throw posixFailure("move \(outputDir) aside") }
        }
        guard rename(staging, outputDir) == 0 else {
            let failure = posixFailure("move the new site into \(outputDir)")
            _ = rename(previousDir, outputDir)
            throw failure
        }
    }

    struct Failure: Error, CustomStringConvertible { var description: String }

    func posixFailure(_ what: String) -> Failure { Failure(description: "cannot \(what): \(String(cString: strerror(errno)))") }
}
