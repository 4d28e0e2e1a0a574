/// The headers `assay serve` adds to every response: the pages' own policy as a header too (plus what only a
/// header can say: no framing), no referrer, no content sniffing.
enum SecurityHeaders {
    static let all: [(String, String)] = [
        ("Content-Security-Policy", "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: https:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'; frame-ancestors 'none'"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("X-Content-Type-Options", "nosniff"),
    ]

    /// `response` with the headers, each replacing one of the same name.
    static func added(to response: HTTPResponse) -> HTTPResponse {
        var response = response
        response.headers.removeAll { header in all.contains { $0.0.caseInsensitiveCompare(header.0) == .orderedSame } }
        response.headers += all
        return response
    }
}
