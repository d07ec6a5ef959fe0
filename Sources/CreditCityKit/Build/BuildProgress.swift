import Foundation

/// How far a build has got, for a terminal's progress line or a verbose log: the stage, and how many of
/// its items are done out of how many.
///
/// The pipeline tells `BuildOptions.onProgress` when a stage begins (done 0) and as it advances; a
/// stage is over when another begins or the build returns. Kept this small so that any shape of
/// pipeline can report through it.
public struct BuildProgress: Sendable, Equatable {
    /// What the build is doing: "reading content", "rendering pages", …
    public var stage: String
    public var done: Int
    /// nil when the stage cannot know in advance (rows are counted as files are read); otherwise an
    /// estimate that `done` may pass.
    public var total: Int?
    /// What `done` counts: "records", "files".
    public var unit: String

    public init(_ stage: String, done: Int = 0, total: Int? = nil, unit: String) {
        self.stage = stage
        self.done = done
        self.total = total
        self.unit = unit
    }
}

/// Counts a stage's items from several threads and tells `report` now and then (every `step` items and
/// at the end), so a million pages cost no million calls.
final class ProgressCounter: @unchecked Sendable {
    let stage: String
    let total: Int?
    let unit: String
    let step: Int
    private let report: @Sendable (BuildProgress) -> Void
    private let lock = NSLock()
    private var done = 0
    private var reported = 0

    init(_ stage: String, total: Int?, unit: String, step: Int = 1000, report: @escaping @Sendable (BuildProgress) -> Void) {
        self.stage = stage
        self.total = total
        self.unit = unit
        self.step = step
        self.report = report
        report(BuildProgress(stage, total: total, unit: unit))
    }

    func add(_ n: Int) {
        let now: Int? = lock.withLock {
            done += n
            guard done - reported >= step || done == total else { return nil }
            reported = done
            return done
        }
        if let now { report(BuildProgress(stage, done: now, total: total, unit: unit)) }
    }
}
