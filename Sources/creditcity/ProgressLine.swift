import Foundation

/// One self-overwriting status line on a terminal: the stage and the seconds since the build began.
/// When standard error is not a terminal (cron, CI, a log file) nothing is printed.
///
/// Stages are reported from several threads; every write and the "is a line showing" flag go through
/// one lock, so the line and the report printed after it never interleave.
final class ProgressLine: @unchecked Sendable {
    private let start = Date()
    /// Whether a status line is on screen, shared by every `ProgressLine` and `clear()`.
    private static let screen = Screen()

    private final class Screen: @unchecked Sendable {
        let lock = NSLock()
        var active = false
    }

    static func forTerminal() -> ProgressLine? {
        isatty(STDERR_FILENO) == 1 ? ProgressLine() : nil
    }

    func show(_ stage: String) {
        let screen = Self.screen
        screen.lock.withLock {
            let seconds = String(format: "%.1f", Date().timeIntervalSince(start))
            FileHandle.standardError.write(Data("\r\u{1B}[K[\(seconds) s] \(stage)…".utf8))
            screen.active = true
        }
    }

    /// Clears the status line before the report is printed.
    static func clear() {
        screen.lock.withLock {
            guard screen.active else { return }
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            screen.active = false
        }
    }
}
