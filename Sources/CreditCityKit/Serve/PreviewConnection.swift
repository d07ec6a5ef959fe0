import Foundation

/// One client connection of the preview server, driven by its poll loop: read a head (within the
/// limits and the head timeout), write the answer (within the send timeout), then read the next head,
/// stay open as an event stream, or close gracefully.
///
/// Only the server's loop thread touches a connection, so it needs no lock.
final class PreviewConnection {
    /// Where the connection is in its request–answer cycle.
    enum Phase: Equatable {
        case readingHead
        case writing
        case streaming
        /// Our side is shut; what the client still sends is read and dropped for a moment, so that it
        /// reads our answer (an error) instead of a reset.
        case lingering
        case closed
    }

    let fd: Int32
    private(set) var phase = Phase.readingHead
    private var reader: HTTPHeadReader
    private var output: [UInt8] = []
    private var sent = 0
    private var keepAlive = false
    private var streamsAfterWrite = false
    /// When the current phase times out (monotonic seconds).
    private(set) var deadline: Double
    private var nextHeartbeat = Double.infinity
    private var lingered = 0
    private let settings: PreviewServer.Configuration
    /// The answer to a head; the server's, which reads the current build status.
    private let respond: (HTTPRequestHead) -> PreviewResponse

    init(fd: Int32, settings: PreviewServer.Configuration, now: Double, respond: @escaping (HTTPRequestHead) -> PreviewResponse) {
        self.fd = fd
        self.settings = settings
        self.respond = respond
        self.reader = HTTPHeadReader(limits: settings.limits)
        self.deadline = now + settings.headTimeout
    }

    /// The poll events this connection waits for.
    var interest: Int16 {
        switch phase {
        case .readingHead, .lingering: Int16(POLLIN)
        case .writing: Int16(POLLOUT)
        case .streaming: Int16(POLLIN) | (sent < output.count ? Int16(POLLOUT) : 0)
        case .closed: 0
        }
    }

    /// The earliest moment this connection needs attention without any event.
    var wakeUp: Double { phase == .streaming ? min(deadline, nextHeartbeat) : deadline }

    func readable(_ buffer: inout [UInt8], now: Double) {
        let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
        if n < 0 {
            if errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR { close() }
            return
        }
        guard n > 0 else { return close() }
        switch phase {
        case .readingHead:
            reader.append(buffer[0..<n])
            process(now: now)
        case .lingering:
            lingered += n
            if lingered > settings.lingerBytes { close() }
        case .writing:
            // Only on a hang-up or error is a writing connection read; keep a pipelined request, bounded.
            if reader.buffer.count < settings.limits.requestLine + settings.limits.fieldBytes { reader.append(buffer[0..<n]) }
        case .streaming, .closed:
            break // an event stream has nothing to say to us; anything sent is dropped
        }
    }

    func writable(now: Double) {
        writeOut(now: now)
        process(now: now)
    }

    /// Sends what the socket takes now; once all is sent, moves on to the next phase.
    private func writeOut(now: Double) {
        while sent < output.count {
            let n = output[sent...].withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            if n < 0 {
                if errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR { return }
                return close()
            }
            sent += n
            deadline = now + settings.sendTimeout
        }
        output.removeAll(keepingCapacity: true)
        sent = 0
        switch phase {
        case .writing where streamsAfterWrite:
            phase = .streaming
            deadline = .infinity
            nextHeartbeat = now + settings.heartbeat
        case .writing where keepAlive:
            phase = .readingHead
            deadline = now + settings.headTimeout
        case .writing:
            linger(now: now)
        case .streaming:
            deadline = .infinity
        case .readingHead, .lingering, .closed:
            break
        }
    }

    /// Takes the heads out of what was read and answers them in turn, as long as each answer goes out
    /// at once (a keep-alive client may send its next requests before reading the first answer).
    func process(now: Double) {
        while phase == .readingHead {
            switch reader.next() {
            case .needMore:
                return
            case .rejected(let status, let reason):
                queue(.text(status, reason, closes: true), keepAlive: false, now: now)
            case .head(let head):
                queue(respond(head), keepAlive: head.keepAlive, now: now)
            }
        }
    }

    func queue(_ response: PreviewResponse, keepAlive: Bool, now: Double) {
        self.keepAlive = keepAlive && !response.closes
        streamsAfterWrite = response.isEventStream && !response.omitsBody
        output = response.serializedHead(keepAlive: self.keepAlive) + (response.omitsBody ? [] : response.body)
        sent = 0
        phase = .writing
        deadline = now + settings.sendTimeout
        writeOut(now: now)
    }

    /// Queues a build event on an open event stream; a client that stopped reading is dropped.
    func push(_ bytes: [UInt8], now: Double) {
        guard phase == .streaming else { return }
        if output.count - sent + bytes.count > settings.streamBacklog { return close() }
        if sent == output.count { deadline = now + settings.sendTimeout }
        output += bytes
        writeOut(now: now)
    }

    /// Called when `wakeUp` has passed: heartbeats for streams, time-outs for everything else.
    func tick(now: Double) {
        if phase == .streaming, now >= nextHeartbeat {
            nextHeartbeat = now + settings.heartbeat
            push(LiveReload.heartbeat, now: now)
        }
        guard now >= deadline else { return }
        switch phase {
        case .readingHead where !reader.buffer.isEmpty:
            // A head that did not arrive in time: say so, then close.
            queue(.text(408, "request head not received in time", closes: true), keepAlive: false, now: now)
        case .readingHead, .writing, .streaming, .lingering:
            close()
        case .closed:
            break
        }
    }

    func linger(now: Double) {
        shutdown(fd, Int32(SHUT_WR))
        phase = .lingering
        deadline = now + settings.lingerTimeout
    }

    func close() {
        guard phase != .closed else { return }
        phase = .closed
        Glibc.close(fd)
    }
}
