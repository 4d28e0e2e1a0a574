/// A link target read the way a browser would read it, so that what Assay accepts cannot be misread
/// by the browser: an absolute address (`https://host/path`, `mailto:someone@example.org`) or a path
/// relative to the page. Anything a browser would quietly repair or reinterpret is refused instead.
public struct WebAddress: Sendable, Equatable {
    /// What the address is.
    public enum Kind: Sendable, Equatable {
        /// `http` or `https`, with its host (lower-cased) and optional port.
        case web(scheme: String, host: String, port: Int?)
        /// `mailto:` and the rest of the address.
        case mail
        /// A path, query or fragment relative to the page it is on.
        case relative
    }

    public var kind: Kind
    /// The scheme, lower-cased (`https`); nil for a relative address.
    public var scheme: String?
    /// The part after `#`, if any.
    public var fragment: String?

    /// Whether a browser fetches this from another host: an absolute web address.
    public var isRemote: Bool {
        if case .web = kind { return true }
        return false
    }

    /// Parses `text`, accepting the schemes in `schemes` (lower case) and relative addresses when `allowsRelative`.
    /// A refusal's message completes "the address …" ("contains a backslash"); its hint shows the fix.
    public static func parse(_ text: String, schemes: Set<String> = ["http", "https", "mailto"],
                             allowsRelative: Bool = true) -> Result<WebAddress, Diagnostic.Problem> {
        // Browsers strip leading and trailing spaces and drop tabs and newlines anywhere: `java\tscript:` is a scheme.
        if let bad = text.unicodeScalars.first(where: isInvisible) {
            let what = bad == " " ? "a space" : "an invisible character (U+\(String(bad.value, radix: 16, uppercase: true)))"
            return .failure(Diagnostic.Problem("contains \(what)",
                                    hint: "write spaces as %20 and remove line breaks and tabs"))
        }
        if text.isEmpty { return .failure(Diagnostic.Problem("is empty", hint: "write the full address, e.g. https://example.org/page")) }
        // A combining mark fuses with the character before it: after '/', ':' or '@' it would hide that character from
        // every check below, and browsers drop some marks when they read the host.
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() where isCombiningMark(scalar) && (index == 0 || scalars[index - 1].isASCII) {
            return .failure(Diagnostic.Problem("contains a combining mark (U+\(String(scalar.value, radix: 16, uppercase: true))) after '\(index == 0 ? "" : String(scalars[index - 1]))'",
                                    hint: "remove it: a mark joined to an ASCII character can change how a browser reads the address"))
        }
        // Browsers percent-encode these in a path, so what is published would not be what was written.
        if let odd = text.unicodeScalars.first(where: { "\"<>`{}|^".unicodeScalars.contains($0) }) {
            return .failure(Diagnostic.Problem("contains '\(odd)'", hint: "write it percent-encoded (e.g. %22 for '\"'), or leave it out"))
        }
        // Browsers read a backslash as a slash in web addresses, so `/\host` would leave the site.
        if text.utf8.contains(UInt8(ascii: "\\")) {
            return .failure(Diagnostic.Problem("contains a backslash",
                                    hint: "write forward slashes: browsers read '\\' as '/', which can point to another host"))
        }
        let fragment = text.firstIndex(of: "#").map { String(text[text.index(after: $0)...]) }
        guard let scheme = schemeOf(text) else {
            guard allowsRelative else {
                return .failure(Diagnostic.Problem("is not an absolute address",
                                        hint: "write the full address with its scheme, e.g. https://example.org/page"))
            }
            if text.hasPrefix("//") {
                return .failure(Diagnostic.Problem("is protocol-relative (it starts with '//'), so it leaves the site",
                                        hint: "write the scheme: 'https:\(shown(text))'"))
            }
            return .success(WebAddress(kind: .relative, scheme: nil, fragment: fragment))
        }
        guard schemes.contains(scheme) else {
            let allowed = schemes.sorted().joined(separator: ", ")
            return .failure(Diagnostic.Problem("uses the scheme '\(scheme):', which is not allowed",
                                    hint: "addresses may be \(allowed)\(allowsRelative ? " or relative" : "")"))
        }
        let rest = text[text.index(text.startIndex, offsetBy: scheme.count + 1)...]
        if scheme == "mailto" {
            guard rest.contains("@") else {
                return .failure(Diagnostic.Problem("has no e-mail address", hint: "write 'mailto:name@example.org'"))
            }
            return .success(WebAddress(kind: .mail, scheme: scheme, fragment: fragment))
        }
        guard rest.hasPrefix("//") else {
            return .failure(Diagnostic.Problem("has no host",
                                    hint: "write '\(scheme)://' and the host, e.g. '\(scheme)://example.org/'"))
        }
        let afterSlashes = rest.dropFirst(2)
        let authority = afterSlashes.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
        if authority.contains("@") {
            return .failure(Diagnostic.Problem("carries a user name or password",
                                    hint: "remove the part before '@': a link must not carry credentials, and 'https://good@evil' goes to 'evil'"))
        }
        switch hostAndPort(String(authority)) {
        case .failure(let refusal):
            return .failure(Diagnostic.Problem("has " + refusal.message, hint: refusal.hint))
        case .success(let (host, port)):
            return .success(WebAddress(kind: .web(scheme: scheme, host: host, port: port), scheme: scheme, fragment: fragment))
        }
    }

