/// Kendall's rank correlation between a strict order and scores that may tie.
public enum KendallTau {
    public struct Result: Sendable, Equatable {
        public var tau: Double?
        public var concordant: [RankingComparison.Pair]
        public var discordant: [RankingComparison.Pair]
        public var tied: [RankingComparison.Pair]
    }

    /// Tau-b for `order` (best first, no ties) against `scores` (higher is better):
    /// `(C − D) / √(n₀ · (n₀ − T))`, where n₀ is the number of pairs and T the pairs the scores tie.
    public static func compare(order: [String], scores: [String: Double], tolerance: Double = 1e-9) -> Result {
        var result = Result(tau: nil, concordant: [], discordant: [], tied: [])
        for i in order.indices {
            for j in order.indices where j > i {
                let pair = RankingComparison.Pair(statedHigher: order[i], statedLower: order[j])
                let difference = (scores[order[i]] ?? 0) - (scores[order[j]] ?? 0)
                if abs(difference) <= tolerance {
                    result.tied.append(pair)
                } else if difference > 0 {
                    result.concordant.append(pair)
                } else {
                    result.discordant.append(pair)
                }
            }
        }
        let pairs = Double(order.count * (order.count - 1) / 2)
        let denominator = (pairs * (pairs - Double(result.tied.count))).squareRoot()
        if denominator > 0 {
            result.tau = Double(result.concordant.count - result.discordant.count) / denominator
        }
        return result
    }
}
