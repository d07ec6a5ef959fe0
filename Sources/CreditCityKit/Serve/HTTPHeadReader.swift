/// Reads request heads from a connection's bytes as they arrive, within fixed limits.
///
/// A request line longer than `limits.requestLine` is refused with 414 as soon as that many bytes
/// have come without a line end, and header fields longer than `limits.fieldBytes` in all (or more
/// than `limits.fieldCount` of them) with 431 as soon as the limit is passed: a client cannot make the
/// server hold or scan more than a few tens of kilobytes. Each byte is looked at once, however the
/// head is split across reads, so a client that sends one byte at a time costs no more than one that
/// sends the head at once.
public struct HTTPHeadReader: Sendable {
    /// The most a client may send before the head is refused (defaults: 8 KiB, 32 KiB, 100 fields).
    public struct Limits: Sendable, Equatable {
        public var requestLine: Int
        public var fieldBytes: Int
        public var fieldCount: Int
        public init(requestLine: Int = 8 * 1024, fieldBytes: Int = 32 * 1024, fieldCount: Int = 100) {
            self.requestLine = requestLine
            self.fieldBytes = fieldBytes
            self.fieldCount = fieldCount
        }
    }

    /// What the bytes so far amount to.
    public enum Outcome: Sendable, Equatable {
        /// No complete head yet; read more.
        case needMore
        case head(HTTPRequestHead)
        /// Answer with this status and close the connection.
        case rejected(status: Int, reason: String)
    }

    public let limits: Limits
    /// Bytes received and not yet taken as a head (the start of the next request, or a body).
    public private(set) var buffer: [UInt8] = []
    /// Where the scan for the end of the head resumes; the state of the scan so far.
    private var scanned = 0
    private var lineStart = 0
    private var requestLineEnd: Int?
    private var lines = 0

    public init(limits: Limits = Limits()) { self.limits = limits }

    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The next complete head in the buffer, taken out of it; or what to answer instead.
    public mutating func next() -> Outcome {
        let lf = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        // Empty lines before a request line are skipped (RFC 9112 section 2.2).
        if requestLineEnd == nil, scanned == 0 {
            let blank = buffer.prefix { $0 == cr || $0 == lf }.count
            if blank > 0 { buffer.removeFirst(blank) }
        }
        while scanned < buffer.count {
            let i = scanned
            // Refused as soon as a limit is passed, before a line end or the end of the head arrives.
            if let start = requestLineEnd {
                if i - start >= limits.fieldBytes + 2 { return .rejected(status: 431, reason: "header fields too large") }
            } else if i - lineStart > limits.requestLine + 1 {
                return .rejected(status: 414, reason: "request line too long")
            }
            scanned += 1
            guard buffer[i] == lf else { continue }
            let end = i > lineStart && buffer[i - 1] == cr ? i - 1 : i
            if requestLineEnd == nil {
                guard end - lineStart <= limits.requestLine else { return .rejected(status: 414, reason: "request line too long") }
                requestLineEnd = i + 1
            } else if end == lineStart {
                return take(headEnd: i + 1)
            } else {
                lines += 1
                if lines > limits.fieldCount { return .rejected(status: 431, reason: "too many header fields") }
            }
            lineStart = i + 1
        }
        return .needMore
    }

    /// Parses the head that ends at `headEnd` and removes it from the buffer.
    private mutating func take(headEnd: Int) -> Outcome {
        let head = Array(buffer[..<headEnd])
        buffer.removeFirst(headEnd)
        (scanned, lineStart, requestLineEnd, lines) = (0, 0, nil, 0)
        return Self.parse(head)
    }

    static let tokenBytes = Set(Array("!#$%&'*+-.^_`|~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz".utf8))

    /// A complete head (request line, fields, empty line) into its parts, or 400 / 505.
    static func parse(_ bytes: [UInt8]) -> Outcome {
        let cr = UInt8(ascii: "\r")
        var rawLines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { line in
            line.last == cr ? line.dropLast() : line
        }
        while rawLines.last?.isEmpty == true { rawLines.removeLast() }
        guard let first = rawLines.first else { return .rejected(status: 400, reason: "empty request") }
        guard !bytes.contains(0) else { return .rejected(status: 400, reason: "NUL in the request head") }
        let parts = first.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: false)
        guard parts.count == 3, !parts[0].isEmpty, parts[0].allSatisfy(tokenBytes.contains), !parts[1].isEmpty,
              parts[1].allSatisfy({ $0 > 0x20 && $0 != 0x7F }) else {
            return .rejected(status: 400, reason: "malformed request line")
        }
        let version = String(decoding: parts[2], as: UTF8.self)
        guard version.hasPrefix("HTTP/") else { return .rejected(status: 400, reason: "malformed request line") }
        guard version == "HTTP/1.1" || version == "HTTP/1.0" else { return .rejected(status: 505, reason: "HTTP version not supported") }
        var fields: [HTTPRequestHead.Field] = []
        for line in rawLines.dropFirst() {
            // Obsolete line folding, and white space before the colon, are refused (RFC 9112 sections 5.1, 5.2).
            guard let colon = line.firstIndex(of: UInt8(ascii: ":")), colon > line.startIndex,
                  line[line.startIndex..<colon].allSatisfy(tokenBytes.contains) else {
                return .rejected(status: 400, reason: "malformed header field")
            }
            let name = String(decoding: line[line.startIndex..<colon], as: UTF8.self)
            let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimmingWhitespace()
            fields.append(.init(name, value))
        }
        return .head(HTTPRequestHead(method: String(decoding: parts[0], as: UTF8.self),
                                     target: String(decoding: parts[1], as: UTF8.self), version: version, fields: fields))
    }
}
