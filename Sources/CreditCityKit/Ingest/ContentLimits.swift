/// Limits on what one content file may make a build hold, so a damaged or hostile export costs a
/// warning or a rejected record, not gigabytes of memory and pages.
public struct ContentLimits: Sendable, Equatable {
    /// Longest field of a record, in bytes of UTF-8 (site.yaml `limits: {field_bytes: N}`). A record
    /// with a longer field is rejected: a decision's text cut short would misstate it.
    public var fieldBytes = 64 * 1024
    /// Accepted range of `fieldBytes`.
    public static let fieldBytesRange = 1024...(64 * 1024 * 1024)
    /// Longest notice slug, in bytes: the slug is a folder name of the site and part of its URLs.
    public static let slugBytes = 100

    public init(fieldBytes: Int = 64 * 1024) { self.fieldBytes = fieldBytes }
}
