/// One answer of the preview server: status, header fields and body, ready to be written.
public struct PreviewResponse: Sendable, Equatable {
    public var status: Int
    public var fields: [HTTPRequestHead.Field]
    public var body: [UInt8]
    /// HEAD: the header fields describe `body` (its Content-Length), but the body is not sent.
    public var omitsBody = false
    /// An event stream (`text/event-stream`): the connection stays open and build events follow.
    public var isEventStream = false
    /// The connection is closed after this answer, whatever the request asked.
    public var closes = false

    public init(status: Int, fields: [HTTPRequestHead.Field] = [], body: [UInt8] = []) {
        self.status = status
        self.fields = fields
        self.body = body
    }

    /// A short plain-text answer (errors, redirects), closing the connection when `closes`.
    public static func text(_ status: Int, _ text: String, closes: Bool = false) -> PreviewResponse {
        var r = PreviewResponse(status: status, fields: [.init("Content-Type", "text/plain; charset=utf-8")],
                                body: Array((text + "\n").utf8))
        r.closes = closes
        return r
    }

    /// The first header field of that name (without regard to case), or nil.
    public func field(_ name: String) -> String? {
        let lower = name.lowercased()
        return fields.first { $0.name.lowercased() == lower }?.value
    }

    /// The status line and header fields as sent, with Content-Length (not for an event stream) and
    /// the Connection field that says whether the connection stays open.
    public func serializedHead(keepAlive: Bool) -> [UInt8] {
        var text = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for f in fields { text += "\(f.name): \(f.value)\r\n" }
        if !isEventStream { text += "Content-Length: \(body.count)\r\n" }
        text += "Connection: \(keepAlive && !closes && !isEventStream ? "keep-alive" : "close")\r\n\r\n"
        return Array(text.utf8)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 500: "Internal Server Error"
        case 503: "Service Unavailable"
        case 505: "HTTP Version Not Supported"
        default: "Status"
        }
    }
}
