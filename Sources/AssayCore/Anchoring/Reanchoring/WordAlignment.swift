/// The best place of a quote's words in a stretch of text's words, by edit distance over whole words, with the start
/// and end in the text free (semi-global alignment): how much a quote was reworded, and how.
struct WordAlignment: Equatable {
    enum Step: Equatable {
        case same(quote: Int, text: Int)
        case changed(quote: Int, text: Int)
        /// A quote word the text no longer has.
        case dropped(quote: Int)
        /// A word the text has that the quote did not.
        case added(text: Int)
    }

    /// The matched text words, as indexes into the text given.
    var span: Range<Int>
    /// Words changed, dropped or added.
    var edits: Int
    var steps: [Step]

    /// 1 for the same words, 0 for nothing in common: one minus the edits over the longer of the two.
    var similarity: Double {
        let longer = max(span.count, steps.reduce(0) { count, step in
            switch step {
            case .same, .changed, .dropped: count + 1
            case .added: count
            }
        })
        return longer == 0 ? 0 : 1 - Double(edits) / Double(longer)
    }

    /// Aligns `quote` (word keys) within `text[window]`; nil when either is empty.
    static func align(_ quote: [String], in text: [String], window: Range<Int>) -> WordAlignment? {
        let m = quote.count, n = window.count
        guard m > 0, n > 0 else { return nil }
        let width = n + 1
        // cost[i * width + j]: fewest edits aligning quote[..<i] with text words ending at window start + j.
        var cost = [Int](repeating: 0, count: (m + 1) * width)
        for i in 1...m { cost[i * width] = i }
        for i in 1...m {
            for j in 1...n {
                let same = quote[i - 1] == text[window.lowerBound + j - 1]
                cost[i * width + j] = min(cost[(i - 1) * width + j - 1] + (same ? 0 : 1),
                                          cost[(i - 1) * width + j] + 1, cost[i * width + j - 1] + 1)
            }
        }
        // The cheapest end; among equals, the last: a changed word is read as changed, not as dropped.
        var end = 0
        for j in 0...n where cost[m * width + j] <= cost[m * width + end] { end = j }
        var steps: [Step] = []
        var i = m, j = end
        while i > 0 {
            let here = cost[i * width + j]
            if j > 0 {
                let same = quote[i - 1] == text[window.lowerBound + j - 1]
                if here == cost[(i - 1) * width + j - 1] + (same ? 0 : 1) {
                    steps.append(same ? .same(quote: i - 1, text: window.lowerBound + j - 1) : .changed(quote: i - 1, text: window.lowerBound + j - 1))
                    i -= 1
                    j -= 1
                    continue
                }
                if here == cost[i * width + j - 1] + 1 {
                    steps.append(.added(text: window.lowerBound + j - 1))
                    j -= 1
                    continue
                }
            }
            steps.append(.dropped(quote: i - 1))
            i -= 1
        }
        steps.reverse()
        // Leading and trailing added words are outside the match: the start and end in the text are free.
        while case .added = steps.first { steps.removeFirst() }
        while case .added = steps.last { steps.removeLast() }
        let texts = steps.compactMap { step -> Int? in
            switch step {
            case .same(_, let t), .changed(_, let t), .added(let t): t
            case .dropped: nil
            }
        }
        guard let first = texts.first, let last = texts.last else { return nil }
        return WordAlignment(span: first..<last + 1, edits: cost[m * width + end], steps: steps)
    }

    /// The change in words: `[-old-]{+new+}` around what differs, runs merged.
    func diff(quote: [String], text: [String]) -> String {
        var pieces: [String] = []
        var removed: [String] = [], inserted: [String] = []
        func flush() {
            let change = (removed.isEmpty ? "" : "[-" + removed.joined(separator: " ") + "-]")
                + (inserted.isEmpty ? "" : "{+" + inserted.joined(separator: " ") + "+}")
            if !change.isEmpty { pieces.append(change) }
            removed = []
            inserted = []
        }
        for step in steps {
            switch step {
            case .same(_, let t):
                flush()
                pieces.append(text[t])
            case .changed(let q, let t):
                removed.append(quote[q])
                inserted.append(text[t])
            case .dropped(let q): removed.append(quote[q])
            case .added(let t): inserted.append(text[t])
            }
        }
        flush()
        return pieces.joined(separator: " ")
    }
}
