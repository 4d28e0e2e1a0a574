#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Which `Host` headers `assay serve` answers. A web page elsewhere can point a domain name of its own at this
/// machine (DNS rebinding) and then read the report and the live-reload stream through the reader's browser;
/// what it cannot do is make the browser send `localhost` or an address as the host. So only those are answered.
public struct HostCheck: Sendable {
    /// The address given with `--host`.
    public var listening: String
    /// The port the server is bound to.
    public var port: UInt16

    public init(listening: String, port: UInt16) {
        self.listening = listening
        self.port = port
    }

    /// Whether a request naming `host` is answered: `localhost`, an IP address or the address listened on, with
    /// this port or none.
    public func accepts(_ host: String?) -> Bool {
        guard let host, !host.isEmpty else { return false }
        var name = Substring(host.lowercased()), port: Substring?
        if name.hasPrefix("[") {
            guard let close = name.firstIndex(of: "]") else { return false }
            let rest = name[name.index(after: close)...]
            if !rest.isEmpty {
                guard rest.hasPrefix(":") else { return false }
                port = rest.dropFirst()
            }
            name = name[...close]
        } else if let colon = name.firstIndex(of: ":") {
            port = name[name.index(after: colon)...]
            name = name[..<colon]
        }
        if let port, UInt16(port) != self.port { return false }
        if name == "localhost" || name == listening.lowercased() { return true }
        return Self.isAddress(String(name))
    }

    private static func isAddress(_ name: String) -> Bool {
        var v4 = in_addr(), v6 = in6_addr()
        if inet_pton(AF_INET, name, &v4) == 1 { return true }
        guard name.hasPrefix("["), name.hasSuffix("]") else { return false }
        return inet_pton(AF_INET6, String(name.dropFirst().dropLast()), &v6) == 1
    }
}
