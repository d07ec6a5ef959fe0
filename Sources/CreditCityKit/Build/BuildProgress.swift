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
