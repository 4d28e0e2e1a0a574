import AssayCore

/// The Content-Security-Policy every page carries in a `<meta>` tag: defence in depth behind the escaping, so
/// that even markup that slipped through could neither run script nor load anything from elsewhere.
public enum ContentSecurityPolicy {
    /// Scripts and styles only from the report's own files (no inline script, `<style>` or `style=` attribute);
    /// images from the report and `data:` URLs, and from any https host only when `site.yml` allows remote images.
    /// `connect-src 'self'` is there for `assay serve`'s live-reload stream (a meta policy cannot be loosened by
    /// a header); the report's own script makes no request. `frame-ancestors` cannot be set from a `<meta>` tag:
    /// static hosts set it as a header, as `assay serve` does.
    /// - Parameter stylesFrom: another origin the page's stylesheet comes from: the base URL's, for `404.html`, whose
    ///   links start from the base URL because a server shows it at any address (and so on any origin it answers for).
    public static func forPages(allowingRemoteImages: Bool, stylesFrom origin: String? = nil) -> String {
        let images = allowingRemoteImages ? "'self' data: https:" : "'self' data:"
        let styles = origin.map { "'self' \($0)" } ?? "'self'"
        return "default-src 'none'; script-src 'self'; style-src \(styles); img-src \(images); connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; object-src 'none'"
    }

    /// What a server of the whole report may send as a header: every page's policy at once, so the stylesheet of
    /// `404.html` may come from the base URL's origin.
    public static func forServing(_ site: SiteConfiguration) -> String {
        forPages(allowingRemoteImages: site.allowsRemoteImages, stylesFrom: site.baseURL.flatMap(origin))
    }

    /// `scheme://host[:port]` of an absolute address, for a policy's source list.
    static func origin(of address: String) -> String? {
        guard case .success(let parsed) = WebAddress.parse(address, schemes: ["http", "https"], allowsRelative: false),
              case .web(let scheme, let host, let port) = parsed.kind else { return nil }
        return "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }
}
