import Testing
@testable import AssayCore

/// Addresses read as a browser reads them: what is accepted, and why each refusal is refused.
@Suite struct WebAddressTests {
    @Test(arguments: [
        ("https://example.org/a?b=c#d", WebAddress.Kind.web(scheme: "https", host: "example.org", port: nil)),
        ("HTTP://Example.ORG:8080", .web(scheme: "http", host: "example.org", port: 8080)),
        ("https://[2001:db8::1]:443/x", .web(scheme: "https", host: "[2001:db8::1]", port: 443)),
        ("https://xn--bcher-kva.example/ü", .web(scheme: "https", host: "xn--bcher-kva.example", port: nil)),
        ("mailto:someone@example.org", .mail),
        ("options/a.html", .relative), ("../index.html#top", .relative), ("#passage-3", .relative), ("?q=a:b", .relative),
        ("a/b:c", .relative),
    ])
    func accepts(_ text: String, _ kind: WebAddress.Kind) throws {
        #expect(try WebAddress.parse(text).get().kind == kind)
    }

    @Test(arguments: [
        ("javascript:alert(1)", "uses the scheme 'javascript:', which is not allowed"),
        ("JaVaScRiPt:alert(1)", "uses the scheme 'javascript:', which is not allowed"),
        ("java\tscript:alert(1)", "contains an invisible character (U+9)"),
        (" https://example.org", "contains a space"),
        ("https://exa\u{202E}mple.org", "contains an invisible character (U+202E)"),
        ("data:text/html,alert", "uses the scheme 'data:', which is not allowed"),
        ("//evil.example/x", "is protocol-relative (it starts with '//'), so it leaves the site"),
        ("/\\evil.example", "contains a backslash"),
        ("https:\\\\evil.example", "contains a backslash"),
        ("https:evil.example", "has no host"),
        ("https://", "has no host"),
        ("https://good.example@evil.example/", "carries a user name or password"),
        ("https://user:pw@example.org", "carries a user name or password"),
        ("https://example.org:99999/", "has an invalid port"),
        ("https://example.org:8o/", "has an invalid port"),
        ("https://exa%6dple.org/", "has an invalid host 'exa%6dple.org'"),
        ("https://..example/", "has an invalid host '..example'"),
        ("https://[::1/", "has an unclosed IPv6 address"),
        ("mailto:", "has no e-mail address"),
        ("", "is empty"),
        ("//\u{34F}evil.example/x", "contains a combining mark (U+34F) after '/'"),
        ("tel:\u{34F}+123", "contains a combining mark (U+34F) after ':'"),
        ("https://ｅｘａｍｐｌｅ.com/", "has a host with letters outside ASCII 'ｅｘａｍｐｌｅ.com'"),
        ("https://ℯxample.com/", "has a host with letters outside ASCII 'ℯxample.com'"),
        ("https://bücher.example/", "has a host with letters outside ASCII 'bücher.example'"),
        ("https://example.org/a\"><svg/onload=x>", "contains '\"'"),
    ])
    func refuses(_ text: String, _ reason: String) {
        #expect(throws: Never.self) {
            guard case .failure(let refusal) = WebAddress.parse(text) else { Issue.record("accepted: \(text)"); return }
            #expect(refusal.message == reason)
            #expect(!refusal.hint.isEmpty)
        }
    }

    @Test func absoluteOnlyWhereAsked() {
        guard case .failure(let refusal) = WebAddress.parse("reports/", schemes: ["https"], allowsRelative: false) else {
            Issue.record("a relative base URL was accepted")
            return
        }
        #expect(refusal.message == "is not an absolute address")
        guard case .failure(let scheme) = WebAddress.parse("mailto:a@example.org", schemes: ["http", "https"], allowsRelative: false) else {
            Issue.record("mailto: was accepted for a web address")
            return
        }
        #expect(scheme.hint == "addresses may be http, https")
    }
}
