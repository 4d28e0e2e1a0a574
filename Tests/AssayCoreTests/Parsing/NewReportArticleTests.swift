import Testing
@testable import AssayCore

/// `assay new` finds an article's title and author in plain text, Markdown, reStructuredText and RFC-style headers.
@Suite struct NewReportArticleTests {
    @Test func rfcStyleHeaderFieldsNameTheTitleAndAuthor() {
        let article = NewReport.Article(text: """
            PEP: 456
            Title: Secure and interchangeable hash algorithm
            Version: $Revision$
            Author: Christian Heimes <christian at python.org>,
              A. Writer <a@example.org>
            Status: Final

            Abstract
            ========

            This PEP proposes SipHash.
            """)
        #expect(article.title == "Secure and interchangeable hash algorithm")
        #expect(article.author == "Christian Heimes, A. Writer")
        #expect(article.body.hasPrefix("Abstract\n========"))
    }

    /// Front matter is read as YAML, as an article's own is: escapes, and a list of authors.
    @Test func frontMatterIsReadAsYAML() {
        let article = NewReport.Article(text: "---\ntitle: \"The \\\"best\\\" site: a review\"\nauthor: [Ana Ruiz, Ben Ode]\n---\nThe text.\n")
        #expect(article.title == "The \"best\" site: a review")
        #expect(article.author == "Ana Ruiz and Ben Ode")
        #expect(article.body.hasPrefix("The text."))
    }

    @Test func aReStructuredTextTitleIsUnderlinedOrFramed() {
        let underlined = NewReport.Article(text: "Hash functions compared\n=======================\n\nBy A. Writer\n\nText.")
        #expect(underlined.title == "Hash functions compared")
        #expect(underlined.author == "A. Writer")
        #expect(underlined.body == "Text.")
        let framed = NewReport.Article(text: "#####\nFramed title\n#####\n\nText.")
        #expect(framed.title == "Framed title")
        #expect(framed.body == "Text.")
    }

    @Test func markdownAndPlainTextKeepTheirFirstLine() {
        #expect(NewReport.Article(text: "# A heading\nBy Someone\n\nText.").title == "A heading")
        let plain = NewReport.Article(text: "Which guarantees?\nWritten by Andrew Korybko for Substack,\nText.")
        #expect(plain.title == "Which guarantees?")
        #expect(plain.author == "Andrew Korybko")
    }

    @Test func oneColonInTheFirstLineIsNotAHeaderBlock() {
        let article = NewReport.Article(text: "Note: a title with a colon\n\nText.")
        #expect(article.title == "Note: a title with a colon")
    }
}
