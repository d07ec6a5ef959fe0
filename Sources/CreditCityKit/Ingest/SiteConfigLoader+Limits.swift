extension SiteConfigLoader {
    /// `limits: {field_bytes: N}`: the longest field a record may have (`ContentLimits`).
    static func parseLimits(_ r: Reader) throws -> ContentLimits {
        var limits = ContentLimits()
        guard r.root.mapping != nil else { throw r.failure("field_bytes", "limits must be a mapping like {field_bytes: 65536}") }
        if let bytes = try r.optionalInt("field_bytes") {
            let range = ContentLimits.fieldBytesRange
            guard range.contains(bytes) else {
                throw r.failure("field_bytes", "must be between \(range.lowerBound) and \(range.upperBound) bytes; found \(bytes)")
            }
            limits.fieldBytes = bytes
        }
        return limits
    }
}
