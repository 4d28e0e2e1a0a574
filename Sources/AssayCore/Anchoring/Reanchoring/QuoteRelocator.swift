/// Finds where each quote of an article stands in a new version of it: in the same place, moved, reworded, or gone.
///
/// A quote is looked up, never scanned for: exact matches through the folded text's index, reworded ones through an
/// index of the new text's words, where each quote word votes for where the quote would start, and only the few
/// places with most votes are aligned word by word. So relocating thousands of quotes stays linear in the quotes
/// and the text.
public struct QuoteRelocator: Sendable {
    /// A quote's surroundings in the old text (`Passage.textBefore` and `textAfter`, or a revision's record of
    /// them): they tell a moved quote from one that stayed, and pick one place among several.
    public struct OldPlace: Sendable, Equatable {
        public var before: String
        public var after: String

        public init(before: String, after: String) {
            self.before = before
            self.after = after
        }
    }

    public enum Kind: String, Sendable, Equatable, Codable {
        /// The same words, with the same words around them.
        case unchanged
        /// The same words, elsewhere (or with other words around them).
        case moved
        /// Nearly the same words: certain enough to rewrite the citation.
        case reworded
        /// Somewhat like the quote: a candidate for the analyst, not rewritten.
        case uncertain
        /// Found in several places equally well: nothing is rewritten.
        case ambiguous
        case gone
    }

    /// Where a quote stands in the new text.
    public struct Relocation: Sendable, Equatable {
        public var kind: Kind
        /// The citation that picks the new place: its exact words and, when they occur more than once, a prefix.
        /// The candidate for an uncertain quote; nil when gone or ambiguous.
        public var selector: QuoteSelector?
        /// 1 for the same words; for a reworded or uncertain quote, one minus the words changed over the longer.
        public var similarity: Double
        /// What changed, in words: `the store must [-keep-]{+stay+} up`; empty when the words are the same.
        public var wordDiff: String
        /// The new place with some words either side, the match marked «like this».
        public var context: String
        /// For an ambiguous quote: each place that fits as well.
        public var alternatives: [String]

        /// Whether the citation must change to keep pointing at the quote (certain cases only).
        public func needsRewrite(of old: QuoteSelector) -> Bool {
            guard kind == .unchanged || kind == .moved || kind == .reworded, let selector else { return false }
            return selector != old
        }
    }

    /// A reworded quote whose best place keeps at least this share of its words is certain: a word or two changed
    /// in a sentence (10 of 12 words, 0.83) is; half a sentence is not.
    public static let certainSimilarity = 0.75
    /// Below this, nothing in the new text is like the quote: it is gone.
    public static let candidateSimilarity = 0.5
    /// A second place within this of the best makes the quote ambiguous.
    public static let ambiguityMargin = 0.1
    /// Words more frequent than this do not vote for a quote's place (they would make it quadratic, and say little).
    static let commonWordLimit = 200

    private let folded: FoldedArticle
    private let runs: [[Unicode.Scalar]]
    /// The new text's words: their ranges in the folded scalars, how they read, and their loose keys.
    private let wordRanges: [Range<Int>]
    private let wordTexts: [String]
    private let wordKeys: [String]
    private let positionsByKey: [String: [Int]]

    public init(_ text: ArticleText) {
        folded = FoldedArticle(text)
        runs = text.runs.map { Array($0.text.unicodeScalars) }
        var ranges: [Range<Int>] = []
        var start: Int?
        for (index, scalar) in folded.scalars.enumerated() {
            if scalar == " " {
                if let begun = start { ranges.append(begun..<index) }
                start = nil
            } else if start == nil {
                start = index
            }
        }
        if let begun = start { ranges.append(begun..<folded.scalars.count) }
        wordRanges = ranges
        wordTexts = ranges.map { [folded] in folded.text($0) }
        wordKeys = wordTexts.map(Self.key)
        var positions: [String: [Int]] = [:]
        for (index, key) in wordKeys.enumerated() where !key.isEmpty { positions[key, default: []].append(index) }
        positionsByKey = positions
    }

