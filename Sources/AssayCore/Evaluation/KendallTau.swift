/// Kendall's rank correlation between an author's ranking — ties and partial orders allowed — and scores that may tie.
public enum KendallTau {
    public struct Result: Sendable, Equatable {
        public var tau: Double?
        public var concordant: [RankingComparison.Pair]
        public var discordant: [RankingComparison.Pair]
        /// Pairs the author orders and the scores tie.
        public var tied: [RankingComparison.Pair]
        /// Pairs the author ties.
        public var statedTies: [RankingComparison.Pair]
        /// Pairs the author does not order at all: left out of tau.
        public var unordered: [RankingComparison.Pair]
    }

    /// Tau-b for a strict order (best first) against `scores` (higher is better).
    public static func compare(order: [OptionID], scores: [OptionID: Double], tolerance: Double = 1e-9) -> Result {
        let position = Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        return compare(options: order, relation: { a, b in
            guard let x = position[a], let y = position[b] else { return nil }
            return x < y ? 1 : (x > y ? -1 : 0)
        }, scores: scores, tolerance: tolerance)
    }

    /// Tau-b over the pairs of `options` the author says something about: `(C − D) / √((n₀ − n₁)(n₀ − n₂))`, where n₀
    /// counts those pairs, n₁ the ones the author ties and n₂ the ones the scores tie. Pairs the author leaves
    /// unordered are listed apart and count in none of these.
    /// - Parameter relation: `1` when the author puts the first above the second, `-1` below, `0` tied, nil unordered.
    public static func compare(options: [OptionID], relation: (OptionID, OptionID) -> Int?, scores: [OptionID: Double],
                               tolerance: Double = 1e-9) -> Result {
        var result = Result(tau: nil, concordant: [], discordant: [], tied: [], statedTies: [], unordered: [])
        var pairs = 0, scoreTies = 0
        for i in options.indices {
            for j in options.indices where j > i {
                let (a, b) = (options[i], options[j])
                guard let stated = relation(a, b) else {
                    result.unordered.append(RankingComparison.Pair(statedHigher: a, statedLower: b))
                    continue
                }
                pairs += 1
                let difference = (scores[a] ?? 0) - (scores[b] ?? 0)
                let scoresTie = abs(difference) <= tolerance
                if scoresTie { scoreTies += 1 }
                if stated == 0 {
                    result.statedTies.append(RankingComparison.Pair(statedHigher: a, statedLower: b))
                    continue
                }
                let pair = stated > 0 ? RankingComparison.Pair(statedHigher: a, statedLower: b) : RankingComparison.Pair(statedHigher: b, statedLower: a)
                let agrees = stated > 0 ? difference > 0 : difference < 0
                if scoresTie {
                    result.tied.append(pair)
                } else if agrees {
                    result.concordant.append(pair)
                } else {
                    result.discordant.append(pair)
                }
            }
        }
        let denominator = (Double(pairs - result.statedTies.count) * Double(pairs - scoreTies)).squareRoot()
        if denominator > 0 {
            result.tau = Double(result.concordant.count - result.discordant.count) / denominator
        }
        return result
    }
}
