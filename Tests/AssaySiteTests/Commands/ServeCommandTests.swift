import Foundation
import Testing

/// `assay serve` as a user runs it: the report on loopback, a reload announced after an edit, a typo's
/// diagnostics sent to open pages and withdrawn once fixed, and Ctrl-C freeing the port.
@Suite struct ServeCommandTests {
    @Test func servesReloadsShowsErrorsAndStops() throws {
        let run = try AssayRun.prepared()
        let serve = try LiveProcess(["serve", "--port", "0", "--draws", "200"], in: run.folder)
        let banner = try #require(serve.waitForLine { $0.hasPrefix("Serving Output/ at http://127.0.0.1:") }, "\(serve.stderr)")
        let port = try #require(UInt16(banner.split(separator: ":")[2].prefix { $0.isNumber }))
        try #require(serve.waitForLine { $0.contains("first build") } != nil)

        let index = try RawHTTP.request("/", port: port)
        #expect(index.status == 200)
        #expect(index.headers["content-type"] == "text/html; charset=utf-8")
        #expect(index.body.contains("<script src=\"/__assay/live.js\""))
        #expect(!(try String(contentsOfFile: run.folder + "/Output/index.html", encoding: .utf8)).contains("__assay"),
                "the script is never written into Output/")
        #expect(try RawHTTP.request("/options/mill-site.html", port: port).status == 200)
        #expect(try RawHTTP.request("/style.css", port: port).headers["content-type"] == "text/css; charset=utf-8")
        #expect(try RawHTTP.request("/data/report.json", port: port).headers["content-type"] == "application/json")
        let missing = try RawHTTP.request("/options/nowhere.html", port: port)
        #expect(missing.status == 404)
        #expect(missing.body.contains("<h1"), "the report's own 404 page")
        // The header is the pages' own policy for this site: the fixture's base URL may serve 404.html's stylesheet,
        // and remote images are not allowed, so the header allows none.
        let policy = try #require(missing.headers["content-security-policy"])
        #expect(policy.contains("style-src 'self' https://example.org;"))
        #expect(policy.contains("img-src 'self' data:;"))
        #expect(policy.hasSuffix("frame-ancestors 'none'"))

        let stream = try RawHTTP(port: port)
        stream.send("GET /__assay/events HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(stream.read(until: { $0.contains("event: hello") }, timeout: .seconds(10)).contains("\"failed\":false"))

        // An edit: the stream announces the build, and the page served is the new one.
        let assessment = run.folder + "/Content/assessments/mill-site--low-cost.md"
        let original = try String(contentsOfFile: assessment, encoding: .utf8)
        try original.replacingOccurrences(of: "It would use close", with: "It would use nearly").write(toFile: assessment, atomically: true, encoding: .utf8)
        #expect(stream.read(until: { $0.contains("event: built") }, timeout: .seconds(30)).contains("event: built"))
        #expect(try RawHTTP.request("/options/mill-site.html", port: port).body.contains("It would use nearly"))

        // A typo: the diagnostics go to the page as a failed event; the last good page is still served.
        try original.replacingOccurrences(of: "level: near-budget", with: "level: near-budgte").write(toFile: assessment, atomically: true, encoding: .utf8)
        let failed = stream.read(until: { $0.contains("event: failed") && $0.hasSuffix("\n\n") }, timeout: .seconds(30))
        #expect(failed.contains("\"location\":\"Content/assessments/mill-site--low-cost.md:4:8\""))
        #expect(failed.contains("\"message\":\"'near-budgte' is not a level of 'low-cost'\""))
        #expect(try RawHTTP.request("/options/mill-site.html", port: port).body.contains("It would use nearly"))

        // Fixed: a good build again, which makes open pages reload (and so drop the overlay).
        try original.write(toFile: assessment, atomically: true, encoding: .utf8)
        let fixed = stream.read(until: { $0.components(separatedBy: "event: built").count == 3 }, timeout: .seconds(30))
        #expect(fixed.components(separatedBy: "event: built").count == 3)
        #expect(try RawHTTP.request("/options/mill-site.html", port: port).body.contains("It would use close"))

        #expect(serve.interrupt() == 0)
        #expect(throws: (any Error).self, "nothing listens on the port any more") { _ = try RawHTTP(port: port) }
    }

    @Test func aPortInUseIsAClearError() throws {
        let run = try AssayRun.prepared()
        let first = try LiveProcess(["serve", "--port", "0", "--draws", "0"], in: run.folder)
        let banner = try #require(first.waitForLine { $0.hasPrefix("Serving Output/ at http://127.0.0.1:") })
        let port = String(banner.split(separator: ":")[2].prefix { $0.isNumber })
        // Into another output: the same one is refused first, as one build at a time writes into an output.
        let sameOutput = try run.assay(["serve", "--port", port, "--draws", "0"])
        #expect(sameOutput.status == 2)
        #expect(sameOutput.stderr.hasPrefix("Output:1:1: error: another assay (pid "))
        let second = try run.assay(["serve", "--port", port, "--draws", "0", "-o", "Output2"])
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("assay serve: error: cannot listen on 127.0.0.1:\(port): "))
        #expect(second.stderr.contains("hint: another program uses this port; pass --port with another, or --port 0 for any free one"))
        #expect(first.interrupt() == 0)
    }
}
