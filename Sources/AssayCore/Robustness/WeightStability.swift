/// How far each preference's weight can move before an actor's ranking changes (weight stability intervals).
///
/// Moving criterion k's share of the total weight to t, with the other weights rescaled proportionally,
/// makes every score linear in t: `s(t) = t·v_k + (1 − t)·r`, where r is the option's score over the
/// other criteria alone. Two options therefore swap at most once, at the t where their lines cross;
/// the interval is bounded by the nearest crossings on either side of the current share.
public struct WeightStability: Sendable, Codable, Equatable {
    /// Two ranked options and the share of the criterion's weight at which they change places.
    public struct Swap: Sendable, Codable, Equatable {
        /// Ranked above `lower` now.
        public var higher: OptionID
        public var lower: OptionID
        /// The share of the total weight at which the two tie.
        public var share: Double
        /// The raw weight giving that share, the other weights unchanged; `nil` when the share is 1.
        public var weight: Double?
        /// Whether `lower` overtakes `higher` when the share rises above (`true`) or falls below (`false`) `share`.
        public var whenRising: Bool
    }

    public var criterionID: CriterionID
    /// The criterion's current share of the actor's total preference weight.
    public var share: Double
    public var weight: Double
    /// The ranking stays as it is for shares in `lowerShare...upperShare`.
    public var lowerShare: Double
    public var upperShare: Double
    /// The same bounds as raw weights, the other weights unchanged; `nil` for an upper share of 1 (unbounded).
    public var lowerWeight: Double
    public var upperWeight: Double?
    /// Adjacent options in the current ranking and where they would swap, if they can.
    public let adjacentSwaps: [Swap]
    /// The actor's only preference: its share cannot move.
    public var isOnlyPreference: Bool
    // Option pages ask for the swaps of one option: by index, so they do not scan every swap.
    private let swapsByOption: [OptionID: [Int]]

    private enum CodingKeys: String, CodingKey {
        case criterionID, share, weight, lowerShare, upperShare, lowerWeight, upperWeight, adjacentSwaps, isOnlyPreference
    }

    /// The shares of the total weight within which the ranking holds, and the same bounds as raw weights.
    public struct Interval: Sendable, Equatable {
        public var lowerShare: Double
        public var upperShare: Double
        public var lowerWeight: Double
        /// `nil` for an upper share of 1: no weight is too high.
        public var upperWeight: Double?

        public init(lowerShare: Double, upperShare: Double, lowerWeight: Double, upperWeight: Double?) {
            self.lowerShare = lowerShare
            self.upperShare = upperShare
            self.lowerWeight = lowerWeight
            self.upperWeight = upperWeight
        }
    }

    public init(criterionID: CriterionID, share: Double, weight: Double, interval: Interval, adjacentSwaps: [Swap],
                isOnlyPreference: Bool) {
        self.criterionID = criterionID
        self.share = share
        self.weight = weight
        self.lowerShare = interval.lowerShare
        self.upperShare = interval.upperShare
        self.lowerWeight = interval.lowerWeight
        self.upperWeight = interval.upperWeight
        self.adjacentSwaps = adjacentSwaps
        self.isOnlyPreference = isOnlyPreference
        var index: [OptionID: [Int]] = [:]
        for (position, swap) in adjacentSwaps.enumerated() {
            index[swap.higher, default: []].append(position)
            if swap.lower != swap.higher { index[swap.lower, default: []].append(position) }
        }
        self.swapsByOption = index
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(criterionID: try container.decode(CriterionID.self, forKey: .criterionID),
                  share: try container.decode(Double.self, forKey: .share),
                  weight: try container.decode(Double.self, forKey: .weight),
                  interval: Interval(lowerShare: try container.decode(Double.self, forKey: .lowerShare),
                                     upperShare: try container.decode(Double.self, forKey: .upperShare),
                                     lowerWeight: try container.decode(Double.self, forKey: .lowerWeight),
                                     upperWeight: try container.decodeIfPresent(Double.self, forKey: .upperWeight)),
                  adjacentSwaps: try container.decode([Swap].self, forKey: .adjacentSwaps),
                  isOnlyPreference: try container.decode(Bool.self, forKey: .isOnlyPreference))
    }

