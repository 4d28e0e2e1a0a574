import AssayCore
import AssayRender

/// The headers `assay serve` adds to every response: the pages' own policy as a header too (plus what only a
/// header can say: no framing), no referrer, no content sniffing.
public enum SecurityHeaders {
    /// The policy of a report with the default settings (no remote images, no base URL).
    public static let defaultPolicy = policy(for: SiteConfiguration())

    /// The pages' own policy for this site, with no framing. A browser enforces the header and each page's `<meta>`
    /// together, so the header allows what any page of the report allows (the base URL's stylesheet for `404.html`)
    /// and never more: with remote images off, no remote image.
    public static func policy(for site: SiteConfiguration) -> String {
        ContentSecurityPolicy.forServing(site) + "; frame-ancestors 'none'"
    }

    static func all(policy: String) -> [(String, String)] {
        [
            ("Content-Security-Policy", policy),
            ("X-Frame-Options", "DENY"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Content-Type-Options", "nosniff"),
        ]
    }

    /// `response` with the headers, each replacing one of the same name.
    static func added(to response: HTTPResponse, policy: String = defaultPolicy) -> HTTPResponse {
        var response = response
        let headers = all(policy: policy)
        response.headers.removeAll { header in headers.contains { $0.0.caseInsensitiveCompare(header.0) == .orderedSame } }
        response.headers += headers
        return response
    }
}
