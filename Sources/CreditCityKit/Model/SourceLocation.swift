/// Where a record came from: reported in diagnostics and used to order duplicates.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// Path as shown to the user, e.g. `Content/penalties/2026.csv`.
    public var file: String
    /// 1-based physical line (CSV, JSON Lines) or position (JSON array).
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public var description: String { "\(file):\(line)" }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool { (a.file, a.line) < (b.file, b.line) }
}
