import Foundation

/// One self-overwriting status line on a terminal: the stage and the seconds since the build began.
/// When standard error is not a terminal (cron, CI, a log file) nothing is printed.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    private let lock = NSLock()
    nonisolated(unsafe) private static var active = false

    static func forTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func show(_ stage: String) {
        lock.withLock {
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(seconds) s] \(stage)…".utf8))
            ProgressLine.active = true
        }
    }

    /// Clears the status line before the report is printed.
    static func clear() {
        guard active else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        active = false
    }
}
