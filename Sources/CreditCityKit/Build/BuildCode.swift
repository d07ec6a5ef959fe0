import Foundation

/// Which code is building: the running executable's path, size, modification time and inode, read once
/// per process. It is part of every cache key, so a new build of creditcity never reuses what an older
/// one made (replacing the executable changes its inode and time even when its size stays).
enum BuildCode {
    static let identity: StableHash = {
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments.first ?? ""
        let f = FileFingerprint.of(exe)
        // Not the change time: it moves when anything adds a hard link to the file (a no-op `swift build`
        // does), which would make every build after it a first build. A new executable has a new
        // modification time or inode.
        return StableHash(of: "creditcity \(exe) \(f?.size ?? 0) \(f?.mtime ?? 0) \(f?.inode ?? 0)")
    }()
}
