import CreditCityKit
import Foundation

/// How a building command talks to the person running it while the build runs.
///
/// On a terminal: one self-overwriting line with the stage, the count done (of the expected total),
/// the rate and the time left, redrawn at most ten times a second. With `--verbose`: one line per
/// finished stage with its time and count, on a terminal or not. Otherwise (cron, CI, a log file)
/// nothing: a log gets only the report.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private let terminal: Bool
    private let verbose: Bool
    private var buildStart = Date()
    private var current: BuildProgress?
    private var stageStart = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false

    init(terminal: Bool, verbose: Bool) {
        self.terminal = terminal
        self.verbose = verbose
    }

    /// Nothing to show: quiet, or neither a terminal nor verbose.
    var isSilent: Bool { !terminal && !verbose }

    /// Starts timing a new build (serve rebuilds reuse one line).
    func begin() {
        lock.withLock {
            buildStart = Date()
            current = nil
        }
    }

    func update(_ progress: BuildProgress) {
        lock.withLock {
            let now = Date()
            if progress.stage != current?.stage {
                endStage(at: now)
                stageStart = now
                lastDraw = .distantPast
            }
            current = progress
            guard terminal, now.timeIntervalSince(lastDraw) >= 0.1 else { return }
            lastDraw = now
            FileHandle.standardError.write(Data("\r\u{1B}[K\(statusLine(progress, now: now))".utf8))
            drawn = true
        }
    }

    /// Ends the last stage (its verbose line) and clears the status line, before the report is printed.
    func finish() {
        lock.withLock {
            let now = Date()
            endStage(at: now)
            current = nil
            if verbose { write("  total \(Self.seconds(now.timeIntervalSince(buildStart)))") }
        }
    }

    /// Called with the lock held.
    private func endStage(at now: Date) {
        clear()
        guard verbose, let stage = current else { return }
        let elapsed = now.timeIntervalSince(stageStart)
        var line = "  \(stage.stage): \(Self.seconds(elapsed))"
        if stage.done > 0 {
            line += ", \(Self.count(stage.done)) \(stage.unit)"
            if elapsed >= 0.01 { line += " (\(Self.count(Int(Double(stage.done) / elapsed)))/s)" }
        }
        write(line)
    }

    private func clear() {
        guard drawn else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        drawn = false
    }

    private func write(_ line: String) { FileHandle.standardError.write(Data((line + "\n").utf8)) }

    /// `[12.3 s] rendering pages: 12,345 / 94,000 pages · 3,210/s · about 25 s left`
    func statusLine(_ p: BuildProgress, now: Date) -> String {
        var line = "[\(String(format: "%.1f", now.timeIntervalSince(buildStart))) s] \(p.stage)"
        guard p.done > 0 else { return line + "…" }
        line += ": \(Self.count(p.done))"
        if let total = p.total, total >= p.done { line += " / \(Self.count(total))" }
        line += " \(p.unit)"
        let elapsed = now.timeIntervalSince(stageStart)
        guard elapsed >= 0.5 else { return line }
        let rate = Double(p.done) / elapsed
        line += " · \(Self.count(Int(rate)))/s"
        if let total = p.total, total > p.done, rate > 0 {
            line += " · about \(Self.seconds(Double(total - p.done) / rate)) left"
        }
        return line
    }

    static func count(_ n: Int) -> String {
        let digits = String(n)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    static func seconds(_ s: Double) -> String {
        s < 60 ? String(format: "%.2f s", s) : "\(Int(s) / 60) min \(Int(s) % 60) s"
    }
}
