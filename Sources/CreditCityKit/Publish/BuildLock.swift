import Foundation

/// One build of an output at a time: an exclusive `flock` on a lock file.
///
/// The lock belongs to the output, not to the state folder: it is `.Output.lock` beside the real
/// Output/ (`OutputLocation.lockFile`), so two builds of one site started from different folders, with
/// different state folders or different spellings of the path, still take turns. A build also locks
/// its state folder (`<state>/build.lock`) so two outputs sharing one state folder do not interleave
/// their state files. The kernel drops a lock when the process ends, however it ends, so a killed
/// build never leaves a stale lock behind.
public final class BuildLock: @unchecked Sendable {
    let fd: Int32
    public let path: String

    /// The lock of one output (taken first).
    public convenience init(output: OutputLocation, wait: Bool, waiting: (String) -> Void = { _ in }) throws {
        try self.init(file: output.lockFile, subject: "of \(output.real)", wait: wait, waiting: waiting)
    }

    /// The lock of a state folder (taken after the output's).
    public convenience init(stateDir: String, wait: Bool, waiting: (String) -> Void = { _ in }) throws {
        try self.init(file: stateDir + "/build.lock", subject: "using the state folder \(stateDir)", wait: wait, waiting: waiting)
    }

    /// Takes the lock on `file`; when it is held, calls `waiting` once and blocks, or throws
    /// `BuildError.busy` if `wait` is false. `subject` says whose lock it is in messages ("of /srv/site/Output").
    public init(file: String, subject: String, wait: Bool, waiting: (String) -> Void = { _ in }) throws {
        let dir = (file as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: dir.isEmpty ? "." : dir, withIntermediateDirectories: true)
        path = file
        // O_NOFOLLOW: a link planted in the lock's place is not followed to truncate another file.
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard fd >= 0 else {
            throw BuildError.system(.lock, "open the lock", path: path)
        }
        if flock(fd, LOCK_EX | LOCK_NB) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingWhitespace() ?? ""
            let who = holder.isEmpty ? "process unknown" : holder
            guard wait else {
                close(fd)
                throw BuildError.busy(lock: path, subject: subject, holder: who)
            }
            waiting("waiting for another build \(subject) to finish (\(who))…")
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