    /// Where each quote stands in the old text, for those it picks out: its surroundings, as anchoring gives
    /// them to passages.
    public static func oldPlaces(of selectors: [QuoteSelector], in text: ArticleText) -> [QuoteSelector: OldPlace] {
        let folded = FoldedArticle(text)
        let runs = text.runs.map { Array($0.text.unicodeScalars) }
        var places: [QuoteSelector: OldPlace] = [:]
        for selector in selectors where places[selector] == nil {
            guard case .success(let range) = PassageAnchor.locate(selector, in: folded) else { continue }
            let around = PassageAnchor.surroundings(of: range, folded, runs)
            places[selector] = OldPlace(before: around.before, after: around.after)
        }
        return places
    }

    /// A word as quotes are compared: letters and digits, lower-cased; punctuation alone stands for itself.
    static func key(_ word: String) -> String {
        let letters = String(String.UnicodeScalarView(word.unicodeScalars.filter(QuoteFinder.isWordScalar))).lowercased()
        return letters.isEmpty ? word : letters
    }

    public func relocate(_ selector: QuoteSelector, from old: OldPlace?) -> Relocation {
        let exact = TextFolding.fold(selector.exact)
        guard !exact.isEmpty else { return Self.gone }
        let everywhere = folded.occurrences(of: exact)
        if !everywhere.isEmpty { return placeExact(selector, exact, everywhere, old) }
        return placeReworded(selector, exact, old)
    }

    private static let gone = Relocation(kind: .gone, selector: nil, similarity: 0, wordDiff: "", context: "", alternatives: [])

    // MARK: The same words

    private func placeExact(_ selector: QuoteSelector, _ exact: [Unicode.Scalar], _ everywhere: [Int], _ old: OldPlace?) -> Relocation {
        var found = everywhere
        if let prefix = selector.prefix.map(TextFolding.fold), !prefix.isEmpty { found = found.filter { folded.isPreceded(at: $0, by: prefix) } }
        if let suffix = selector.suffix.map(TextFolding.fold), !suffix.isEmpty {
            found = found.filter { folded.isFollowed(at: $0 + exact.count, by: suffix) }
        }
        if found.count == 1 {
            let range = found[0]..<found[0] + exact.count
            let same = old.map { contextScore(at: range, $0) == Self.fullContext } ?? true
            return Relocation(kind: same ? .unchanged : .moved, selector: selector, similarity: 1, wordDiff: "",
                              context: NearMiss.window(folded.scalars, marking: range, reach: 40), alternatives: [])
        }
        // The citation's own prefix or suffix no longer picks one place: the only one there is, or the one the old
        // surroundings pick.
        let ranges = everywhere.map { $0..<$0 + exact.count }
        let chosen = ranges.count == 1 ? ranges[0] : old.flatMap { pick(ranges, by: $0) }
        guard let best = chosen, let cited = citation(for: best, exact: selector.exact) else { return ambiguous(ranges) }
        return Relocation(kind: .moved, selector: cited, similarity: 1, wordDiff: "",
                          context: NearMiss.window(folded.scalars, marking: best, reach: 40), alternatives: [])
    }

    // MARK: Reworded

    private func placeReworded(_ selector: QuoteSelector, _ exact: [Unicode.Scalar], _ old: OldPlace?) -> Relocation {
        let quoteWords = String(String.UnicodeScalarView(exact)).split(separator: " ").map(String.init)
        let quoteKeys = quoteWords.map(Self.key)
        var votes: [Int: Int] = [:]
        for (offset, key) in quoteKeys.enumerated() {
            guard let positions = positionsByKey[key], positions.count <= Self.commonWordLimit else { continue }
            for position in positions { votes[position - offset, default: 0] += 1 }
        }
        // The likeliest starts, a few words apart, most votes first.
        var starts: [Int] = []
        for (start, _) in votes.sorted(by: { ($0.value, -$0.key) > ($1.value, -$1.key) }) {
            if starts.count == 8 { break }
            if starts.allSatisfy({ abs($0 - start) > 2 }) { starts.append(start) }
        }
        let reach = quoteKeys.count / 2 + 2
        var alignments: [WordAlignment] = []
        for start in starts {
            let window = max(0, start - reach)..<min(wordKeys.count, start + quoteKeys.count + reach)
            guard let alignment = WordAlignment.align(quoteKeys, in: wordKeys, window: window) else { continue }
            if let same = alignments.firstIndex(where: { $0.span.overlaps(alignment.span) }) {
                if alignment.similarity > alignments[same].similarity { alignments[same] = alignment }
            } else {
                alignments.append(alignment)
            }
        }
        alignments.sort { ($0.similarity, -$0.span.lowerBound) > ($1.similarity, -$1.span.lowerBound) }
        guard let best = alignments.first, best.similarity >= Self.candidateSimilarity else { return Self.gone }
        let range = scalarRange(best.span, trimmedLike: exact)
        let diff = best.diff(quote: quoteWords, text: wordTexts)
        let rivals = alignments.dropFirst().filter { $0.similarity >= best.similarity - Self.ambiguityMargin && $0.similarity >= Self.candidateSimilarity }
        if best.similarity >= Self.certainSimilarity, !rivals.isEmpty {
            // Several places fit about as well: the old surroundings may still pick one.
            let ranges = [range] + rivals.map { scalarRange($0.span, trimmedLike: exact) }
            guard let old, let picked = pick(ranges, by: old), picked == range else { return ambiguous(ranges) }
        }
        let newExact = PassageAnchor.originalText(range, folded, runs)
        guard let cited = citation(for: range, exact: newExact) else { return ambiguous([range]) }
        return Relocation(kind: best.similarity >= Self.certainSimilarity ? .reworded : .uncertain,
                          selector: cited, similarity: best.similarity, wordDiff: diff,
                          context: NearMiss.window(folded.scalars, marking: range, reach: 40), alternatives: [])
    }

