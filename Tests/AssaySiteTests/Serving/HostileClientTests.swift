import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import AssaySite

/// `assay serve` against a hostile network and a hostile page: other hosts' names (DNS rebinding), every method
/// on every route, oversize and slow request heads, and the headers every response carries.
@Suite struct HostileClientTests {
    /// Sends `head` as it is and reads the whole answer: its status and its text.
    static func exchange(_ head: String, port: UInt16) throws -> (status: Int, text: String) {
        let client = try RawHTTP(port: port)
        client.send(head)
        let text = client.read(until: { _ in false }, timeout: .seconds(10), untilClosed: true)
        return (Int(text.split(separator: " ").dropFirst().first ?? "") ?? 0, text)
    }

    @Test func answersOnlyLocalhostAndAddressesAsTheHost() throws {
        let (server, _, port) = try LiveReloadTests.serve()
        defer { server.stop() }
        for host in ["evil.example", "evil.example:\(port)", "127.0.0.1.evil.example", "localhost.evil.example:\(port)", "127.0.0.1:1", ""] {
            let answer = try Self.exchange("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port)
            #expect(answer.status == 403, "Host: \(host)")
            #expect(!answer.text.contains("Report"), "no page for Host: \(host)")
        }
        let stream = try Self.exchange("GET /__assay/events HTTP/1.1\r\nHost: evil.example\r\n\r\n", port: port)
        #expect(stream.status == 403 && !stream.text.contains("event:"), "the reload stream, which names local files, is refused too")
        #expect(try Self.exchange("GET / HTTP/1.1\r\n\r\n", port: port).status == 403, "a request without a host")
        #expect(try Self.exchange("GET / HTTP/1.1\r\nHost: localhost\r\nHost: evil.example\r\n\r\n", port: port).status == 400)
        for host in ["localhost", "LOCALHOST:\(port)", "127.0.0.1:\(port)", "127.0.0.1"] {
            #expect(try Self.exchange("GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port).status == 200, "Host: \(host)")
        }
    }

    @Test func theHostCheckReadsNamesAddressesAndPorts() {
        let local = HostCheck(listening: "127.0.0.1", port: 8000)
        #expect(local.accepts("[::1]:8000"))
        #expect(local.accepts("[::1]"))
        #expect(!local.accepts("[::1]:8001"))
        #expect(!local.accepts("[evil.example]"))
        #expect(!local.accepts("localhost:8000x"))
        #expect(!local.accepts(nil))
        let everywhere = HostCheck(listening: "0.0.0.0", port: 8000)
        #expect(everywhere.accepts("192.168.1.20:8000"), "another machine on the network names this one by its address")
        #expect(!everywhere.accepts("my-laptop.example:8000"))
    }

    @Test func everyRouteChecksItsMethod() throws {
        let (server, _, port) = try LiveReloadTests.serve()
        defer { server.stop() }
        for path in ["/", "/style.css", "/missing.html", "/__assay/live.js", "/__assay/events"] {
            for method in ["POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "CONNECT", "BREW"] {
                let answer = try RawHTTP.request(path, method: method, port: port)
                #expect(answer.status == 405, "\(method) \(path)")
                #expect(answer.headers["allow"]?.hasPrefix("GET") == true, "\(method) \(path) says what is allowed")
            }
        }
        #expect(try RawHTTP.request("/__assay/live.js", method: "HEAD", port: port).status == 200)
    }

    @Test func everyResponseCarriesTheSecurityHeaders() throws {
        let (server, _, port) = try LiveReloadTests.serve()
        defer { server.stop() }
        var answers = try ["/", "/style.css", "/missing.html", "/__assay/live.js"].map { try RawHTTP.request($0, port: port).headers }
        answers.append(try RawHTTP.request("/", method: "POST", port: port).headers)
        let stream = try RawHTTP(port: port)
        stream.send("GET /__assay/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let head = stream.read(until: { $0.contains("\r\n\r\n") }, timeout: .seconds(10))
        #expect(head.contains("\r\nX-Frame-Options: DENY\r\n"))
        for headers in answers {
            #expect(headers["content-security-policy"]?.contains("frame-ancestors 'none'") == true)
            #expect(headers["content-security-policy"]?.contains("script-src 'self'") == true)
            #expect(headers["x-frame-options"] == "DENY")
            #expect(headers["referrer-policy"] == "no-referrer")
            #expect(headers["x-content-type-options"] == "nosniff")
        }
    }

    @Test func oversizeHeadsAreRefusedWithTheirStatus() throws {
        let (server, _, port) = try LiveReloadTests.serve()
        defer { server.stop() }
        let longTarget = "/" + String(repeating: "a", count: 9000)
        #expect(try Self.exchange("GET \(longTarget) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", port: port).status == 414)
        let manyFields = (0..<400).map { "X-Field-\($0): \(String(repeating: "v", count: 40))\r\n" }.joined()
        #expect(try Self.exchange("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\(manyFields)\r\n", port: port).status == 431)
        #expect(try RawHTTP.request("/", port: port).status == 200, "the server keeps answering")
    }

    @Test func slowClientsDoNotStarveANormalRequest() throws {
        let (server, _, port) = try LiveReloadTests.serve()
        defer { server.stop() }
        // 200 clients that start a request and never finish it, as a slowloris attack does.
        let slow = try (0..<200).map { _ in
            let client = try RawHTTP(port: port)
            client.send("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            return client
        }
        let answer = try RawHTTP.request("/", port: port)
        #expect(answer.status == 200)
        #expect(answer.body.contains("Report"))
        #expect(slow.filter(\.isOpen).count == 200, "the normal request was answered while every slow client was still waiting")
    }

    @Test func aHeadThatNeverEndsTimesOutAndTheOldestWaitingConnectionMakesRoom() throws {
        var limits = HTTPServer.Limits()
        limits.headDeadline = .milliseconds(300)
        limits.pendingConnections = 3
        let server = HTTPServer(host: "127.0.0.1", port: 0, limits: limits) { _ in .respond(.text(200, "fine")) }
        let port = try server.start()
        defer { server.stop() }
        let trickle = try RawHTTP(port: port)
        trickle.send("GET / HTTP/1.1\r\n")
        #expect(trickle.read(until: { _ in false }, timeout: .seconds(10), untilClosed: true).hasPrefix("HTTP/1.1 408 Request Timeout\r\n"))

        let first = try RawHTTP(port: port)
        first.send("G")
        let others = try (0..<3).map { _ in try RawHTTP(port: port) }
        #expect(first.read(until: { _ in false }, timeout: .seconds(10), untilClosed: true).hasPrefix("HTTP/1.1 503 "))
        #expect(others.count == 3)
    }
}

/// Confinement to the output folder on a real disk: symbolic links and hidden files.
@Suite struct OutputConfinementTests {
    @Test func symbolicLinksAndHiddenFilesAreNotServed() throws {
        let folder = try RepositoryPaths.scratch()
        let site = folder + "/site"
        try FileManager.default.createDirectory(atPath: site + "/options", withIntermediateDirectories: true)
        try "<html><body>A</body></html>".write(toFile: site + "/options/a.html", atomically: true, encoding: .utf8)
        try "secret".write(toFile: site + "/.env", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: site + "/.git", withIntermediateDirectories: true)
        try "[core]".write(toFile: site + "/.git/config", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: site + "/link", withDestinationPath: "/etc")
        try FileManager.default.createSymbolicLink(atPath: site + "/options/inside", withDestinationPath: site + "/options")
        try FileManager.default.createSymbolicLink(atPath: site + "/hostname.html", withDestinationPath: "/etc/hostname")
        let files = StaticResponder(fileSystem: .local, root: site)
        func status(_ path: String) -> Int { files.respond(to: HTTPRequest(method: "GET", target: path)).status }
        #expect(status("/options/a.html") == 200)
        for path in ["/link/passwd", "/link/", "/link", "/options/inside/a.html", "/hostname.html", "/.env", "/.git/config", "/options/.a.html"] {
            #expect(status(path) == 404, "\(path)")
        }
        #expect(!String(decoding: files.respond(to: HTTPRequest(method: "GET", target: "/link/passwd")).body, as: UTF8.self).contains("root:"))
    }
}
