import Foundation
@testable import CreditCityKit

/// A raw HTTP/1.1 client on 127.0.0.1 for the serve tests: sends exactly the bytes a test gives (an
/// oversized head, half a head, two pipelined requests) and reads the answers as they come. Blocking
/// sockets with a one-minute receive time-out, which only guards against a hang: no test waits for
/// a fixed time.
package final class LoopbackClient {
    /// One answer as read off the socket.
    package struct Response {
        package var status: Int
        package var fields: [String: String]
        package var body: [UInt8]
        package var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// No connection, or no answer.
    package struct Failure: Error, CustomStringConvertible {
        package var description: String
        package init(_ d: String) { description = d }
    }

    package let fd: Int32
    private var pending: [UInt8] = []

    package init(port: UInt16, hangGuard seconds: Int = 60) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure("socket: \(String(cString: strerror(errno)))") }
        var timeout = timeval(tv_sec: seconds, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw Failure("connect to 127.0.0.1:\(port): \(reason)")
        }
    }

    deinit { Glibc.close(fd) }

    /// Sends all of `bytes`; false when the server closed the connection first.
    @discardableResult
    package func send(_ bytes: [UInt8]) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else { return false }
            offset += n
        }
        return true
    }

    @discardableResult
    package func send(_ text: String) -> Bool { send(Array(text.utf8)) }

    /// Whether bytes (or the end of the stream) can be read now, without waiting.
    package var hasInput: Bool {
        if !pending.isEmpty { return true }
        var p = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
        return poll(&p, 1, 0) > 0
    }

    /// Reads more bytes into `pending`; false at the end of the stream, on an error or at the hang guard.
    private func fill() -> Bool {
        var buffer = [UInt8](repeating: 0, count: 65536)
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        guard n > 0 else { return false }
        pending += buffer[0..<n]
        return true
    }

    /// Everything until the server closes the connection.
    package func readToEnd() -> [UInt8] {
        while fill() {}
        defer { pending = [] }
        return pending
    }

    /// The next answer; `head` true for an answer to HEAD (no body, whatever Content-Length says).
    package func readResponse(head: Bool = false) -> Response? {
        let end = Array("\r\n\r\n".utf8)
        var headEnd: Int?
        while headEnd == nil {
            if let i = Self.find(end, in: pending) { headEnd = i; break }
            guard fill() else { return nil }
        }
        guard let headEnd else { return nil }
        let lines = String(decoding: pending[..<headEnd], as: UTF8.self).components(separatedBy: "\r\n")
        pending.removeFirst(headEnd + 4)
        let statusParts = lines[0].split(separator: " ")
        guard statusParts.count >= 2, let status = Int(statusParts[1]) else { return nil }
        var fields: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            fields[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body: [UInt8] = []
        if !head, let length = fields["content-length"].flatMap(Int.init) {
            while pending.count < length { guard fill() else { break } }
            body = Array(pending.prefix(length))
            pending.removeFirst(min(length, pending.count))
        }
        return Response(status: status, fields: fields, body: body)
    }

    /// The next server-sent event's `data` line of an event stream (comments skipped).
    package func readEvent() -> String? {
        let end = Array("\n\n".utf8)
        while true {
            while let i = Self.find(end, in: pending) {
                let block = String(decoding: pending[..<i], as: UTF8.self)
                pending.removeFirst(i + 2)
                if let data = block.split(separator: "\n").first(where: { $0.hasPrefix("data: ") }) { return String(data.dropFirst(6)) }
            }
            guard fill() else { return nil }
        }
    }

    /// Reads events until one whose data contains `text`; nil if the stream ends first.
    package func readEvent(containing text: String) -> String? {
        while let event = readEvent() {
            if event.contains(text) { return event }
        }
        return nil
    }

    package static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for i in 0...(haystack.count - needle.count) where haystack[i] == needle[0] {
            if Array(haystack[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }

    /// One request on a new connection.
    package static func request(_ port: UInt16, _ target: String, method: String = "GET", fields: [String] = []) throws -> Response {
        let client = try LoopbackClient(port: port)
        let host = fields.contains { $0.lowercased().hasPrefix("host:") } ? [] : ["Host: 127.0.0.1:\(port)"]
        let head = (["\(method) \(target) HTTP/1.1"] + host + ["Connection: close"] + fields).joined(separator: "\r\n")
        client.send(head + "\r\n\r\n")
        guard let response = client.readResponse(head: method == "HEAD") else { throw Failure("no answer to \(method) \(target)") }
        return response
    }
}
