import AssayCore
import Testing
@testable import AssayRender

@Suite struct CommonMarkTests {
    static let markup = PassageMarkup(
        open: { id, isFirst in isFirst ? "<mark id=\"\(id)\">" : "<mark>" },
        after: { id in "<sup>\(id)</sup>" })

    @Test func articleTextRunsFollowTheTextNodes() {
        let text = CommonMark.articleText("Cost matters *most* here.\n\nNext [link](https://example.org) `code`.")
        #expect(text.runs == [
            .init("Cost matters ", startsBlock: true), .init("most"), .init(" here."),
            .init("Next ", startsBlock: true), .init("link"), .init(" "), .init("code"), .init("."),
        ])
    }

    @Test func highlightAcrossEmphasisAndParagraphsStaysWellFormed() {
        let markdown = "Cost matters *most* here.\n\nNext paragraph."
        let text = CommonMark.articleText(markdown)
        let model = ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: markdown, location: .start(of: "a")),
                entities: .init(actors: [], criteria: [], options: [Option(id: "o", title: "O", summary: "",
                annotation: Annotation(citations: [
                Citation(selector: QuoteSelector(exact: "matters most here. Next"), explicitID: "p1", location: .start(of: "o")),
            ], location: .start(of: "o")))], assessments: []))
        let anchored = PassageAnchor.anchor(model, in: text)
        #expect(anchored.diagnostics.isEmpty)
        let html = CommonMark.articleHTML(markdown, passages: anchored.passages.passages, highlight: Self.markup)
        #expect(html == """
            <p>Cost <mark id="p1">matters </mark><em><mark>most</mark></em><mark> here.</mark></p>
            <p><mark>Next</mark><sup>p1</sup> paragraph.</p>

            """)
    }

    @Test func overlappingPassagesNest() {
        let markdown = "one two three four"
        let passages = [
            Passage(id: "a", selector: .init(exact: "one two three"), words: .init(text: ""), spans: [.init(run: 0, start: 0, end: 13)], range: 0..<13,
                    citers: []),
            Passage(id: "b", selector: .init(exact: "two three four"), words: .init(text: ""), spans: [.init(run: 0, start: 4, end: 18)], range: 4..<18,
                    citers: []),
        ]
        let html = CommonMark.articleHTML(markdown, passages: passages, highlight: Self.markup)
        #expect(html == "<p><mark id=\"a\">one </mark><mark><mark id=\"b\">two three</mark></mark><sup>a</sup><mark> four</mark><sup>b</sup></p>\n")
    }

    /// The article's highest heading is an h2 under the page's h1, whatever level it is written at; a fragment's
    /// headings go one level down, as they sit inside a section of their page.
    @Test func headingLevelsFollowFromTheHighest() {
        let sections = "## Need\n\n### Detail\n\n## Choice\n"
        #expect(CommonMark.articleHTML(sections, passages: [], highlight: Self.markup) == "<h2>Need</h2>\n<h3>Detail</h3>\n<h2>Choice</h2>\n")
        #expect(CommonMark.articleHTML("# Need\n\n## Detail\n", passages: [], highlight: Self.markup) == "<h2>Need</h2>\n<h3>Detail</h3>\n")
        #expect(CommonMark.html(sections) == "<h3>Need</h3>\n<h4>Detail</h4>\n<h3>Choice</h3>\n")
    }

    /// A code block may scroll sideways: it takes the keyboard focus, highlighted or not.
    @Test func codeBlocksAreFocusable() {
        #expect(CommonMark.html("```sh\nmake\n```\n") == "<pre tabindex=\"0\"><code class=\"language-sh\">make\n</code></pre>\n")
        #expect(CommonMark.html("Say `<pre><code>` here.\n") == "<p>Say <code>&lt;pre&gt;&lt;code&gt;</code> here.</p>\n", "escaped text is left alone")
    }

    @Test func rawHTMLAndScriptLinksAreDropped() {
        let html = CommonMark.html("""
            <script>alert(1)</script>

            Text <img src=x onerror=alert(1)> and [a link](javascript:alert(1)) and [fine](https://example.org).
            """)
        #expect(!html.contains("<script"))
        #expect(!html.contains("onerror"))
        #expect(!html.contains("javascript:"))
        #expect(html.contains("<a href=\"https://example.org\">fine</a>"))
    }

    @Test func refusedLinksAndImagesKeepTheirText() {
        let fragment = CommonMark.fragment("""
            A [tracker](//t.example/x), a ![map of the site](https://t.example/p.png), a [bank](https://bank.example@evil.example/),
            a [slash](/\\\\evil.example), [local](options/a.html#top) and [mail](mailto:a@example.org).
            """)
        #expect(fragment.html == "<p>A tracker, a map of the site, a bank,\na slash, <a href=\"options/a.html#top\">local</a> "
                    + "and <a href=\"mailto:a@example.org\">mail</a>.</p>\n")
        #expect(fragment.findings.map { "\($0.line):\($0.column)" } == ["1:3", "1:31", "1:78", "2:3"])
        #expect(fragment.findings[1].message
                    == "the image 'https://t.example/p.png' is left out: it loads from another host, which would learn who reads the report")
    }

    @Test func remoteImagesNeedThePolicyAndHTTPS() {
        let allowed = MarkdownPolicy(allowsRemoteImages: true)
        #expect(CommonMark.html("![map](https://t.example/p.png)", policy: allowed) == "<p><img src=\"https://t.example/p.png\" alt=\"map\" /></p>\n")
        #expect(CommonMark.fragment("![map](http://t.example/p.png)", policy: allowed).findings.map(\.message)
                    == ["the image 'http://t.example/p.png' is left out: it is not https"])
        #expect(CommonMark.fragment("![map](//t.example/p.png)", policy: allowed).findings.count == 1, "protocol-relative stays refused")
        #expect(CommonMark.fragment("![map](images/p.png)").findings.isEmpty, "an image of the site's own is fine")
    }

    @Test func htmlLookingTextIsNoted() {
        let findings = CommonMark.findings("Ratio 3 < 4 and a <3.\n\nThen <img src=x onerror=alert(1) and </b here.")
        #expect(findings.map { "\($0.line):\($0.column) \($0.message)" } == ["3:6 '<img' looks like HTML but is shown as text"])
        #expect(CommonMark.htmlLookingText("a </b").map { [$0.text, String($0.offset)] } == ["</b", "2"])
        #expect(CommonMark.htmlLookingText("<!-- x").map { [$0.text, String($0.offset)] } == ["<!--", "0"])
        #expect(CommonMark.htmlLookingText("x < y, a<3") == nil)
    }

    @Test func fragmentHeadingsMoveOneLevelDown() {
        #expect(CommonMark.html("# Title\n\n###### Deep") == "<h2>Title</h2>\n<h6>Deep</h6>\n")
    }
}