    /// The scheme (lower-cased) if `text` starts with one: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
    static func schemeOf(_ text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let candidate = text[..<colon]
        guard let first = candidate.unicodeScalars.first, first.isASCIILetter,
              candidate.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
        else { return nil }
        return candidate.lowercased()
    }

    private static func hostAndPort(_ authority: String) -> Result<(String, Int?), Diagnostic.Problem> {
        var host = Substring(authority), port: Int?
        if host.hasPrefix("[") {
            guard let close = host.firstIndex(of: "]") else {
                return .failure(Diagnostic.Problem("an unclosed IPv6 address", hint: "write the address as [2001:db8::1]"))
            }
            let literal = host[host.index(after: host.startIndex)..<close]
            guard !literal.isEmpty, literal.allSatisfy({ $0.isHexDigit || $0 == ":" || $0 == "." }) else {
                return .failure(Diagnostic.Problem("an invalid IPv6 address", hint: "write the address as [2001:db8::1]"))
            }
            let after = host[host.index(after: close)...]
            host = host[...close]
            if !after.isEmpty {
                guard after.hasPrefix(":") else { return .failure(Diagnostic.Problem("text after the IPv6 address", hint: "write [address]:port")) }
                port = Int(after.dropFirst())
                if port == nil || !(0...65535).contains(port!) { return .failure(invalidPort) }
            }
            return .success((host.lowercased(), port))
        }
        if let colon = host.lastIndex(of: ":") {
            let digits = host[host.index(after: colon)...]
            guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), let number = Int(digits.isEmpty ? "0" : digits),
                  (0...65535).contains(number) else { return .failure(invalidPort) }
            port = digits.isEmpty ? nil : number
            host = host[..<colon]
        }
        guard !host.isEmpty else { return .failure(Diagnostic.Problem("no host", hint: "write the host after '//', e.g. https://example.org/")) }
        // ASCII only: browsers rewrite other letters (fullwidth 'ｅ', script 'ℯ') into ordinary ones, so a host that
        // looks like one name can be another. An international name is written in its punycode form.
        if !host.unicodeScalars.allSatisfy(\.isASCII) {
            return .failure(Diagnostic.Problem("a host with letters outside ASCII '\(shown(String(host)))'",
                                    hint: "write the host's ASCII (punycode) form, e.g. xn--bcher-kva.example for bücher.example"))
        }
        guard host.unicodeScalars.allSatisfy({ $0.isASCIILetter || ("0"..."9").contains($0) || $0 == "-" || $0 == "." || $0 == "_" }),
              !host.hasPrefix("."), !host.contains("..") else {
            return .failure(Diagnostic.Problem("an invalid host '\(shown(String(host)))'",
                                    hint: "a host is made of letters, digits, '-' and '.', e.g. example.org"))
        }
        return .success((host.lowercased(), port))
    }

    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        // Nearly every address is ASCII, where no scalar is a mark; the property lookup is the slow part.
        if scalar.isASCII { return false }
        return switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: true
        default: false
        }
    }

    /// Characters a reader cannot see or that a browser drops: whitespace, controls, and format characters
    /// such as zero-width spaces and bidirectional overrides, which can make one address look like another.
    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        // In ASCII exactly the controls, DEL and the space are; the property lookup is for the rest.
        if scalar.isASCII { return scalar.value < 0x21 || scalar.value == 0x7F }
        let category = scalar.properties.generalCategory
        return category == .control || category == .format || scalar.properties.isWhitespace
    }

    private static let invalidPort = Diagnostic.Problem("an invalid port", hint: "a port is a number from 0 to 65535, e.g. https://example.org:8443/")

    /// The address as shown in a message: short, with invisible characters made visible.
    public static func shown(_ text: String) -> String {
        let visible = String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
            isInvisible(scalar) ? "\u{FFFD}" : scalar
        }))
        return visible.count > 60 ? String(visible.prefix(57)) + "…" : visible
    }
}

private extension Unicode.Scalar {
    var isASCIILetter: Bool { ("a"..."z").contains(self) || ("A"..."Z").contains(self) }
}
