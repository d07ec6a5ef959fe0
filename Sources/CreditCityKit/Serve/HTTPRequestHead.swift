/// The request line and header fields of one HTTP/1.x request (RFC 9112), as the preview server reads
/// them. The preview serves files only, so a request body is never read.
public struct HTTPRequestHead: Sendable, Equatable {
    public var method: String
    /// The request target as sent: percent-encoded, query included (`/notices/?page=2`).
    public var target: String
    /// `HTTP/1.1` or `HTTP/1.0`.
    public var version: String
    /// Field names as sent, in order; look them up with `field(_:)`.
    public var fields: [Field]

    /// One header field, name as sent, value without surrounding white space.
    public struct Field: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(method: String, target: String, version: String, fields: [Field] = []) {
        self.method = method
        self.target = target
        self.version = version
        self.fields = fields
    }

    /// The first field of that name (names compare without regard to case), or nil.
    public func field(_ name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// HTTP/1.1 keeps the connection open unless told `close`; HTTP/1.0 closes it unless told `keep-alive`.
    public var keepAlive: Bool {
        let tokens = (field("Connection") ?? "").lowercased().split(separator: ",").map { $0.trimmingWhitespace() }
        return version == "HTTP/1.1" ? !tokens.contains("close") : tokens.contains("keep-alive")
    }

    /// Whether a body follows the head. The preview never reads one, so such a connection is closed
    /// after the answer instead of being read as the next request.
    public var declaresBody: Bool {
        if field("Transfer-Encoding") != nil { return true }
        guard let length = field("Content-Length") else { return false }
        return length.trimmingWhitespace() != "0"
    }
}
