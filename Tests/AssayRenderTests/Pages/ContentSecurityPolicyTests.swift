import Testing
@testable import AssayRender

/// The pages' policy, and what loosens it: remote images when the site allows them, the base URL's origin for the
/// stylesheet of `404.html`.
@Suite struct ContentSecurityPolicyTests {
    @Test func thePolicyAndWhatLoosensIt() {
        #expect(ContentSecurityPolicy.forPages(allowingRemoteImages: false) == "default-src 'none'; script-src 'self'; style-src 'self'; "
                    + "img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'")
        #expect(ContentSecurityPolicy.forPages(allowingRemoteImages: true).contains("img-src 'self' data: https:;"))
        #expect(ContentSecurityPolicy.forPages(allowingRemoteImages: false, stylesFrom: "https://example.org")
                    .contains("style-src 'self' https://example.org;"))
    }

    @Test(arguments: [("https://Example.org/reports/x/", "https://example.org"), ("http://localhost:8080/r/", "http://localhost:8080"),
                      ("reports/", nil), ("javascript:alert(1)", nil)])
    func anOriginIsTheSchemeHostAndPort(_ address: String, _ origin: String?) {
        #expect(ContentSecurityPolicy.origin(of: address) == origin)
    }
}
