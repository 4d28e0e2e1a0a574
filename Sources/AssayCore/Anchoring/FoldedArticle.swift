/// The article's text folded for matching, with a way back from each folded scalar to its run and offset.
struct FoldedArticle {
    struct Origin: Hashable {
        var run: Int
        /// Offset in the run's unicode scalars.
        var offset: Int
    }

    var scalars: [Unicode.Scalar] = []
    /// `nil` for the virtual spaces standing for block breaks.
    var origins: [Origin?] = []

    init(_ text: ArticleText) {
        defer { buildIndex() }
        for (runIndex, run) in text.runs.enumerated() {
            if run.startsBlock { appendSpace(nil) }
            for (offset, scalar) in run.text.unicodeScalars.enumerated() {
                guard let folded = TextFolding.fold(scalar) else { continue }
                if folded == " " {
                    appendSpace(Origin(run: runIndex, offset: offset))
                } else {
                    scalars.append(folded)
                    origins.append(Origin(run: runIndex, offset: offset))
                }
            }
        }
    }

    private mutating func appendSpace(_ origin: Origin?) {
        guard let last = scalars.last, last != " " else { return }
        scalars.append(" ")
        origins.append(origin)
    }

    /// Start positions by the hash of the `gram` scalars there: a quote is looked up, not scanned for,
    /// so anchoring thousands of quotes stays linear in the article's length.
    static let gram = 8
    private var positionsByGram: [Int: [Int]] = [:]

    private static func gramKey(_ scalars: ArraySlice<Unicode.Scalar>) -> Int {
        var hasher = Hasher()
        for scalar in scalars { hasher.combine(scalar.value) }
        return hasher.finalize()
    }

    mutating func buildIndex() {
        guard scalars.count >= Self.gram else { return }
        for start in 0...(scalars.count - Self.gram) {
            positionsByGram[Self.gramKey(scalars[start..<start + Self.gram]), default: []].append(start)
        }
    }

    /// Every start index where `needle` occurs.
    func occurrences(of needle: [Unicode.Scalar]) -> [Int] {
        guard let first = needle.first, needle.count <= scalars.count else { return [] }
        if needle.count >= Self.gram, !positionsByGram.isEmpty {
            let candidates = positionsByGram[Self.gramKey(needle[0..<Self.gram])] ?? []
            return candidates.filter { matches(needle, at: $0) }
        }
        var result: [Int] = []
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if scalars[index] == first && matches(needle, at: index) { result.append(index) }
            index += 1
        }
        return result
    }

    func matches(_ needle: [Unicode.Scalar], at index: Int) -> Bool {
        guard index >= 0, index + needle.count <= scalars.count else { return false }
        for offset in 0..<needle.count where scalars[index + offset] != needle[offset] { return false }
        return true
    }

    /// Whether the text before `index`, ignoring white space at the join, ends with `prefix`.
    func isPreceded(at index: Int, by prefix: [Unicode.Scalar]) -> Bool {
        var end = index
        while end > 0 && scalars[end - 1] == " " { end -= 1 }
        return matches(prefix, at: end - prefix.count)
    }

    /// Whether the text after `end`, ignoring white space at the join, starts with `suffix`.
    func isFollowed(at end: Int, by suffix: [Unicode.Scalar]) -> Bool {
        var start = end
        while start < scalars.count && scalars[start] == " " { start += 1 }
        return matches(suffix, at: start)
    }

    func text(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(scalars.count, range.upperBound)
        var result = String.UnicodeScalarView()
        result.append(contentsOf: scalars[clamped])
        return String(result)
    }
}
