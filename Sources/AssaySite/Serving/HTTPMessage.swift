import Foundation

/// A request as `assay serve` reads it: only what a static server needs.
public struct HTTPRequest: Sendable, Equatable {
    public var method: String
    /// The path, percent-decoded, without the query; nil when it cannot be decoded.
    public var path: String?
    /// The query, with its `?`, or empty.
    public var query: String
    /// The header fields, names lower-cased.
    public var headers: [String: String]

    public init(method: String, target: String, headers: [String: String] = [:]) {
        self.method = method
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        path = parts.first.flatMap { String($0).removingPercentEncoding }
        query = parts.count > 1 ? "?" + parts[1] : ""
        self.headers = headers
    }

    /// The `Host` header as sent, if any.
    public var host: String? { headers["host"] }

    /// Parses a request head (`GET /x HTTP/1.1`, then header lines); nil when it is not one, or when it names
    /// its host twice (two servers could each read a different one).
    public init?(head: String) {
        // Lines end in CRLF, but a bare LF is accepted too.
        // ("\r\n" is one Character in Swift, so split on newlines, not on "\n".)
        let lines = head.split(whereSeparator: \.isNewline)
        guard let line = lines.first else { return nil }
        let words = line.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        guard words.count == 3, words[2].hasPrefix("HTTP/"), words[1].hasPrefix("/") else { return nil }
        var headers: [String: String] = [:]
        for field in lines.dropFirst() {
            guard let colon = field.firstIndex(of: ":") else { return nil }
            let name = field[..<colon].lowercased()
            guard !name.isEmpty, !name.contains(where: \.isWhitespace) else { return nil }
            let value = field[field.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if name == "host", headers[name] != nil { return nil }
            headers[name] = value
        }
        self.init(method: words[0], target: words[1], headers: headers)
    }
}

/// A complete response.
public struct HTTPResponse: Sendable {
    public var status: Int
    public var headers: [(String, String)]
    public var body: [UInt8]
    /// A large file's body, sent in pieces after the head instead of `body`.
    public var fileBody: FileBody?

    public init(status: Int, headers: [(String, String)] = [], body: [UInt8] = [], fileBody: FileBody? = nil) {
        self.fileBody = fileBody
        self.status = status
        self.headers = headers
        self.body = body
    }

    public func header(_ name: String) -> String? {
        headers.first { $0.0.caseInsensitiveCompare(name) == .orderedSame }?.1
    }

    /// The status line and headers, then (unless for HEAD) the body. Every connection closes after one
    /// response: on loopback a new connection costs nothing, and it keeps the server simple.
    public func serialized(includeBody: Bool = true, streaming: Bool = false) -> [UInt8] {
        var head = "HTTP/1.1 \(status) \(Self.reason(status))\r\n"
        for (name, value) in headers { head += "\(name): \(value)\r\n" }
        if !streaming { head += "Content-Length: \(fileBody?.count ?? body.count)\r\nConnection: close\r\n" }
        head += "\r\n"
        return Array(head.utf8) + (includeBody ? body : [])
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 200: "OK"
        case 301: "Moved Permanently"
        case 400: "Bad Request"
        case 403: "Forbidden"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        case 408: "Request Timeout"
        case 414: "URI Too Long"
        case 431: "Request Header Fields Too Large"
        case 503: "Service Unavailable"
        default: "Status"
        }
    }

    /// A short plain-text response.
    public static func text(_ status: Int, _ text: String, headers: [(String, String)] = []) -> HTTPResponse {
        HTTPResponse(status: status, headers: [("Content-Type", "text/plain; charset=utf-8")] + headers, body: Array((text + "\n").utf8))
    }
}
