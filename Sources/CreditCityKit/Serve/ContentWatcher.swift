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
            guard let walker = FileManager.default.enumerator(atPath: folder) else { continue }
            while let path = walker.nextObject() as? String {
                var st = stat()
                guard lstat(folder + "/" + path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
                out[folder + "/" + path] = "\(st.st_size):\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
            }
        }
        return out
    }
}