    /// The folded scalars of some words; punctuation at either end dropped where the quote has none there, so
    /// a quote that stopped short of a full stop still does.
    private func scalarRange(_ words: Range<Int>, trimmedLike quote: [Unicode.Scalar]) -> Range<Int> {
        var lower = wordRanges[words.lowerBound].lowerBound, upper = wordRanges[words.upperBound - 1].upperBound
        if let first = quote.first, QuoteFinder.isWordScalar(first) {
            while lower < upper - 1, !QuoteFinder.isWordScalar(folded.scalars[lower]) { lower += 1 }
        }
        if let last = quote.last, QuoteFinder.isWordScalar(last) {
            while upper > lower + 1, !QuoteFinder.isWordScalar(folded.scalars[upper - 1]) { upper -= 1 }
        }
        return lower..<upper
    }

    // MARK: Picking one place

    /// How many scalars of the old surroundings the new ones keep, either side (each up to `contextReach`).
    private static let contextReach = 16
    private static let fullContext = 2 * contextReach

    private func contextScore(at range: Range<Int>, _ old: OldPlace) -> Int {
        let before = Array(TextFolding.fold(old.before).suffix(Self.contextReach)), after = Array(TextFolding.fold(old.after).prefix(Self.contextReach))
        var score = 0
        var index = range.lowerBound
        while index > 0 && folded.scalars[index - 1] == " " { index -= 1 }
        for scalar in before.reversed() {
            guard index > 0, folded.scalars[index - 1] == scalar else { break }
            score += 1
            index -= 1
        }
        index = range.upperBound
        while index < folded.scalars.count && folded.scalars[index] == " " { index += 1 }
        for scalar in after {
            guard index < folded.scalars.count, folded.scalars[index] == scalar else { break }
            score += 1
            index += 1
        }
        // An old place at the very start or end of the text had less to keep.
        return score + (Self.contextReach - before.count) + (Self.contextReach - after.count)
    }

    /// The one range whose surroundings keep most of the old ones; nil on a tie or when none keeps any.
    private func pick(_ ranges: [Range<Int>], by old: OldPlace) -> Range<Int>? {
        let scored = ranges.map { ($0, contextScore(at: $0, old)) }.sorted { $0.1 > $1.1 }
        guard let best = scored.first, best.1 > 0, scored.dropFirst().allSatisfy({ $0.1 < best.1 }) else { return nil }
        return best.0
    }

    /// The citation for a place: its words, and a prefix when the same words are elsewhere too; nil when no prefix
    /// of a dozen words tells it from the others.
    private func citation(for range: Range<Int>, exact: String) -> QuoteSelector? {
        let starts = folded.occurrences(of: Array(folded.scalars[range]))
        guard starts.count > 1 else { return QuoteSelector(exact: exact) }
        return QuoteFinder.prefix(for: range, among: starts, in: folded).map { QuoteSelector(exact: exact, prefix: $0) }
    }

    private func ambiguous(_ ranges: [Range<Int>]) -> Relocation {
        Relocation(kind: .ambiguous, selector: nil, similarity: 0, wordDiff: "", context: "",
                   alternatives: ranges.map { NearMiss.window(folded.scalars, marking: $0, reach: 30) })
    }
}
