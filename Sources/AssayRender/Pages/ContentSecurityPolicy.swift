/// The Content-Security-Policy every page carries in a `<meta>` tag: defence in depth behind the escaping, so
/// that even markup that slipped through could neither run script nor load anything from elsewhere.
public enum ContentSecurityPolicy {
    /// Scripts and styles only from the report's own files (no inline script, `<style>` or `style=` attribute);
    /// images from the report and `data:` URLs, and from any https host only when `site.yml` allows remote images.
    /// `connect-src 'self'` is there for `assay serve`'s live-reload stream (a meta policy cannot be loosened by
    /// a header); the report's own script makes no request. `frame-ancestors` cannot be set from a `<meta>` tag:
    /// static hosts set it as a header, as `assay serve` does.
    public static func forPages(allowingRemoteImages: Bool) -> String {
        let images = allowingRemoteImages ? "'self' data: https:" : "'self' data:"
        return "default-src 'none'; script-src 'self'; style-src 'self'; img-src \(images); connect-src 'self'; "
            + "base-uri 'none'; form-action 'none'; object-src 'none'"
    }
}
