import AssayCore

/// How each text run splits into pieces, and which passages cover each piece.
///
/// Overlapping passages split runs at every boundary, so every piece is covered by a fixed
/// set of passages and can be wrapped on its own: the markup stays well nested.
struct HighlightPlan {
    struct Piece {
        var start: Int
        var end: Int
        /// Passage ids covering this piece, in article order (outermost first).
        var passages: [PassageID]
        var startsPassages: Set<PassageID>
        var endsPassages: [PassageID]
    }

    /// Pieces per run index; runs without highlights are absent.
    var pieces: [Int: [Piece]] = [:]

    init(passages: [Passage], runLengths: [Int]) {
        var spansByRun: [Int: [(passage: PassageID, span: Passage.Span)]] = [:]
        var firstSpan: [PassageID: Passage.Span] = [:]
        var lastSpan: [PassageID: Passage.Span] = [:]
        for passage in passages {
            for span in passage.spans where span.run < runLengths.count && span.end <= runLengths[span.run] {
                spansByRun[span.run, default: []].append((passage.id, span))
            }
            firstSpan[passage.id] = passage.spans.first
            lastSpan[passage.id] = passage.spans.last
        }
        for (run, spans) in spansByRun {
            var cuts: Set<Int> = [0, runLengths[run]]
            for entry in spans { cuts.insert(entry.span.start); cuts.insert(entry.span.end) }
            let boundaries = cuts.sorted()
            var runPieces: [Piece] = []
            for (start, end) in zip(boundaries, boundaries.dropFirst()) where start < end {
                let covering = spans.filter { $0.span.start <= start && end <= $0.span.end }
                runPieces.append(Piece(
                    start: start, end: end, passages: covering.map(\.passage),
                    startsPassages: Set(covering.filter { firstSpan[$0.passage] == $0.span && $0.span.start == start }.map(\.passage)),
                    endsPassages: covering.filter { lastSpan[$0.passage] == $0.span && $0.span.end == end }.map(\.passage)))
            }
            pieces[run] = runPieces
        }
    }
}
