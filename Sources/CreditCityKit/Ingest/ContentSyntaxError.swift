/// A content file that cannot be parsed at all (CSV that breaks RFC 4180, malformed JSON): the line
/// where the problem is and a sentence saying what is wrong. The whole file is rejected with it.
public struct ContentSyntaxError: Error, CustomStringConvertible, Equatable, Sendable {
    /// 1-based physical line where the problem is (a JSON array record: its position).
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)" }
}
