import AssayTemplates
import Testing

/// HTML escaping works on UTF-8 bytes: multi-byte characters next to special characters must survive intact.
@Suite struct EscapingTests {
    func render(_ value: TemplateValue, _ template: String = "{{x}}") throws -> String {
        try TemplateLibrary(sources: ["t": template]).render("t", .object(["x": value]))
    }

    @Test(arguments: [
        ("é<ü>", "é&lt;ü&gt;"),
        ("日本&\"中文\"'", "日本&amp;&quot;中文&quot;&#39;"),
        ("🎉<🎉>🎉", "🎉&lt;🎉&gt;🎉"),
        ("<<&&>>", "&lt;&lt;&amp;&amp;&gt;&gt;"),
        ("plain ascii and ünïcödé without specials", "plain ascii and ünïcödé without specials"),
        ("", ""),
        ("'", "&#39;"),
    ])
    func escapesSpecialCharactersOnly(_ input: String, _ expected: String) throws {
        #expect(try render(.text(input)) == expected)
        #expect(try render(.text(input), "{{{x}}}") == input)
        #expect(try render(.text(input), "{{&x}}") == input)
    }

    /// swift-mustache compares whole Characters, so "<" followed by a combining mark (one grapheme) slips through
    /// unescaped there; escaping bytes always escapes it, which is what HTML needs.
    @Test func combiningMarkAfterSpecialCharacterIsStillEscaped() throws {
        #expect(try render(.text("a<\u{338}b&\u{301}")) == "a&lt;\u{338}b&amp;\u{301}")
    }

    @Test func longTextWithSpecialsAtTheEdges() throws {
        let middle = String(repeating: "ĳklmn", count: 2000)
        #expect(try render(.text("<" + middle + ">")) == "&lt;" + middle + "&gt;")
    }

    /// Numbers and flags print as swift-mustache prints them (`String(describing:)`).
    @Test func scalarsPrintLikeSwiftMustache() throws {
        #expect(try render(.int(0)) == "0")
        #expect(try render(.int(-42)) == "-42")
        #expect(try render(.int(Int.min)) == String(Int.min))
        #expect(try render(.int(Int.max)) == String(Int.max))
        #expect(try render(.double(1.5)) == "1.5")
        #expect(try render(.double(1.0)) == "1.0")
        #expect(try render(.bool(true)) == "true")
        #expect(try render(.bool(false)) == "false")
        #expect(try render(.null) == "")
    }

    /// swift-mustache treats empty text and 0 as truthy in sections (only null, false and empty lists are falsy).
    @Test func truthinessMatchesSwiftMustache() throws {
        let template = "{{#x}}yes{{/x}}{{^x}}no{{/x}}"
        #expect(try render(.text(""), template) == "yes")
        #expect(try render(.int(0), template) == "yes")
        #expect(try render(.object([:]), template) == "yes")
        #expect(try render(.array([]), template) == "no")
        #expect(try render(.null, template) == "no")
        #expect(try render(.bool(false), template) == "no")
        #expect(try render(.link(""), template) == "yes")
    }
}
