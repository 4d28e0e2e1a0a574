import AssayCore
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server over POSIX sockets for previewing a report on one's own machine: GET and HEAD, one
/// response per connection, and long-lived event streams.
///
/// One thread accepts connections and reads their request heads, all of them at once with `poll`, so slow or
/// silent clients hold no worker: each head must arrive whole within `Limits.headDeadline`, and the oldest
/// pending one is dropped when `Limits.pendingConnections` are waiting. A complete head is answered on a worker.
/// Only requests naming `localhost` or an address as their host are answered (`HostCheck`).
public final class HTTPServer: @unchecked Sendable {
    /// How a request is answered: a whole response, or a head after which the connection is handed over.
    public enum Route: Sendable {
        case respond(HTTPResponse)
        case stream(head: HTTPResponse, take: @Sendable (HTTPConnection) -> Void)
    }

    /// What a request may take before it is refused.
    public struct Limits: Sendable {
        /// The longest request head, in bytes; longer gets 431.
        public var headBytes = 16 * 1024
        /// The longest request line, in bytes; longer gets 414.
        public var requestLineBytes = 8 * 1024
        /// How long a client has to send its whole head; then 408.
        public var headDeadline: Duration = .seconds(10)
        /// Connections whose head is still coming; past it, the oldest is closed.
        public var pendingConnections = 256

        public init() {}
    }

    private let host: String
    private let port: UInt16
    private let limits: Limits
    private let route: @Sendable (HTTPRequest) -> Route
    /// The Content-Security-Policy header, asked for each response: it follows the site's settings as they change.
    private let policy: @Sendable () -> String
    private var wake: (read: Int32, write: Int32) = (-1, -1)
    private let loopEnded = DispatchSemaphore(value: 0)
    private var running = false

    public init(host: String, port: UInt16, limits: Limits = Limits(), policy: @escaping @Sendable () -> String = { SecurityHeaders.defaultPolicy },
                route: @escaping @Sendable (HTTPRequest) -> Route) {
        self.policy = policy
        self.host = host
        self.port = port
        self.limits = limits
        self.route = route
    }

