import Foundation

/// One build of a site at a time: an exclusive `flock` on `<state>/build.lock`.
///
/// The kernel drops the lock when the process ends, however it ends, so a killed build never leaves
/// a stale lock behind.
public final class BuildLock: @unchecked Sendable {
    let fd: Int32
    public let path: String

    /// Takes the lock; when it is held, calls `waiting` once and blocks, or throws `BuildError.busy` if `wait` is false.
    public init(stateDir: String, wait: Bool, waiting: (String) -> Void = { _ in }) throws {
        try FileManager.default.createDirectory(atPath: stateDir, withIntermediateDirectories: true)
        path = stateDir + "/build.lock"
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            throw BuildError.system(.lock, "open the lock", path: path)
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingWhitespace() ?? ""
            let who = holder.isEmpty ? "process unknown" : holder
            guard wait else {
                close(fd)
                throw BuildError.busy(lock: path, holder: who)
            }
            waiting("waiting for another build of this site to finish (\(who))…")
            while flock(fd, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(fd)
                    throw BuildError.system(.lock, "take the lock", path: path)
                }
            }
        }
        // Say who holds it, for the message a waiting build prints.
        _ = ftruncate(fd, 0)
        let note = "pid \(getpid())\n"
        _ = note.withCString { pwrite(fd, $0, strlen($0), 0) }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
