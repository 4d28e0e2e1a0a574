import Foundation
import Testing

/// `assay serve` under clients that read a large page slowly: the server sends it in pieces, so its memory does not
/// grow with the page times the clients, and each client holds a thread of its own, so ordinary requests are still
/// answered. Memory is measured (the server's resident size), not time.
@Suite(.serialized) struct SlowReaderTests {
    /// A client with a small receive buffer that reads 2 KB at a time, so the server's sends block on it.
    final class SlowClient: @unchecked Sendable {
        let descriptor: Int32

        init(port: UInt16, path: String) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var small: Int32 = 4096
            setsockopt(descriptor, SOL_SOCKET, SO_RCVBUF, &small, socklen_t(MemoryLayout<Int32>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            try #require(connected == 0)
            let request = Array("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".utf8)
            _ = request.withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Reads up to 2 KB; the bytes read.
        func readSome() -> Int {
            var buffer = [UInt8](repeating: 0, count: 2048)
            return buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
        }

        deinit { close(descriptor) }
    }

    static func residentKilobytes(_ pid: Int32) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }) else { return nil }
        return Int(line.split(separator: " ").dropFirst().first ?? "")
    }

    @Test func eightySlowReadersOfALargePageLeaveMemoryBoundedAndOrdinaryRequestsAnswered() throws {
        let run = try AssayRun.prepared()
        // An 8 MB page, copied into the report as the theme's files are.
        let paragraph = "<p>" + String(repeating: "A paragraph of a very long page. ", count: 30) + "</p>\n"
        let page = "<!DOCTYPE html><html lang=\"en\"><head><title>Big</title></head><body>\n"
            + String(repeating: paragraph, count: 8 * 1024 * 1024 / paragraph.utf8.count) + "</body></html>\n"
        try page.write(toFile: run.folder + "/Templates/big.html", atomically: true, encoding: .utf8)
        let serve = try LiveProcess(["serve", "--port", "0", "--draws", "0"], in: run.folder)
        let banner = try #require(serve.waitForLine { $0.hasPrefix("Serving Output/ at http://127.0.0.1:") }, "\(serve.stderr)")
        let port = try #require(UInt16(banner.split(separator: ":")[2].prefix { $0.isNumber }))
        try #require(serve.waitForLine { $0.contains("first build") } != nil)
        let pid = serve.process.processIdentifier
        let before = try #require(Self.residentKilobytes(pid))

        let clients = try (0..<80).map { _ in try SlowClient(port: port, path: "/big.html") }
        var read = 0
        for _ in 0..<15 {
            for client in clients { read += max(0, client.readSome()) }
            usleep(100_000)
        }
        let during = try #require(Self.residentKilobytes(pid))
        // While every slow client still holds its page, an ordinary page is served whole.
        let index = try RawHTTP.request("/index.html", port: port)
        #expect(index.status == 200)
        #expect(index.body.contains("</html>"))
        let big = try RawHTTP.request("/big.html", port: port)
        #expect(big.status == 200)
        #expect(big.headers["content-length"].flatMap(Int.init) == big.body.utf8.count)
        #expect(big.body.contains("<script src=\"/__assay/live.js\"") && big.body.hasSuffix("</body></html>\n"))
        print("slow readers: 80 clients read \(read / 1024) KB of an 8 MB page; the server's resident memory went from "
              + "\(before / 1024) MB to \(during / 1024) MB")
        // Held whole, 80 copies of the page alone would be 640 MB.
        #expect(during - before < 64 * 1024, "resident memory grew by \((during - before) / 1024) MB")
        #expect(serve.interrupt() == 0)
    }
}
