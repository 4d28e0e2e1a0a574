/// Finds where the article comes closest to a quote that is not in it, for the error's hint.
enum NearestText {
    /// The article range of the quote's length that shares the longest start or end with it.
    static func find(_ quote: [Unicode.Scalar], in text: [Unicode.Scalar]) -> Range<Int>? {
        guard !quote.isEmpty, !text.isEmpty else { return nil }
        var best = (length: 0, range: 0..<0)
        for start in text.indices {
            var length = 0
            while length < quote.count, start + length < text.count, text[start + length] == quote[length] { length += 1 }
            if length > best.length { best = (length, start..<min(text.count, start + quote.count)) }
            // Also align ends: a quote that went wrong at its start still has a recognisable end.
            var tail = 0
            while tail < quote.count, start - tail >= 0, text[start - tail] == quote[quote.count - 1 - tail] { tail += 1 }
            if tail > best.length { best = (tail, max(0, start + 1 - quote.count)..<start + 1) }
        }
        // Fewer than a few shared characters is coincidence, not a near miss.
        guard best.length >= min(4, quote.count) else { return nil }
        // Widen to whole words, so the hint reads as text.
        var lower = best.range.lowerBound, upper = best.range.upperBound
        while lower > 0 && text[lower - 1] != " " { lower -= 1 }
        while upper < text.count && text[upper] != " " { upper += 1 }
        return lower..<upper
    }
}
