import Foundation

/// `creditcity serve`'s HTTP server: the built site on 127.0.0.1, for the webmaster's browser.
///
/// One thread runs a poll(2) loop over non-blocking sockets, so a slow or hostile client holds a few
/// kilobytes and a slot, never a thread: request heads are bounded (`HTTPHeadReader`: 414 and 431 as
/// soon as a limit is passed), a head must arrive within `headTimeout`, an answer must make progress
/// within `sendTimeout`, and past `maxConnections` a new client gets 503 at once. docs/serve.md says
/// why this is not an HTTP library's server.
public final class PreviewServer: @unchecked Sendable {
    /// The port and every limit; the defaults suit a preview on one machine (docs/serve.md).
    public struct Configuration: Sendable {
        /// 0: the system picks a free port (`port` tells which).
        public var port: UInt16 = 8080
        public var limits = HTTPHeadReader.Limits()
        /// Seconds a client has to send a whole request head (and a kept-alive connection may idle).
        public var headTimeout: Double = 10
        /// Seconds an answer may go without any byte being taken by the client.
        public var sendTimeout: Double = 30
        /// Seconds between comments on an idle event stream.
        public var heartbeat: Double = 15
        public var maxConnections = 256
        /// After an error answer: how long, and how many bytes, the rest of the request is read and dropped.
        public var lingerTimeout: Double = 2
        public var lingerBytes = 1 << 20
        /// Bytes an event-stream client may leave unread before it is dropped.
        public var streamBacklog = 64 * 1024

        public init(port: UInt16 = 8080) { self.port = port }
    }

    /// The server could not start (a port in use, no socket).
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    public let configuration: Configuration
    /// The port the server listens on (the system's choice when asked for 0).
    public let port: UInt16
    private let listener: Int32
    private let wakeRead: Int32, wakeWrite: Int32
    private let responder: PreviewResponder
    private let lock = NSLock()
    private var status: PreviewBuildStatus
    private var statusChanged = false
    private var stopping = false
    private var started = false
    private let finished = DispatchSemaphore(value: 0)

    /// Binds 127.0.0.1:`port` at once, so a port in use fails before any build; `start` begins serving.
    public init(root: String, configuration: Configuration = Configuration(), status: PreviewBuildStatus) throws {
        self.configuration = configuration
        self.responder = PreviewResponder(root: root)
        self.status = status
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue) | Int32(SOCK_NONBLOCK.rawValue) | Int32(SOCK_CLOEXEC.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "cannot open a socket: \(String(cString: strerror(errno)))") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = configuration.port.bigEndian
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            Glibc.close(fd)
            throw Failure(description: "cannot listen on 127.0.0.1:\(configuration.port): \(reason)"
                + (errno == EADDRINUSE ? " (another program uses the port; choose one with --port, or --port 0 for any free one)" : ""))
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0, pipeEnds.allSatisfy(Self.makeNonBlocking) else {
            Glibc.close(fd)
            throw Failure(description: "cannot make a pipe: \(String(cString: strerror(errno)))")
        }
        self.listener = fd
        self.port = UInt16(bigEndian: address.sin_port)
        (wakeRead, wakeWrite) = (pipeEnds[0], pipeEnds[1])
    }

    /// Starts the loop on a thread of its own.
    public func start() {
        lock.withLock { started = true }
        let thread = Thread { [self] in
            run()
            finished.signal()
        }
        thread.name = "creditcity-serve"
        thread.start()
    }

    /// Tells open pages about a finished build: they reload (and show `status.messages`).
    public func publish(_ status: PreviewBuildStatus) {
        lock.withLock {
            self.status = status
            statusChanged = true
        }
        wake()
    }

    public var currentStatus: PreviewBuildStatus { lock.withLock { status } }

    /// Stops the loop, closes every connection and the listening socket, and waits for the thread.
    public func stop() {
        let (wasStopping, running) = lock.withLock { () -> (Bool, Bool) in
            defer { stopping = true }
            return (stopping, started)
        }
        guard !wasStopping else { return }
        guard running else {
            for fd in [listener, wakeRead, wakeWrite] { Glibc.close(fd) }
            return
        }
        wake()
        finished.wait()
    }

    private func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWrite, &byte, 1)
    }

    /// Non-blocking and closed on exec (a build's child processes must not inherit the server's sockets).
    static func makeNonBlocking(_ fd: Int32) -> Bool {
        fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) == 0 && fcntl(fd, F_SETFD, FD_CLOEXEC) == 0
    }

    static func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

    private func run() {
        var connections: [PreviewConnection] = []
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        var acceptPausedUntil = 0.0
        let respond: (HTTPRequestHead) -> PreviewResponse = { [self] head in
            responder.respond(to: head, status: lock.withLock { status })
        }
        defer {
            for c in connections { c.close() }
            for fd in [listener, wakeRead, wakeWrite] { Glibc.close(fd) }
        }
        while true {
            var now = Self.now()
            let listening = now >= acceptPausedUntil
            var fds = [pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0),
                       pollfd(fd: listening ? listener : -1, events: Int16(POLLIN), revents: 0)]
            for c in connections { fds.append(pollfd(fd: c.fd, events: c.interest, revents: 0)) }
            let soonest = connections.map(\.wakeUp).min() ?? .infinity
            let wait = min(max(soonest - now, 0), listening ? 1 : max(acceptPausedUntil - now, 0), 1)
            let ready = poll(&fds, nfds_t(fds.count), Int32((wait * 1000).rounded(.up)))
            if ready < 0, errno != EINTR { return }
            now = Self.now()

            if fds[0].revents != 0 {
                var sink = [UInt8](repeating: 0, count: 64)
                while read(wakeRead, &sink, sink.count) > 0 {}
                let (stop, changed, current) = lock.withLock { () -> (Bool, Bool, PreviewBuildStatus) in
                    defer { statusChanged = false }
                    return (stopping, statusChanged, status)
                }
                if stop { return }
                if changed {
                    let event = LiveReload.event(current)
                    for c in connections { c.push(event, now: now) }
                }
            }
            for (i, c) in connections.enumerated() {
                let events = fds[i + 2].revents
                guard events != 0, c.phase != .closed else { continue }
                if events & Int16(POLLOUT) != 0 { c.writable(now: now) }
                if events & Int16(POLLIN | POLLHUP | POLLERR) != 0, c.phase != .closed { c.readable(&buffer, now: now) }
            }
            for c in connections where c.phase != .closed && c.wakeUp <= now { c.tick(now: now) }
            connections.removeAll { $0.phase == .closed }

            if listening, fds[1].revents & Int16(POLLIN) != 0 {
                // A bounded number per turn, so a flood of connections cannot starve the open ones.
                for _ in 0..<64 {
                    let fd = accept(listener, nil, nil)
                    if fd >= 0, !Self.makeNonBlocking(fd) {
                        Glibc.close(fd)
                        continue
                    }
                    if fd < 0 {
                        // Out of file descriptors: stop accepting for a moment instead of spinning.
                        if errno == EMFILE || errno == ENFILE { acceptPausedUntil = now + 0.1 }
                        break
                    }
                    guard connections.count < configuration.maxConnections else {
                        let answer = PreviewResponse.text(503, "too many connections; try again")
                        let busy = answer.serializedHead(keepAlive: false) + answer.body
                        _ = busy.withUnsafeBytes { send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
                        Glibc.close(fd)
                        continue
                    }
                    connections.append(PreviewConnection(fd: fd, settings: configuration, now: now, respond: respond))
                }
            }
        }
    }
}
