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
        public var optionID: OptionID
        /// `shares[r]` is the share of draws in which the option takes rank r + 1, for the first
        /// `RankAcceptability.maximumRanks` ranks; the last entry then gathers every lower rank. They sum to 1.
        public var shares: [Double]
        /// The mean normalised weights (by criterion id) over the draws in which the option ranks first;
        /// `nil` when it never does.
        public var centralWeights: [CriterionID: Double]?
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
    /// One per ranked option, in rank order.
    public let options: [Entry]
    // Option pages show one row: by index, so they do not scan every option.
    private let entryByOption: [OptionID: Int]

    private enum CodingKeys: String, CodingKey {
        case draws, seed, options
    }

    public init(draws: Int, seed: UInt64, options: [Entry]) {
        self.draws = draws
        self.seed = seed
        self.options = options
        self.entryByOption = Dictionary(options.enumerated().map { ($1.optionID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(draws: try container.decode(Int.self, forKey: .draws), seed: try container.decode(UInt64.self, forKey: .seed),
                  options: try container.decode([Entry].self, forKey: .options))
    }

    /// The rank probabilities of one option; `nil` when it is not ranked (or there were no draws).
    public func entry(for optionID: OptionID) -> Entry? { entryByOption[optionID].map { options[$0] } }

    /// Workers the draws are spread over by default: one per active core. The result does not depend on it.
    public static var defaultWorkers: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// - Parameter workers: how many threads share the draws; any number gives the same, byte-identical result.
    public static func analyse(_ evaluation: ActorEvaluation, in model: ReportModel, draws: Int = defaultDraws,
                               seed: UInt64 = defaultSeed, workers: Int = defaultWorkers) -> RankAcceptability {
        var work = WorkTally()
        return analyse(evaluation, in: model, draws: draws, seed: seed, workers: workers, work: &work)
    }

    /// O(draws · options · criteria) in all, spread over `workers`; `work` counts the comparisons that pick
    /// out the first ranks.
    static func analyse(_ evaluation: ActorEvaluation, in model: ReportModel, draws: Int, seed: UInt64, workers: Int,
                        work: inout WorkTally) -> RankAcceptability {
        let ranked = evaluation.ranked
        let criteria = evaluation.preferenceIDs
        guard !ranked.isEmpty, !criteria.isEmpty, draws > 0 else { return RankAcceptability(draws: 0, seed: seed, options: []) }
        // Per option and criterion: the stated value and its half-width.
        var values: [Double] = [], spreads: [Double] = []
        values.reserveCapacity(ranked.count * criteria.count)
        spreads.reserveCapacity(ranked.count * criteria.count)
        for result in ranked {
            for id in criteria {
                let contribution = result.contributions.first { $0.criterionID == id }
                let confidence = contribution.flatMap { model.assessment(id: $0.assessmentID)?.confidence } ?? .high
                values.append(contribution?.value ?? 0)
                // A range of figures widens the draws by its own half-width.
                let range = contribution.flatMap { model.criterion(id)?.level($0.levelID)?.halfWidth } ?? 0
                spreads.append(levelSpread(confidence) + range)
            }
        }
        let weights = criteria.map { id in ranked[0].contributions.first { $0.criterionID == id }?.weight ?? 0 }
        let sampler = RankSampler(optionCount: ranked.count, criterionCount: criteria.count, values: values, spreads: spreads,
                                  weights: weights, seed: seed, countedRanks: min(ranked.count, maximumRanks))
        let (counts, firsts) = run(sampler, draws: draws, workers: workers, work: &work)

        // The weights of first places, summed in draw order (chunks in order): the same sums on any number of cores.
        let k = criteria.count, n = ranked.count
        var firstWeights = [Double](repeating: 0, count: n * k)
        for chunk in firsts {
            for (draw, option) in chunk.options {
                for c in 0..<k { firstWeights[option * k + c] += chunk.weights[draw * k + c] }
            }
        }
        let columns = min(n, maximumRanks + 1)
        let entries = ranked.indices.map { o -> Entry in
            var row = Array(counts[(o * sampler.countedRanks)..<((o + 1) * sampler.countedRanks)])
            // Draws in none of the counted ranks fall beyond them, into the last column.
            if columns > sampler.countedRanks { row.append(draws - row.reduce(0, +)) }
            let firstPlaces = row[0]
            let central = firstPlaces == 0 ? nil : Dictionary(uniqueKeysWithValues: criteria.indices.map {
                (criteria[$0], firstWeights[o * k + $0] / Double(firstPlaces))
            })
            return Entry(optionID: ranked[o].optionID, shares: row.map { Double($0) / Double(draws) }, centralWeights: central)
        }
        return RankAcceptability(draws: draws, seed: seed, options: entries)
    }

    /// Deals the chunks of draws out to the workers, chunk i to worker i mod workers. Returns the summed rank
    /// counts and each chunk's first places, in chunk order.
    private static func run(_ sampler: RankSampler, draws: Int, workers: Int,
                            work: inout WorkTally) -> (counts: [Int], firsts: [RankSampler.Firsts]) {
        let chunkCount = (draws + RankSampler.drawsPerChunk - 1) / RankSampler.drawsPerChunk
        let workers = max(1, min(workers, chunkCount))
        let blank = RankSampler.Counts(ranks: [Int](repeating: 0, count: sampler.optionCount * sampler.countedRanks))
        var firsts = [RankSampler.Firsts](repeating: RankSampler.Firsts(), count: chunkCount)
        var tallies = [RankSampler.Counts](repeating: blank, count: workers)
        firsts.withUnsafeMutableBufferPointer { firstSlots in
            tallies.withUnsafeMutableBufferPointer { tallySlots in
                if workers == 1 {
                    runChunks(of: 0, among: 1, sampler, draws: draws, counts: &tallySlots[0], firsts: firstSlots)
                    return
                }
                // Each chunk and each tally is written by exactly one worker, so the slots never race.
                nonisolated(unsafe) let chunks = firstSlots, tallies = tallySlots
                DispatchQueue.concurrentPerform(iterations: workers) { worker in
                    runChunks(of: worker, among: workers, sampler, draws: draws, counts: &tallies[worker], firsts: chunks)
                }
            }
        }
        var counts = tallies[0].ranks
        work.count(tallies[0].work.steps)
        for tally in tallies.dropFirst() {
            for i in counts.indices { counts[i] += tally.ranks[i] }
            work.count(tally.work.steps)
        }
        return (counts, firsts)
    }

    private static func runChunks(of worker: Int, among workers: Int, _ sampler: RankSampler, draws: Int,
                                  counts: inout RankSampler.Counts, firsts: UnsafeMutableBufferPointer<RankSampler.Firsts>) {
        for chunk in stride(from: worker, to: firsts.count, by: workers) {
            let start = chunk * RankSampler.drawsPerChunk
            firsts[chunk] = sampler.run(start..<min(draws, start + RankSampler.drawsPerChunk), into: &counts)
        }
    }
}

import Dispatch
import Foundation
