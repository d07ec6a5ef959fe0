import Foundation

/// A running process told apart from a later one that reuses its pid: the pid and the time it
/// started (clock ticks since boot, `/proc/PID/stat` field 22).
///
/// Staging folders are named after the build that owns them, so a build removes one only when its
/// owner is dead: a folder of a live build is never pulled from under it.
public struct BuildProcess: Equatable, Sendable, CustomStringConvertible {
    public var pid: Int32
    /// 0 where the system does not say when a process started; then the pid alone is compared.
    public var startToken: UInt64

    public init(pid: Int32, startToken: UInt64) {
        self.pid = pid
        self.startToken = startToken
    }

    /// This process.
    public static var current: BuildProcess {
        let pid = getpid()
        return BuildProcess(pid: pid, startToken: startToken(of: pid) ?? 0)
    }

    /// `PID-TOKEN`, as staging folder names carry it.
    public var description: String { "\(pid)-\(startToken)" }

    /// Reads `PID-TOKEN`, or a bare `PID` (folders of older builds); nil for anything else.
    public init?(name: Substring) {
        var parts = name.split(separator: "-", omittingEmptySubsequences: false)
        // `<pid>-<start>-old`: a previous tree this process set aside to delete (OutputPublisher.retire).
        if parts.count == 3, parts[2] == "old" { parts.removeLast() }
        guard (1...2).contains(parts.count), let pid = Int32(parts[0]), pid > 0 else { return nil }
        let token = parts.count == 2 ? UInt64(parts[1]) : 0
        guard let token else { return nil }
        self.init(pid: pid, startToken: token)
    }

    /// Whether this very process still runs (not merely its pid).
    public var isAlive: Bool {
        guard kill(pid, 0) == 0 || errno == EPERM else { return false }
        guard startToken != 0, let now = Self.startToken(of: pid) else { return true }
        return now == startToken
    }

    /// When `pid` started, from `/proc/PID/stat`; nil where there is no such file.
    static func startToken(of pid: Int32) -> UInt64? {
        guard let data = FileManager.default.contents(atPath: "/proc/\(pid)/stat") else { return nil }
        let text = String(decoding: data, as: UTF8.self)
        // The command name (field 2) is in parentheses and may hold spaces or parentheses itself.
        guard let close = text.lastIndex(of: ")") else { return nil }
        let fields = text[text.index(after: close)...].split(separator: " ")
        // fields[0] is field 3 (state), so field 22 (starttime) is fields[19].
        guard fields.count > 19 else { return nil }
        return UInt64(fields[19])
    }
}