    /// Binds and starts accepting; returns the port (the one chosen by the system when `port` is 0).
    public func start() throws(Diagnostic.Problem) -> UInt16 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        let name = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else {
            throw Diagnostic.Problem("'\(host)' is not an IPv4 address", hint: "pass --host 127.0.0.1 (this machine only) or 0.0.0.0 (every network)")
        }
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw Diagnostic.Problem("no socket: \(String(cString: strerror(errno)))", hint: "") }
        // A server stopped a moment ago leaves its port in TIME_WAIT; without this, restarting would fail.
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 128) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = systemClose(descriptor)
            throw Diagnostic.Problem("cannot listen on \(host):\(port): \(reason)",
                             hint: errno == EADDRINUSE ? "another program uses this port; pass --port with another, or --port 0 for any free one"
                                 : "check the address given with --host")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        var pipeEnds: [Int32] = [-1, -1]
        guard pipe(&pipeEnds) == 0 else {
            _ = systemClose(descriptor)
            throw Diagnostic.Problem("no pipe: \(String(cString: strerror(errno)))", hint: "")
        }
        setNonBlocking(descriptor)
        wake = (pipeEnds[0], pipeEnds[1])
        running = true
        let boundPort = UInt16(bigEndian: actual.sin_port)
        let check = HostCheck(listening: name, port: boundPort)
        let thread = Thread { [self] in serve(descriptor, check: check) }
        thread.name = "assay-serve"
        thread.start()
        return boundPort
    }

    /// Stops accepting, closes the connections still sending their heads, and frees the port.
    public func stop() {
        guard running else { return }
        running = false
        var byte: UInt8 = 0
        _ = write(wake.write, &byte, 1)
        _ = loopEnded.wait(timeout: .now() + 5)
        _ = systemClose(wake.write)
    }

    /// A connection whose request head is still arriving.
    private struct Pending {
        var descriptor: Int32
        var bytes: [UInt8] = []
        var deadline: ContinuousClock.Instant
    }

    private func serve(_ listener: Int32, check: HostCheck) {
        // The loop closes its own sockets once out of `poll`: closed from `stop` instead, a descriptor's number could
        // be handed to another socket while this loop still polls it.
        var pending: [Pending] = []
        defer {
            pending.forEach { _ = systemClose($0.descriptor) }
            _ = systemClose(listener)
            _ = systemClose(wake.read)
            loopEnded.signal()
        }
        let clock = ContinuousClock()
        while true {
            var descriptors = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0), pollfd(fd: listener, events: Int16(POLLIN), revents: 0)]
            descriptors += pending.map { pollfd(fd: $0.descriptor, events: Int16(POLLIN), revents: 0) }
            // Wake for the earliest deadline, or only for events when nothing is pending.
            let wait = pending.map(\.deadline).min().map { Self.milliseconds(clock.now.duration(to: $0)) } ?? -1
            let ready = poll(&descriptors, nfds_t(descriptors.count), wait)
            if ready < 0 && errno != EINTR { return }
            if descriptors[0].revents != 0 { return }
            var still: [Pending] = []
            for (index, var connection) in pending.enumerated() {
                let state = descriptors[index + 2].revents == 0 ? .waiting : read(&connection)
                switch state {
                case .waiting where clock.now >= connection.deadline:
                    refuse(connection.descriptor, .text(408, "The request head took too long."))
                case .waiting: still.append(connection)
                case .closed: _ = systemClose(connection.descriptor)
                case .refused(let response): refuse(connection.descriptor, response)
                case .complete(let head): answer(connection.descriptor, head: head, check: check)
                }
            }
            pending = still
            if descriptors[1].revents != 0 {
                while case let client = accept(listener, nil, nil), client >= 0 {
                    setNonBlocking(client)
                    if pending.count >= limits.pendingConnections {
                        refuse(pending.removeFirst().descriptor, .text(503, "Too many connections are waiting."))
                    }
                    pending.append(Pending(descriptor: client, deadline: clock.now + limits.headDeadline))
                }
                // Out of descriptors for now: the listener stays readable, so wait a little instead of spinning.
                if [EMFILE, ENFILE, ENOBUFS, ENOMEM].contains(errno) { usleep(100_000) }
            }
        }
    }

    /// `duration` in whole milliseconds for `poll`, rounded up so that a deadline is never woken for too early.
    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        guard seconds >= 0, attoseconds >= 0 else { return 0 }
        return Int32(min(Int64(Int32.max), seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1))
    }

    private enum HeadState {
        case waiting, closed, complete(String), refused(HTTPResponse)
    }

    private func read(_ connection: inout Pending) -> HeadState {
        var buffer = [UInt8](repeating: 0, count: 4096)
        let count = buffer.withUnsafeMutableBytes { recv(connection.descriptor, $0.baseAddress, $0.count, 0) }
        if count < 0 { return errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR ? .waiting : .closed }
        if count == 0 { return .closed }
        let searchFrom = max(0, connection.bytes.count - 3)
        connection.bytes += buffer[..<count]
        let lineEnd = connection.bytes.firstIndex(of: UInt8(ascii: "\n"))
        if (lineEnd ?? connection.bytes.count) > limits.requestLineBytes {
            return .refused(.text(414, "The request target is too long."))
        }
        if let end = Self.headEnd(connection.bytes, from: searchFrom) {
            guard end <= limits.headBytes else { return .refused(.text(431, "The request head is too large.")) }
            guard let text = String(validating: connection.bytes[..<end], as: UTF8.self) else { return .refused(.text(400, "Bad request.")) }
            return .complete(text)
        }
        return connection.bytes.count > limits.headBytes ? .refused(.text(431, "The request head is too large.")) : .waiting
    }

    /// Where the head ends (after its blank line: CRLF CRLF, or bare LF LF), searching from `start`.
    private static func headEnd(_ bytes: [UInt8], from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") {
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { return index + 2 }
                if index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "\r"), bytes[index + 2] == UInt8(ascii: "\n") { return index + 3 }
            }
            index += 1
        }
        return nil
    }

    /// Sends a short refusal without waiting for a client that may not read it, and closes.
    private func refuse(_ descriptor: Int32, _ response: HTTPResponse) {
        let bytes = SecurityHeaders.added(to: response, policy: policy()).serialized()
        _ = bytes.withUnsafeBytes { buffer in
            #if os(Linux)
            send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
            #else
            send(descriptor, buffer.baseAddress, buffer.count, MSG_DONTWAIT)
            #endif
        }
        _ = systemClose(descriptor)
    }

    /// Answers a complete head on a worker; the connection blocks again from here, with a send timeout so that a
    /// browser that stops reading (an event stream's, say) cannot hold the worker or a build's announcement.
    private func answer(_ descriptor: Int32, head: String, check: HostCheck) {
        setBlocking(descriptor)
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        #if !os(Linux)
        var noSignal: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
        #endif
        let connection = HTTPConnection(descriptor: descriptor)
        // A thread of its own per answer: a client reading a large page slowly holds only its own thread, never one of
        // a shared pool that ordinary requests wait for. Small stacks: an answer needs little.
        let worker = Thread { [route, policy] in
            let outcome: Route
            let method: String
            if let request = HTTPRequest(head: head) {
                method = request.method
                outcome = check.accepts(request.host)
                    ? route(request)
                    : .respond(.text(403, "This server answers requests for localhost or an IP address only."))
            } else {
                method = "GET"
                outcome = .respond(.text(400, "Bad request."))
            }
            switch outcome {
            case .respond(let response):
                let sent = connection.send(SecurityHeaders.added(to: response, policy: policy()).serialized(includeBody: method != "HEAD"))
                if sent, method != "HEAD", let file = response.fileBody { _ = file.stream { connection.send($0) } }
                connection.close()
            case .stream(let head, let take):
                guard connection.send(SecurityHeaders.added(to: head, policy: policy()).serialized(includeBody: false, streaming: true)) else {
                    return connection.close()
                }
                take(connection)
            }
        }
        worker.stackSize = 512 * 1024
        worker.start()
    }
}

private func setNonBlocking(_ descriptor: Int32) {
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
}

private func setBlocking(_ descriptor: Int32) {
    _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK)
}
