import Foundation

/// Which code is building: the SHA-256 of the running executable, read once per process. It is part
/// of every cache key, so a new version of creditcity never reuses what an older one made.
enum BuildCode {
    static let identity: StableHash = {
        let path = "/proc/self/exe"
        guard let data = FileManager.default.contents(atPath: path) else {
            // Without /proc the arguments' path is the best name there is; a changed binary then still
            // differs in size or time, which the hash of this description carries.
            let exe = CommandLine.arguments.first ?? ""
            let f = FileFingerprint.of(exe)
            return StableHash(of: "\(exe) \(f?.size ?? 0) \(f?.mtime ?? 0) \(f?.inode ?? 0)")
        }
        return StableHash(of: [UInt8](data))
    }()
}
