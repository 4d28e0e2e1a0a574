import Foundation
import Testing
@testable import AssaySite

/// What `assay serve` answers for each kind of path, over an output folder held in memory.
@Suite struct StaticResponderTests {
    static let page = "<!DOCTYPE html><html><body><p>Report</p></body></html>"

    static func responder(with404: Bool = true) -> (StaticResponder, MemoryDisk) {
        var files: [String: [UInt8]] = [
            "/site/index.html": Array(page.utf8),
            "/site/options/a.html": Array("<html><body>An <code>&lt;/body&gt;</code> option</body></html>".utf8),
            "/site/style.css": Array("body{}".utf8),
            "/site/data/report.json": Array("{}".utf8),
            "/site/data/annotations.jsonld": Array("{}".utf8),
            "/site/search.js": Array("//".utf8),
            "/site/data/matrix.csv": Array("a,b\n".utf8),
            "/site/sitemap.xml": Array("<urlset/>".utf8),
        ]
        if with404 { files["/site/404.html"] = Array("<html><body>Lost</body></html>".utf8) }
        let (fileSystem, disk) = FileSystem.inMemory(files)
        return (StaticResponder(fileSystem: fileSystem, root: "/site", injection: { "<script src=\"/live.js\"></script>" }), disk)
    }

    static func get(_ path: String, method: String = "GET", with404: Bool = true) -> HTTPResponse {
        responder(with404: with404).0.respond(to: HTTPRequest(method: method, target: path))
    }

    @Test(arguments: [
        ("/style.css", "text/css; charset=utf-8"),
        ("/search.js", "text/javascript; charset=utf-8"),
        ("/data/report.json", "application/json"),
        ("/data/annotations.jsonld", "application/ld+json"),
        ("/data/matrix.csv", "text/csv; charset=utf-8"),
        ("/sitemap.xml", "application/xml"),
        ("/options/a.html", "text/html; charset=utf-8"),
    ])
    func servesFilesWithTheirContentType(path: String, type: String) {
        let response = Self.get(path)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == type)
        #expect(response.header("Cache-Control") == "no-store", "a preview must never show a cached page")
    }

    @Test func aFolderIsServedByItsIndexAndNeedsItsSlash() {
        let root = Self.get("/")
        #expect(root.status == 200)
        #expect(String(decoding: root.body, as: UTF8.self).hasPrefix("<!DOCTYPE html><html><body><p>Report</p>"))
        let folder = Self.get("/options?x=1")
        #expect(folder.status == 301)
        #expect(folder.header("Location") == "/options/?x=1")
        #expect(Self.get("/options/").status == 404, "a folder without an index file is not listed")
        #expect(Self.get("//options").header("Location") == "/options/", "never a redirect to another host")
    }

    @Test func theScriptGoesBeforeTheLastClosingBodyOfHTMLOnly() {
        let option = String(decoding: Self.get("/options/a.html").body, as: UTF8.self)
        #expect(option == "<html><body>An <code>&lt;/body&gt;</code> option<script src=\"/live.js\"></script></body></html>")
        #expect(Self.get("/style.css").body == Array("body{}".utf8))
        #expect(Self.get("/data/report.json").body == Array("{}".utf8))
    }

    @Test func servingNeverChangesTheFiles() {
        let (responder, disk) = Self.responder()
        let before = disk.snapshot
        _ = responder.respond(to: HTTPRequest(method: "GET", target: "/"))
        _ = responder.respond(to: HTTPRequest(method: "GET", target: "/options/a.html"))
        #expect(disk.snapshot == before)
    }

    @Test func whatIsNotThereGetsTheReportsNotFoundPage() {
        let missing = Self.get("/options/zzz.html")
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self) == "<html><body>Lost<script src=\"/live.js\"></script></body></html>")
        // Before the first good build there is no 404 page: a short one, still with the script so a build error shows.
        let early = Self.get("/nothing", with404: false)
        #expect(early.status == 404)
        #expect(String(decoding: early.body, as: UTF8.self).contains("<script src=\"/live.js\"></script></body>"))
    }

    @Test(arguments: ["/../secret", "/options/../../secret", "/%2e%2e/secret", "/a/./b"])
    func pathsThatClimbOutAreRefused(path: String) {
        #expect(Self.get(path).status == 400)
    }

    @Test func requestLinesAreRead() {
        #expect(HTTPRequest(head: "GET /a%20b.html?q=1 HTTP/1.1\r\nHost: x\r\n\r\n")
                == HTTPRequest(method: "GET", target: "/a%20b.html?q=1", headers: ["host": "x"]))
        #expect(HTTPRequest(head: "GET /a%20b.html?q=1 HTTP/1.1\r\n\r\n")?.path == "/a b.html")
        #expect(HTTPRequest(head: "HEAD / HTTP/1.0\n\n")?.method == "HEAD", "bare line feeds are accepted")
        #expect(HTTPRequest(head: "GET http://other/ HTTP/1.1\r\n\r\n") == nil)
        #expect(HTTPRequest(head: "nonsense\r\n\r\n") == nil)
    }

    @Test func onlyGetAndHeadAreAnswered() {
        let head = Self.get("/", method: "HEAD")
        #expect(head.status == 200)
        #expect(head.serialized(includeBody: false).count < 200, "HEAD sends the head only")
        let post = Self.get("/", method: "POST")
        #expect(post.status == 405)
        #expect(post.header("Allow") == "GET, HEAD")
    }
}
