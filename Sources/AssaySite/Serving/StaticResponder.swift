import Foundation

/// Answers a request from the files of `Output/`, as a static host would: index files for folders,
/// content types by extension, the report's 404 page for what is not there.
public struct StaticResponder: Sendable {
    let fileSystem: FileSystem
    let root: String
    /// Markup put before `</body>` of every HTML response (the live-reload script); never written to disk.
    let injection: @Sendable () -> String

    public init(fileSystem: FileSystem, root: String, injection: @escaping @Sendable () -> String = { "" }) {
        self.fileSystem = fileSystem
        self.root = root
        self.injection = injection
    }

    public func respond(to request: HTTPRequest) -> HTTPResponse {
        guard request.method == "GET" || request.method == "HEAD" else {
            return .text(405, "Only GET and HEAD are served.", headers: [("Allow", "GET, HEAD")])
        }
        guard let path = request.path, path.hasPrefix("/") else { return .text(400, "The path cannot be read.") }
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        // Nothing outside the output folder, however the path is spelled.
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else {
            return .text(400, "The path may not contain '.' or '..' segments.")
        }
        // Hidden files (`.gitignore`, an editor's swap file) are not part of the report.
        guard !parts.contains(where: { $0.hasPrefix(".") }) else { return notFound() }
        let relative = parts.joined(separator: "/")
        let target = relative.isEmpty ? root : root + "/" + relative
        // Every folder on the way must be a real folder: a symbolic link inside the output could lead anywhere.
        var folder = root
        for part in parts.dropLast() {
            folder += "/" + part
            guard fileSystem.kind(folder) == .directory else { return notFound() }
        }
        switch fileSystem.kind(target) {
        case .directory:
            guard path.hasSuffix("/") else {
                // Built from the checked segments, so `//host` can never become a redirect to another site.
                let location = "/" + (relative.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? "") + "/"
                return HTTPResponse(status: 301, headers: [("Location", location + request.query)])
            }
            return file(target + "/index.html", status: 200) ?? notFound()
        case .file:
            return file(target, status: 200) ?? notFound()
        case .symbolicLink, .special, nil:
            return notFound()
        }
    }

    private func file(_ path: String, status: Int) -> HTTPResponse? {
        // The injection names the build the page comes from: take it before reading, so that a build finishing
        // in between makes the page reload rather than pass for the new one.
        let markup = injection()
        guard fileSystem.kind(path) == .file else { return nil }
        let type = MediaTypes.type(forPath: path)
        if let streamed = streamed(path, type: type, markup: markup) {
            return HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store"),
                                                         ("X-Content-Type-Options", "nosniff")], fileBody: streamed)
        }
        guard var body = try? fileSystem.read(path) else { return nil }
        if type.hasPrefix("text/html") { body = inject(markup, into: body) }
        return HTTPResponse(status: status, headers: [("Content-Type", type), ("Cache-Control", "no-store"),
                                                     ("X-Content-Type-Options", "nosniff")], body: body)
    }

    /// A large file as a body sent in pieces, the injection placed before its last `</body>` (looked for in the last
    /// piece-sized window, where a page ends); nil for a small file, or where the file system has no ranged reads.
    private func streamed(_ path: String, type: String, markup: String) -> FileBody? {
        guard let sizeOf = fileSystem.size, let readRange = fileSystem.readRange, let size = sizeOf(path), size > FileBody.threshold else {
            return nil
        }
        let read: @Sendable (Int, Int) throws -> [UInt8] = { offset, length in try readRange(path, offset, length) }
        var body = FileBody(size: size, insertion: nil, read: read)
        let bytes = Array(markup.utf8)
        guard type.hasPrefix("text/html"), !bytes.isEmpty else { return body }
        let window = min(size, FileBody.threshold)
        guard let tail = try? read(size - window, window) else { return nil }
        let closing = Array("</body>".utf8)
        var index = tail.count - closing.count
        while index >= 0 && !(tail[index] == closing[0] && Array(tail[index..<(index + closing.count)]) == closing) { index -= 1 }
        body.insertion = (index >= 0 ? size - window + index : size, bytes)
        return body
    }

    /// The report's own 404 page when it has one; a short page otherwise (before the first good build),
    /// which still carries the injection so a build error shows on it.
    private func notFound() -> HTTPResponse {
        if let page = file(root + "/404.html", status: 404) { return page }
        let page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found</title></head>"
            + "<body><h1>Not found</h1><p>There is no such page in the report (yet).</p></body></html>"
        return HTTPResponse(status: 404, headers: [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")],
                            body: inject(injection(), into: Array(page.utf8)))
    }

    private func inject(_ injection: String, into body: [UInt8]) -> [UInt8] {
        let markup = Array(injection.utf8)
        guard !markup.isEmpty else { return body }
        let closing = Array("</body>".utf8)
        // The last `</body>`: one inside a quoted example earlier in the page must not be the place.
        var index = body.count - closing.count
        while index >= 0 {
            if body[index] == closing[0] && Array(body[index..<(index + closing.count)]) == closing {
                return Array(body[..<index]) + markup + Array(body[index...])
            }
            index -= 1
        }
        return body + markup
    }
}
