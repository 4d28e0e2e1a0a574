/// Finds a passage of the article from a few of its words, however they are cased, punctuated or spaced, and
/// gives the citation that picks it out: `assay quote` prints it ready to paste under `cites:`.
public enum QuoteFinder {
    /// One place in the article the words match.
    public struct Candidate: Sendable, Equatable {
        /// The article's own words there, as a citation quotes them.
        public var exact: String
        /// Words right before it, when the same words occur elsewhere too; enough to pick this place.
        public var prefix: String?
        /// The place with some words either side, the match marked «like this».
        public var context: String
    }

    public enum Outcome: Sendable, Equatable {
        case found([Candidate])
        /// The words are not in the article; the nearest text, if any comes close.
        case notFound(nearest: String?)
    }

    public static func find(_ words: String, in article: ArticleText) -> Outcome {
        let folded = FoldedArticle(article)
        let (loose, origins) = loosen(folded.scalars)
        let query = loosen(TextFolding.fold(words)).scalars
        guard !query.isEmpty, query.count <= loose.count else { return .notFound(nearest: nil) }
        var starts: [Int] = []
        for index in 0...(loose.count - query.count) where loose[index] == query[0] {
            if loose[index..<index + query.count].elementsEqual(query) { starts.append(index) }
        }
        guard !starts.isEmpty else {
            // Shown in the article's own words, not the loosened ones it was found in.
            let nearest = NearMiss.find(query, in: loose).map { NearMiss.window(folded.scalars, at: origins[min($0.articleDifference, origins.count - 1)]) }
            return .notFound(nearest: nearest)
        }
        // The match runs from the first letter or digit to the last; punctuation the words begin or end with ("5%",
        // "“Yes") is part of the quote when the article has it there too.
        let typed = TextFolding.fold(words)
        let leading = Array(typed.prefix { !isWordScalar($0) })
        let trailing = Array(typed.reversed().prefix { !isWordScalar($0) }.reversed())
        let ranges = starts.map { start -> Range<Int> in
            var lower = origins[start], upper = origins[start + query.count - 1] + 1
            for scalar in trailing {
                guard upper < folded.scalars.count, folded.scalars[upper] == scalar else { break }
                upper += 1
            }
            for scalar in leading.reversed() {
                guard lower > 0, folded.scalars[lower - 1] == scalar else { break }
                lower -= 1
            }
            return lower..<upper
        }
        return .found(ranges.map { range in
            let exact = folded.text(range)
            let everywhere = folded.occurrences(of: Array(exact.unicodeScalars))
            return Candidate(exact: exact, prefix: everywhere.count > 1 ? prefix(for: range, among: everywhere, in: folded) : nil,
                             context: NearMiss.window(folded.scalars, marking: range, reach: 40))
        })
    }

    /// The fewest whole words before `range` (three at least, to read as words) that no other occurrence of the same
    /// text has before it.
    static func prefix(for range: Range<Int>, among starts: [Int], in folded: FoldedArticle) -> String? {
        let others = starts.filter { $0 != range.lowerBound }
        var start = range.lowerBound
        while start > 0 && folded.scalars[start - 1] == " " { start -= 1 }
        var words = 0
        while start > 0 && words < 12 {
            // Back one word.
            while start > 0 && folded.scalars[start - 1] != " " { start -= 1 }
            words += 1
            let candidate = folded.text(start..<range.lowerBound).trimmingCharacters(in: .whitespaces)
            let scalars = Array(candidate.unicodeScalars)
            if !candidate.isEmpty, words >= 3 || start == 0, others.allSatisfy({ !folded.isPreceded(at: $0, by: scalars) }) { return candidate }
            while start > 0 && folded.scalars[start - 1] == " " { start -= 1 }
        }
        return nil
    }


    /// A letter or a digit: what the loosened match compares; anything else is punctuation or space.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Letters and digits lower-cased, every run of anything else one space; with the folded index of each.
    private static func loosen(_ scalars: [Unicode.Scalar]) -> (scalars: [Unicode.Scalar], origins: [Int]) {
        var result: [Unicode.Scalar] = [], origins: [Int] = []
        for (index, scalar) in scalars.enumerated() {
            if isWordScalar(scalar) {
                for lower in scalar.properties.lowercaseMapping.unicodeScalars {
                    result.append(lower)
                    origins.append(index)
                }
            } else if let last = result.last, last != " " {
                result.append(" ")
                origins.append(index)
            }
        }
        if result.last == " " {
            result.removeLast()
            origins.removeLast()
        }
        return (result, origins)
    }
}
