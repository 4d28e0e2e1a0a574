/// Where a quote that is not in the article departs from it, for the error: the longest part of the quote that the
/// article has (aligned at the quote's start, or else at its end), and the first word after it that differs.
struct NearMiss: Equatable {
    /// The part of the article the quote follows, widened to whole words.
    var article: Range<Int>
    /// How many characters match before the difference.
    var matched: Int
    /// Whether the match runs from the quote's start (else it runs back from its end).
    var fromStart: Bool
    /// Where the first difference is, in the article and in the quote.
    var articleDifference: Int
    var quoteDifference: Int

    /// The nearest miss, or nil when the two share fewer than a few characters (coincidence, not a slip).
    static func find(_ quote: [Unicode.Scalar], in text: [Unicode.Scalar]) -> NearMiss? {
        guard !quote.isEmpty, !text.isEmpty else { return nil }
        var best: NearMiss?
        for start in text.indices {
            var length = 0
            while length < quote.count, start + length < text.count, text[start + length] == quote[length] { length += 1 }
            if length > (best?.matched ?? 0) {
                best = NearMiss(article: start..<min(text.count, start + quote.count), matched: length, fromStart: true,
                                articleDifference: start + length, quoteDifference: length)
            }
            // Also align ends: a quote that went wrong early still has a recognisable end.
            var tail = 0
            while tail < quote.count, start - tail >= 0, text[start - tail] == quote[quote.count - 1 - tail] { tail += 1 }
            if tail > (best?.matched ?? 0) {
                best = NearMiss(article: max(0, start + 1 - quote.count)..<start + 1, matched: tail, fromStart: false,
                                articleDifference: start - tail, quoteDifference: quote.count - 1 - tail)
            }
        }
        guard var best, best.matched >= min(4, quote.count) else { return nil }
        var lower = best.article.lowerBound, upper = best.article.upperBound
        while lower > 0 && text[lower - 1] != " " { lower -= 1 }
        while upper < text.count && text[upper] != " " { upper += 1 }
        best.article = lower..<upper
        return best
    }

    /// The word at `index` (or the nearest one before it) with some text either side, the word marked «like this».
    static func window(_ text: [Unicode.Scalar], at index: Int, reach: Int = 30) -> String {
        guard !text.isEmpty else { return "" }
        var position = min(max(0, index), text.count - 1)
        if text[position] == " ", position > 0 { position -= 1 }
        var start = position, end = position + 1
        while start > 0 && text[start - 1] != " " { start -= 1 }
        while end < text.count && text[end] != " " { end += 1 }
        return window(text, marking: start..<end, reach: reach)
    }

    /// `range` marked «like this», with up to `reach` characters of whole words either side.
    static func window(_ text: [Unicode.Scalar], marking range: Range<Int>, reach: Int) -> String {
        let (start, end) = (range.lowerBound, range.upperBound)
        var before = max(0, start - reach), after = min(text.count, end + reach)
        // Whole words only at the edges of the window.
        while before > 0 && before < start && text[before - 1] != " " { before += 1 }
        while after < text.count && after > end && text[after] != " " { after -= 1 }
        func string(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(text[range])) }
        return (before > 0 ? "…" : "") + string(before..<start) + "«" + string(start..<end) + "»" + string(end..<after)
            + (after < text.count ? "…" : "")
    }
}
