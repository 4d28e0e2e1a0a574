import Testing
@testable import AssayCore

/// Quotes resolved against article text given as runs (as the renderer produces them from cmark).
@Suite struct PassageAnchorTests {
    static let here = SourceLocation(file: "Content/options/x.md", line: 7, column: 5)

    static func model(_ cites: [Citation]) -> ReportModel {
        let origin = SourceLocation.start(of: "t")
        return ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "", location: origin),
                entities: .init(actors: [], criteria: [], options: [Option(id: "x", title: "X", summary: "",
                annotation: Annotation(citations: cites, location: origin))], assessments: []))
    }

    static func cite(_ exact: String, prefix: String? = nil, suffix: String? = nil, line: Int = 7) -> Citation {
        Citation(selector: QuoteSelector(exact: exact, prefix: prefix, suffix: suffix),
                 location: SourceLocation(file: "Content/options/x.md", line: line, column: 5))
    }

    static func anchor(_ runs: [ArticleText.Run], _ cites: [Citation]) -> (AnchoredPassages, [Diagnostic]) {
        let result = PassageAnchor.anchor(model(cites), in: ArticleText(runs: runs))
        return (result.passages, result.diagnostics)
    }

    @Test func exactMatchInOneRun() throws {
        let (anchored, diagnostics) = Self.anchor([.init("The cat sat on the mat.", startsBlock: true)], [Self.cite("sat on")])
        #expect(diagnostics.isEmpty)
        let passage = try #require(anchored.passages.first)
        #expect(passage.text == "sat on")
        #expect(passage.spans == [Passage.Span(run: 0, start: 8, end: 14)])
        #expect(passage.citers == [.option("x")])
    }

    @Test func matchAcrossEmphasisAndParagraphBreak() throws {
        // "Cost matters *most* here.\n\nNext paragraph." as cmark gives it: text runs split at the emphasis.
        let runs: [ArticleText.Run] = [.init("Cost matters ", startsBlock: true), .init("most"), .init(" here."),
                                       .init("Next paragraph.", startsBlock: true)]
        let (anchored, diagnostics) = Self.anchor(runs, [Self.cite("matters most here. Next")])
        #expect(diagnostics.isEmpty)
        let passage = try #require(anchored.passages.first)
        #expect(passage.spans == [.init(run: 0, start: 5, end: 13), .init(run: 1, start: 0, end: 4),
                                  .init(run: 2, start: 0, end: 6), .init(run: 3, start: 0, end: 4)])
        #expect(passage.text == "matters most here. Next")
    }

    @Test(arguments: [
        ("Russia’s red lines", "Russia's red lines"),
        ("“Article 5-like protection”", "\"Article 5-like protection\""),
        ("about 3 million – give or take", "about 3 million - give or take"),
        ("a\u{00A0}non-breaking space", "a non-breaking space"),
        ("runs   of\n white  space", "runs of white space"),
    ])
    func typographicVariantsAndWhiteSpaceFold(article: String, quote: String) throws {
        let (anchored, diagnostics) = Self.anchor([.init("Before. \(article). After.", startsBlock: true)], [Self.cite(quote)])
        #expect(diagnostics.isEmpty)
        // The passage keeps the article's own characters, not the quote's.
        #expect(try #require(anchored.passages.first).text.contains(article.split(whereSeparator: \.isWhitespace).first!))
    }

    @Test func matchingIsCaseSensitive() {
        let (_, diagnostics) = Self.anchor([.init("The Cat sat.", startsBlock: true)], [Self.cite("the cat")])
        #expect(diagnostics.count == 1)
    }

    @Test func prefixAndSuffixPickOneOfSeveral() throws {
        let runs: [ArticleText.Run] = [.init("Market Street is busy. The bridge at Market Street, inside the old quarter. Market Street again.", startsBlock: true)]
        let (bySuffix, d1) = Self.anchor(runs, [Self.cite("Market Street", suffix: ", inside the old")])
        #expect(d1.isEmpty)
        #expect(bySuffix.passages.first?.start == 37)
        let (byPrefix, d2) = Self.anchor(runs, [Self.cite("Market Street", prefix: "quarter.")])
        #expect(d2.isEmpty)
        #expect(byPrefix.passages.first?.start == 76)
    }

    @Test func notFoundNamesTheCitationAndTheNearestText() throws {
        let (_, diagnostics) = Self.anchor([.init("Russia would prefer no foreign peacekeepers at all.", startsBlock: true)],
                                           [Self.cite("Russia would prefer no peacekeepers")])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location == Self.here)
        #expect(diagnostic.message == "the quote is not in the article: it matches for its first 23 characters, then reads \"Russia would prefer no «peacekeepers»\"")
        #expect(diagnostic.hint == "where the article reads \"Russia would prefer no «foreign» peacekeepers at all.\"")
    }

    /// A slip late in a long quote is shown where it is, with the words around it, not cut off at the same early point.
    @Test func aLateSlipIsShownWhereItIs() throws {
        let text = "The council weighed three sites for the bridge, and after a long debate it chose the site by the old mill, "
            + "which is cheap but far from the centre."
        let quote = "The council weighed three sites for the bridge, and after a long debate it chose the site by the new mill"
        let (_, diagnostics) = Self.anchor([.init(text, startsBlock: true)], [Self.cite(quote)])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "the quote is not in the article: it matches for its first 97 characters, then reads "
                    + "\"…it chose the site by the «new» mill\"")
        #expect(diagnostic.hint == "where the article reads \"…it chose the site by the «old» mill, which is cheap but far…\"")
        // A quote wrong at its start is aligned at its end.
        let (_, early) = Self.anchor([.init(text, startsBlock: true)], [Self.cite("Our council weighed three sites for the bridge")])
        #expect(early.first?.message == "the quote is not in the article: it matches for its last 43 characters, but before them reads "
                    + "\"«Our» council weighed three sites…\"")
    }

    @Test func ambiguousQuoteSuggestsAPrefix() throws {
        let (_, diagnostics) = Self.anchor([.init("Troops in Ukraine. No troops in Ukraine.", startsBlock: true)],
                                           [Self.cite("troops in Ukraine", line: 9), Self.cite("in Ukraine", line: 12)])
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.line == 12)
        #expect(diagnostic.message == "the quote occurs 2 times in the article: \"in Ukraine\"")
        #expect(diagnostic.hint?.hasPrefix("add a 'prefix' or 'suffix' to pick one") == true)
    }

    @Test func prefixThatMatchesNothingIsReported() throws {
        let (_, diagnostics) = Self.anchor([.init("One two three.", startsBlock: true)], [Self.cite("two", prefix: "zero")])
        #expect(diagnostics.first?.message == "the quote is in the article, but not with this prefix or suffix: \"two\"")
    }

    @Test func sameQuoteFromTwoPlacesIsOnePassage() throws {
        let (anchored, diagnostics) = Self.anchor([.init("Alpha beta gamma.", startsBlock: true)],
                                                  [Self.cite("beta", line: 3), Self.cite("beta ", line: 4)])
        #expect(diagnostics.isEmpty)
        #expect(anchored.passages.count == 1)
        #expect(anchored.passageIDs.count == 2)
    }

    @Test func derivedIDComesFromTheQuoteNotItsPosition() {
        let id = PassageAnchor.derivedID(for: QuoteSelector(exact: "Russia would prefer no foreign peacekeepers at all")).rawValue
        #expect(id.hasPrefix("p-russia-would-prefer-no-foreign-"))
        #expect(id == PassageAnchor.derivedID(for: QuoteSelector(exact: "Russia  would prefer no foreign peacekeepers at all")).rawValue)
        #expect(Identifier.isValid(id))
        #expect(!id.contains("--"))
        #expect(Identifier.slug("Putin might potentially consider the idea", maxLength: 32) == "putin-might-potentially-consider")
        #expect(Identifier.slug("Putin might potentially consider", maxLength: 33) == "putin-might-potentially-consider")
        let (first, _) = Self.anchor([.init("Intro. Alpha beta.", startsBlock: true)], [Self.cite("Alpha beta")])
        let (moved, _) = Self.anchor([.init("A longer intro text. Alpha beta.", startsBlock: true)], [Self.cite("Alpha beta")])
        #expect(first.passages.first?.id == moved.passages.first?.id)
    }
}
