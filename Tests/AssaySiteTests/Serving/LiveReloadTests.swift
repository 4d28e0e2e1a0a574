import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// The server on loopback and the reload stream, in process: status codes, content types, and events
/// announcing good and failed builds.
@Suite struct LiveReloadTests {
    static func serve() throws -> (HTTPServer, LiveReload, UInt16) {
        let (fileSystem, _) = FileSystem.inMemory([
            "/site/index.html": Array("<html><body>Report</body></html>".utf8),
            "/site/style.css": Array("body{}".utf8),
            "/site/404.html": Array("<html><body>Lost</body></html>".utf8),
        ])
        let reload = LiveReload()
        let files = StaticResponder(fileSystem: fileSystem, root: "/site", injection: { reload.injection })
        let server = HTTPServer(host: "127.0.0.1", port: 0) { request in reload.route(request) ?? .respond(files.respond(to: request)) }
        let port = try server.start()
        return (server, reload, port)
    }

    static func summary() throws -> SiteBuilder.Summary {
        let folder = try RepositoryPaths.scratch()
        return try SiteBuilder(fileSystem: .local, settings: .init(draws: 0)).build(
            .init(content: RepositoryPaths.fixtures + "/minimal", templates: RepositoryPaths.templates, output: folder + "/Output"))
    }

    @Test func answersOnLoopbackWithStatusAndType() throws {
        let (server, _, port) = try Self.serve()
        defer { server.stop() }
        let page = try RawHTTP.request("/", port: port)
        #expect(page.status == 200)
        #expect(page.headers["content-type"] == "text/html; charset=utf-8")
        #expect(page.body.contains("<script src=\"/__assay/live.js\" data-assay-build=\"0\"></script>\n</body>"))
        let css = try RawHTTP.request("/style.css", port: port)
        #expect(css.status == 200)
        #expect(css.headers["content-type"] == "text/css; charset=utf-8")
        #expect(css.headers["content-length"] == "6")
        let script = try RawHTTP.request(LiveReload.scriptPath, port: port)
        #expect(script.status == 200)
        #expect(script.headers["content-type"] == "text/javascript; charset=utf-8")
        #expect(script.body.contains("new EventSource(\"/__assay/events\")"))
        #expect(try RawHTTP.request("/missing.html", port: port).status == 404)
        #expect(try RawHTTP.request("/", port: port).status == 200, "the server keeps answering")
    }

    @Test func theStreamAnnouncesBuildsAndFailures() throws {
        let (server, reload, port) = try Self.serve()
        defer { server.stop() }
        let stream = try RawHTTP(port: port)
        stream.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        let hello = stream.read(until: { $0.contains("event: hello") && $0.hasSuffix("\n\n") }, timeout: .seconds(10))
        #expect(hello.hasPrefix("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\n"))
        #expect(hello.contains("event: hello\ndata: {\"build\":0,\"diagnostics\":[],\"failed\":false}\n\n"))
        #expect(reload.listeners == 1)

        let summary = try Self.summary()
        reload.announce(BuildOutcome(number: 1, trigger: [], result: .built(summary), seconds: 0.1))
        var text = stream.read(until: { $0.contains("event: built") && $0.hasSuffix("\n\n") }, timeout: .seconds(10))
        #expect(text.contains("event: built\ndata: {\"build\":1,\"diagnostics\":[],\"failed\":false}\n\n"))

        let problem = Diagnostic.error(at: SourceLocation(file: "Content/options/a.md", line: 3, column: 5), "'<b>' is not a level",
                                       hint: "known levels: 'x'")
        reload.announce(BuildOutcome(number: 2, trigger: ["Content/options/a.md"], result: .failed([problem]), seconds: 0.01))
        text = stream.read(until: { $0.contains("event: failed") && $0.hasSuffix("\n\n") }, timeout: .seconds(10))
        #expect(text.contains("""
            event: failed
            data: {"build":1,"diagnostics":[{"hint":"known levels: 'x'","location":"Content/options/a.md:3:5","message":"'<b>' is not a level","severity":"error"}],"failed":true}
            """))
        // A page opened while the build is broken learns of the failure at once.
        let late = try RawHTTP(port: port)
        late.send("GET \(LiveReload.eventsPath) HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(late.read(until: { $0.contains("\"failed\":true}\n\n") }, timeout: .seconds(10)).contains("event: hello"))
        #expect(try RawHTTP.request("/", port: port).body.contains("data-assay-build=\"1\""), "pages carry the build they show")

        reload.announce(BuildOutcome(number: 3, trigger: ["Content/options/a.md"], result: .built(summary), seconds: 0.1))
        text = stream.read(until: { $0.contains("\"build\":3") && $0.hasSuffix("\n\n") }, timeout: .seconds(10))
        #expect(text.hasSuffix("event: built\ndata: {\"build\":3,\"diagnostics\":[],\"failed\":false}\n\n"))
    }

    @Test func aBusyPortIsAClearError() throws {
        let (server, _, port) = try Self.serve()
        defer { server.stop() }
        let second = HTTPServer(host: "127.0.0.1", port: port) { _ in .respond(.text(200, "")) }
        #expect {
            _ = try second.start()
        } throws: { error in
            let problem = error as? Diagnostic.Problem
            return problem?.message.hasPrefix("cannot listen on 127.0.0.1:\(port): ") == true && problem?.hint.contains("--port") == true
        }
        #expect(throws: Diagnostic.Problem.self) { _ = try HTTPServer(host: "example.org", port: 0) { _ in .respond(.text(200, "")) }.start() }
    }
}
