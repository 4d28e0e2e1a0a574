/// Rank acceptability in the sense of SMAA: under uncertain weights and levels, the share of seeded
/// random draws in which each option takes each rank.
///
/// Uncertainty model (documented in docs/evaluation.md):
/// - each preference weight is multiplied by `exp(0.3·z)`, z standard normal, then all are normalised;
/// - each level value is drawn uniformly within ±0.25 (low confidence), ±0.1 (medium) or ±0 (high)
///   of its stated value, clamped to [0, 1];
/// - red lines are kept as stated: only options the actor can accept and score take part.
public struct RankAcceptability: Sendable, Codable, Equatable {
    public struct Entry: Sendable, Codable, Equatable {
        public var optionID: String
        /// `shares[r]` is the share of draws in which the option takes rank r + 1, for the first
        /// `RankAcceptability.maximumRanks` ranks; the last entry then gathers every lower rank. They sum to 1.
        public var shares: [Double]
        /// The mean normalised weights (by criterion id) over the draws in which the option ranks first;
        /// `nil` when it never does.
        public var centralWeights: [String: Double]?
    }

    public static let defaultSeed: UInt64 = 20_240_601
    /// Ranks counted one by one; lower ranks share the last column. Keeps the table readable and the
    /// memory linear in the number of options for large reports.
    public static let maximumRanks = 10
    public static let defaultDraws = 10_000
    public static let weightSpread = 0.3
    public static func levelSpread(_ confidence: Assessment.Confidence) -> Double {
        switch confidence {
        case .low: 0.25
        case .medium: 0.1
        case .high: 0
        }
    }

    public var draws: Int
    public var seed: UInt64
    public var options: [Entry]

    public static func analyse(_ evaluation: ActorEvaluation, in model: ReportModel, draws: Int = defaultDraws,
                               seed: UInt64 = defaultSeed) -> RankAcceptability {
        let ranked = evaluation.ranked
        let criteria = evaluation.preferenceIDs
        guard !ranked.isEmpty, !criteria.isEmpty, draws > 0 else { return RankAcceptability(draws: 0, seed: seed, options: []) }
        // Per option and criterion: the stated value and its half-width.
        let values: [[(value: Double, spread: Double)]] = ranked.map { result in
            criteria.map { id in
                let contribution = result.contributions.first { $0.criterionID == id }
                let confidence = contribution.flatMap { model.assessment(id: $0.assessmentID)?.confidence } ?? .high
                return (contribution?.value ?? 0, levelSpread(confidence))
            }
        }
        let weights = criteria.map { id in ranked[0].contributions.first { $0.criterionID == id }?.weight ?? 0 }
        var random = SeededRandom(seed: seed)
        let columns = min(ranked.count, maximumRanks + 1)
        var counts = Array(repeating: Array(repeating: 0, count: columns), count: ranked.count)
        var firstWeights = Array(repeating: Array(repeating: 0.0, count: criteria.count), count: ranked.count)
        var drawn = Array(repeating: 0.0, count: criteria.count)
        var scores = Array(repeating: 0.0, count: ranked.count)
        var order = Array(ranked.indices)
        for _ in 0..<draws {
            var total = 0.0
            for c in criteria.indices {
                drawn[c] = weights[c] * exp(weightSpread * random.normal())
                total += drawn[c]
            }
            for c in criteria.indices { drawn[c] /= total }
            for o in ranked.indices {
                var score = 0.0
                for c in criteria.indices {
                    let (value, spread) = values[o][c]
                    let sampled = spread == 0 ? value : min(1, max(0, value + (random.unit() * 2 - 1) * spread))
                    score += drawn[c] * sampled
                }
                scores[o] = score
            }
            // Competition ranks by index, without ids: ties share a rank, so their order does not matter here.
            order.sort { scores[$0] > scores[$1] }
            var rank = 0
            for (place, o) in order.enumerated() {
                if place == 0 || scores[order[place - 1]] - scores[o] > CompetitionRanking.tolerance { rank = place }
                counts[o][min(rank, columns - 1)] += 1
                if rank == 0 { for c in criteria.indices { firstWeights[o][c] += drawn[c] } }
            }
        }
        let entries = ranked.indices.map { o -> Entry in
            let firsts = counts[o][0]
            let central = firsts == 0 ? nil : Dictionary(uniqueKeysWithValues: criteria.indices.map {
                (criteria[$0], firstWeights[o][$0] / Double(firsts))
            })
            return Entry(optionID: ranked[o].optionID, shares: counts[o].map { Double($0) / Double(draws) }, centralWeights: central)
        }
        return RankAcceptability(draws: draws, seed: seed, options: entries)
    }
}

import Foundation
