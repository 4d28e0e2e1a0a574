/// Ranks by score, best first: equal scores share the rank of the first of them (1, 2, 2, 4)
/// and are listed by id, so a ranking never depends on input order.
public enum CompetitionRanking {
    /// Scores closer than this are equal: weights like 1/3 must not split a tie by rounding.
    public static let tolerance = 1e-9

    public static func rank<ID: Comparable>(_ scores: [(id: ID, score: Double)]) -> [(id: ID, rank: Int, score: Double)] {
        let ordered = scores.sorted { lhs, rhs in
            if abs(lhs.score - rhs.score) > tolerance { return lhs.score > rhs.score }
            return lhs.id < rhs.id
        }
        var result: [(id: ID, rank: Int, score: Double)] = []
        result.reserveCapacity(ordered.count)
        for (position, entry) in ordered.enumerated() {
            var rank = position + 1
            if let previous = result.last, abs(previous.score - entry.score) <= tolerance { rank = previous.rank }
            result.append((entry.id, rank, entry.score))
        }
        return result
    }
}
