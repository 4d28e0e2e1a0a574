import Testing
@testable import AssayCore

/// Citations rewritten in place, in each form the docs show; everything else in the file keeps its bytes, and a form
/// that cannot be rewritten in place is refused, never guessed at.
@Suite struct CitationRewriterTests {
    static let rewording = Citation.Rewording(date: "2026-12-04", was: "old words")

    static func edit(_ line: Int, _ column: Int, old: QuoteSelector = QuoteSelector(exact: "old words"),
                     new: QuoteSelector = QuoteSelector(exact: "new words"), rewording: Citation.Rewording? = rewording) -> CitationRewriter.Edit {
        CitationRewriter.Edit(line: line, column: column, old: old, new: new, rewording: rewording)
    }

    @Test func aQuoteAloneInABlockListBecomesAFlowMapping() {
        let text = "cites:\n  - \"old words\"  # kept\n  - other\n"
        #expect(CitationRewriter.rewrite(text, [Self.edit(2, 5)])
                == .success("cites:\n  - {exact: \"new words\", reworded: {on: 2026-12-04, was: \"old words\"}}  # kept\n  - other\n"))
        // A moved quote that only needs other words and no flag stays a quote alone.
        #expect(CitationRewriter.rewrite(text, [Self.edit(2, 5, rewording: nil)]) == .success("cites:\n  - \"new words\"  # kept\n  - other\n"))
    }

    @Test func exactInABlockMappingGainsItsKeysOnLinesOfTheirOwn() {
        let text = "cites:\n  - exact: old words\n    id: kept\n"
        #expect(CitationRewriter.rewrite(text, [Self.edit(2, 12, new: QuoteSelector(exact: "new words", prefix: "before"))])
                == .success("cites:\n  - exact: \"new words\"\n    prefix: \"before\"\n    reworded: {on: 2026-12-04, was: \"old words\"}\n    id: kept\n"))
    }

    @Test func flowForms() {
        let list = "cites: [\"a\", 'old words', \"b\"]\n"
        #expect(CitationRewriter.rewrite(list, [Self.edit(1, 14)])
                == .success("cites: [\"a\", {exact: \"new words\", reworded: {on: 2026-12-04, was: \"old words\"}}, \"b\"]\n"))
        let mapping = "cites: [{exact: \"old words\", id: kept}]\n"
        #expect(CitationRewriter.rewrite(mapping, [Self.edit(1, 17)])
                == .success("cites: [{exact: \"new words\", reworded: {on: 2026-12-04, was: \"old words\"}, id: kept}]\n"))
    }

    @Test func quotesInTheNewWordsAreEscaped() {
        #expect(CitationRewriter.rewrite("cites:\n  - 'it''s old'\n", [Self.edit(2, 5, old: QuoteSelector(exact: "it's old"),
                                                                             new: QuoteSelector(exact: "a \"new\" one"), rewording: nil)])
                == .success("cites:\n  - \"a \\\"new\\\" one\"\n"))
    }

    @Test func whatCannotBeRewrittenInPlaceIsRefused() {
        let multiline = "cites:\n  - \"old\n    words\"\n"
        #expect(CitationRewriter.rewrite(multiline, [Self.edit(2, 5)])
                == .failure(.init(line: 2, column: 5, reason: "the quote is not a one-line scalar")))
        let prefixed = "cites:\n  - exact: old words\n    prefix: was here\n"
        #expect(CitationRewriter.rewrite(prefixed, [Self.edit(2, 12, old: QuoteSelector(exact: "old words", prefix: "was here"),
                                                              new: QuoteSelector(exact: "new words", prefix: "other"))])
                == .failure(.init(line: 2, column: 12, reason: "the citation's prefix or suffix would change")))
        #expect(CitationRewriter.rewrite("cites:\n  - old words\n", [Self.edit(9, 1)]) == .failure(.init(line: 9, column: 1, reason: "no such line")))
    }
}
