import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An open connection to a browser, for responses that stay open (server-sent events).
public final class HTTPConnection: @unchecked Sendable {
    private let descriptor: Int32
    private let lock = NSLock()
    private var isOpen = true

    init(descriptor: Int32) { self.descriptor = descriptor }

    /// Sends all of `bytes`; false once the browser has gone.
    @discardableResult
    public func send(_ bytes: [UInt8]) -> Bool {
        lock.withLock {
            guard isOpen else { return false }
            var sent = 0
            while sent < bytes.count {
                let count = bytes[sent...].withUnsafeBytes { buffer in
                    #if os(Linux)
                    Glibc.send(descriptor, buffer.baseAddress, buffer.count, Int32(MSG_NOSIGNAL))
                    #else
                    Darwin.send(descriptor, buffer.baseAddress, buffer.count, 0)
                    #endif
                }
                if count <= 0 {
                    if count < 0 && errno == EINTR { continue }
                    return false
                }
                sent += count
            }
            return true
        }
    }

    public func close() {
        lock.withLock {
            guard isOpen else { return }
            isOpen = false
            shutdown(descriptor, Int32(SHUT_RDWR))
            _ = systemClose(descriptor)
        }
    }

    /// Reads the request head (up to the blank line), giving up after a few seconds or 16 KB.
    func readHead() -> String? {
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while data.count < 16 * 1024 {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, 0) }
            if count < 0 && errno == EINTR { continue }
            guard count > 0 else { return nil }
            data += buffer[..<count]
            if let text = String(validating: data, as: UTF8.self), text.contains("\r\n\r\n") || text.contains("\n\n") { return text }
        }
        return nil
    }
}

private func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(descriptor)
    #else
    Darwin.close(descriptor)
    #endif
}

/// A small HTTP/1.1 server over POSIX sockets: one thread accepts, each connection is answered on a worker.
///
/// Enough for previewing a report on one's own machine (GET and HEAD, one response per connection, and
/// long-lived event streams); not meant to face the internet.
public final class HTTPServer: @unchecked Sendable {
    /// How a request is answered: a whole response, or a head after which the connection is handed over.
    public enum Route: Sendable {
        case respond(HTTPResponse)
        case stream(head: HTTPResponse, take: @Sendable (HTTPConnection) -> Void)
    }

    private let host: String
    private let port: UInt16
    private let route: @Sendable (HTTPRequest) -> Route
    private var listener: Int32 = -1
    private let acceptLoopEnded = DispatchSemaphore(value: 0)

    public init(host: String, port: UInt16, route: @escaping @Sendable (HTTPRequest) -> Route) {
        self.host = host
        self.port = port
        self.route = route
    }

    /// A problem binding the address, with what to do about it.
    public struct StartError: Error, CustomStringConvertible {
        public var message: String
        public var hint: String
        public var description: String { message }
    }

    /// Binds and starts accepting; returns the port (the one chosen by the system when `port` is 0).
    public func start() throws(StartError) -> UInt16 {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        let name = host == "localhost" ? "127.0.0.1" : host
        guard inet_pton(AF_INET, name, &address.sin_addr) == 1 else {
            throw StartError(message: "'\(host)' is not an IPv4 address", hint: "pass --host 127.0.0.1 (this machine only) or 0.0.0.0 (every network)")
        }
        #if os(Linux)
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        #else
        let descriptor = socket(AF_INET, SOCK_STREAM, 0)
        #endif
        guard descriptor >= 0 else { throw StartError(message: "no socket: \(String(cString: strerror(errno)))", hint: "") }
        // A server stopped a moment ago leaves its port in TIME_WAIT; without this, restarting would fail.
        var yes: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(descriptor, 64) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = systemClose(descriptor)
            throw StartError(message: "cannot listen on \(host):\(port): \(reason)",
                             hint: errno == EADDRINUSE ? "another program uses this port; pass --port with another, or --port 0 for any free one"
                                 : "check the address given with --host")
        }
        var actual = sockaddr_in()
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &actual) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(descriptor, $0, &length) }
        }
        listener = descriptor
        let thread = Thread { [self] in acceptLoop(descriptor) }
        thread.name = "assay-serve-accept"
        thread.start()
        return UInt16(bigEndian: actual.sin_port)
    }

    private func acceptLoop(_ descriptor: Int32) {
        // The loop closes its own socket, once it is out of `accept`: closed from `stop` instead, the descriptor's
        // number could be handed to another socket (another server's) while this loop is still about to accept on
        // it, and this server would answer that one's connections.
        defer {
            _ = systemClose(descriptor)
            acceptLoopEnded.signal()
        }
        while true {
            let client = accept(descriptor, nil, nil)
            if client < 0 {
                switch errno {
                case EBADF, EINVAL, ENOTSOCK: return  // the listener was closed
                case EMFILE, ENFILE, ENOBUFS, ENOMEM: usleep(100_000)  // out of descriptors for now: wait, then go on
                default: break
                }
                continue
            }
            // A browser that opens a connection and sends nothing, or stops reading an event stream, must not
            // hold a worker (or the rebuild loop announcing a build) for ever.
            var timeout = timeval(tv_sec: 5, tv_usec: 0)
            setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(client, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            #if !os(Linux)
            var noSignal: Int32 = 1
            setsockopt(client, SOL_SOCKET, SO_NOSIGPIPE, &noSignal, socklen_t(MemoryLayout<Int32>.size))
            #endif
            let connection = HTTPConnection(descriptor: client)
            DispatchQueue.global().async { [route] in
                guard let head = connection.readHead(), let request = HTTPRequest(head: head) else {
                    connection.send(HTTPResponse.text(400, "Bad request.").serialized())
                    connection.close()
                    return
                }
                switch route(request) {
                case .respond(let response):
                    connection.send(response.serialized(includeBody: request.method != "HEAD"))
                    connection.close()
                case .stream(let head, let take):
                    guard connection.send(head.serialized(includeBody: false, streaming: true)) else { return connection.close() }
                    take(connection)
                }
            }
        }
    }

    /// Stops accepting and frees the port.
    public func stop() {
        guard listener >= 0 else { return }
        // Wakes the accept loop, which closes the socket and ends; the port is free when this returns.
        shutdown(listener, Int32(SHUT_RDWR))
        listener = -1
        _ = acceptLoopEnded.wait(timeout: .now() + 5)
    }
}
