/// What one `build` or `check` run works on (SPEC section 1's common options).
public struct BuildOptions: Sendable {
    public var contentDir: String = "Content"
    public var templatesDir: String = "Templates"
    public var outputDir: String = "Output"
    public var stateDir: String = ".creditcity"
    public var asOf: CivilDate
    public var strict = false
    public var baseURL: String?
    /// false for `check`: everything but replacing Output/.
    public var writeOutput = true
    /// `build --shard K/N`: render only the files this shard owns (`ShardOwnership`) into its shard tree
    /// (`outputDir`), and write its manifest beside it (`ShardManifest`). nil: the whole site.
    public var shard: ShardOwnership?
    /// With another build of the site running: fail at once instead of waiting.
    public var noWait = false
    /// Told once when this build waits for another; the command line prints it.
    public var onWait: @Sendable (String) -> Void = { _ in }
    /// Told when the build enters a stage and as it advances (`BuildProgress`); the command line shows
    /// it on a terminal and stays quiet otherwise. Called from several threads; keep it cheap.
    public var onProgress: @Sendable (BuildProgress) -> Void = { _ in }

    public init(asOf: CivilDate) { self.asOf = asOf }
}
