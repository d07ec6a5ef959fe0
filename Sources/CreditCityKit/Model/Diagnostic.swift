/// A problem found in content, reported like a compiler: `file:line: severity: FIELD: reason`.
///
/// Recoverable problems are collected, never thrown, so one build reports every bad row at once.
public struct Diagnostic: Error, Sendable, Codable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
        /// The row (or file) is rejected: it is not published.
        case error
        /// Reported for the webmaster; the content is still used.
        case warning
    }

    public var severity: Severity
    /// Path as the user gave it (e.g. `Content/penalties/2026.csv`).
    public var file: String
    /// Physical 1-based line where the record starts (position in a JSON array); nil for a whole file.
    public var line: Int?
    /// The field code, when one field is at fault.
    public var field: String?
    public var message: String

    public init(_ severity: Severity, file: String, line: Int?, field: String? = nil, _ message: String) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        s += ": \(severity.rawValue): "
        if let field { s += "\(field): " }
        return s + message
    }
}

/// Collects diagnostics in the order they are found; the build sorts nothing here, because the
/// content is read in a fixed order (files by name, rows in order), which keeps reports stable.
public struct DiagnosticLog: Sendable {
    public private(set) var diagnostics: [Diagnostic] = []

    public init() {}

    public mutating func add(_ d: Diagnostic) { diagnostics.append(d) }
    public mutating func add(contentsOf other: [Diagnostic]) { diagnostics.append(contentsOf: other) }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
}
