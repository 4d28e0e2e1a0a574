import Testing
@testable import AssayCore

/// `assay quote`'s matching: whatever the case, punctuation and spacing of the words, the quote is the article's own
/// text (typographic quotes folded to straight ones, which anchor the same), and punctuation the words begin or end
/// with stays in it when the article has it there.
@Suite struct QuoteFinderTests {
    static let article = ArticleText(runs: [.init("Spending rose between 3% and 5% last year, to “record” levels.", startsBlock: true)])

    static func exact(_ words: String) -> [String] {
        guard case .found(let candidates) = QuoteFinder.find(words, in: article) else { return [] }
        return candidates.map(\.exact)
    }

    @Test(arguments: [("between 3% and 5%", "between 3% and 5%"), ("BETWEEN 3 and 5", "between 3% and 5"),
                      ("5% last year,", "5% last year,"), ("“record” levels.", "\"record\" levels."),
                      ("\"record\" levels", "\"record\" levels"), ("and 5%!", "and 5%")])
    func punctuationAtTheEnds(words: String, expected: String) {
        #expect(Self.exact(words) == [expected])
    }
}