    /// The adjacent swaps the option takes part in (at most two: with the option above and the one below),
    /// in ranking order.
    public func swaps(involving optionID: OptionID) -> [Swap] { (swapsByOption[optionID] ?? []).map { adjacentSwaps[$0] } }

    /// Stability of every preference of one actor, from its evaluation and the preferences' weights.
    public static func analyse(_ evaluation: ActorEvaluation, weights: [CriterionID: Double]) -> [WeightStability] {
        let ranked = evaluation.ranked
        let total = evaluation.totalWeight
        return evaluation.preferenceIDs.map { criterionID in
            let weight = weights[criterionID] ?? 0
            let share = total > 0 ? weight / total : 0
            guard evaluation.preferenceIDs.count > 1, share < 1 else {
                return WeightStability(criterionID: criterionID, share: share, weight: weight,
                                       interval: Interval(lowerShare: share, upperShare: share, lowerWeight: weight, upperWeight: weight),
                                       adjacentSwaps: [], isOnlyPreference: true)
            }
            // Value on this criterion and score over the others, per ranked option.
            let lines = ranked.map { result -> (id: OptionID, value: Double, rest: Double) in
                let value = result.contributions.first { $0.criterionID == criterionID }?.value ?? 0
                return (result.optionID, value, ((result.score ?? 0) - share * value) / (1 - share))
            }
            // As the share moves, the first change of order is always between neighbours in the current
            // order (lines that are not adjacent must first cross a line between them), so adjacent pairs
            // bound the interval: linear in the number of options.
            var lower = 0.0, upper = 1.0
            for (a, b) in zip(lines, lines.dropFirst()) {
                guard let crossing = crossing(a, b, at: share) else { continue }
                if crossing.tied {
                    lower = share
                    upper = share
                } else if crossing.share > share {
                    upper = min(upper, crossing.share)
                } else {
                    lower = max(lower, crossing.share)
                }
            }
            let swaps = zip(lines, lines.dropFirst()).compactMap { a, b -> Swap? in
                guard let crossing = crossing(a, b, at: share), !crossing.tied else { return nil }
                return Swap(higher: a.id, lower: b.id, share: crossing.share, weight: rawWeight(crossing.share, weight, total),
                            whenRising: crossing.share > share)
            }
            let interval = Interval(lowerShare: lower, upperShare: upper, lowerWeight: rawWeight(lower, weight, total) ?? 0,
                                    upperWeight: rawWeight(upper, weight, total))
            return WeightStability(criterionID: criterionID, share: share, weight: weight, interval: interval, adjacentSwaps: swaps,
                                   isOnlyPreference: false)
        }
    }

    /// Where two score lines cross within [0, 1]; `tied` when they are equal now but not everywhere.
    private static func crossing(_ a: (id: OptionID, value: Double, rest: Double), _ b: (id: OptionID, value: Double, rest: Double),
                                 at share: Double) -> (share: Double, tied: Bool)? {
        let tolerance = CompetitionRanking.tolerance
        let offset = a.rest - b.rest
        let slope = (a.value - b.value) - offset
        guard abs(slope) > tolerance else { return nil }  // Parallel: their order never changes.
        let now = offset + share * slope
        if abs(now) <= tolerance { return (share, true) }
        let point = -offset / slope
        // A crossing at a share of exactly 0 or 1 is a tie at the extreme, not an overtaking.
        guard point > tolerance, point < 1 - tolerance else { return nil }
        return (point, false)
    }

    /// The weight w' with w' / (w' + others) = share, where others = total − weight.
    private static func rawWeight(_ share: Double, _ weight: Double, _ total: Double) -> Double? {
        guard share < 1 - CompetitionRanking.tolerance else { return nil }
        return share * (total - weight) / (1 - share)
    }
}
