import Foundation

/// Notices when anything under the watched folders changes (a file added, removed, resized or
/// touched), by comparing a fingerprint of paths, sizes and modification times. Polling keeps it
/// portable and needs no inotify limits; a content folder of a few thousand files costs little.
public struct ContentWatcher: Sendable {
    public let folders: [String]

    public init(folders: [String]) { self.folders = folders }

    /// A summary of the folders' current state; equal fingerprints mean nothing changed.
    public func fingerprint() -> [String: String] {
        var out: [String: String] = [:]
        for folder in folders {
            for path in FileTree.regularFiles(under: folder) {
                guard let st = FileFingerprint.of(folder + "/" + path) else { continue }
                out[folder + "/" + path] = "\(st.size):\(st.mtime)"
            }
        }
        return out
    }
}
