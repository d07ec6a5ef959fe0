import CSystemShim
import Foundation

/// A folder's identity: device, inode and (where the file system keeps it) birth time. The state
/// database names the two trees of a site by it, so it can tell which one is Output/ after a swap, a
/// rollback or a hand-made copy without writing a mark into the published tree.
public struct TreeID: Hashable, Sendable {
    public var device: UInt64
    public var inode: UInt64
    public var birth: Int64

    /// The identity of the folder at `path` (not following a final link); nil when it is not a folder.
    public static func of(_ path: String) -> TreeID? {
        var st = stat()
        guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
        var seconds: Int64 = 0, nanoseconds = 0
        let birth = cc_birth_time(path, &seconds, &nanoseconds) == 0 ? seconds * 1_000_000_000 + Int64(nanoseconds) : 0
        return TreeID(device: UInt64(st.st_dev), inode: UInt64(st.st_ino), birth: birth)
    }

    public var text: String { "\(device):\(inode):\(birth)" }

    public init(device: UInt64, inode: UInt64, birth: Int64) {
        self.device = device
        self.inode = inode
        self.birth = birth
    }

    public init?(text: String) {
        let parts = text.split(separator: ":")
        guard parts.count == 3, let d = UInt64(parts[0]), let i = UInt64(parts[1]), let b = Int64(parts[2]) else { return nil }
        self.init(device: d, inode: i, birth: b)
    }
}
