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
}

func systemClose(_ descriptor: Int32) -> Int32 {
    #if canImport(Glibc)
    Glibc.close(descriptor)
    #else
    Darwin.close(descriptor)
    #endif
}

