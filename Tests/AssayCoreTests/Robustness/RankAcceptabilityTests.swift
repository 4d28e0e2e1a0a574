import Testing
@testable import AssayCore

@Suite struct RankAcceptabilityTests {
    typealias M = RankingEvaluatorTests

    static func analyse(_ assessments: [(String, String, Assessment.Judgement)], options: [String], wp: Double = 1, wq: Double = 1,
                        draws: Int = 4000, seed: UInt64 = 7) -> RankAcceptability {
        let model = M.model(wp: wp, wq: wq, assessments: assessments, options: options)
        return RankAcceptability.analyse(RankingEvaluator.evaluate(actor: "a", in: model), in: model, draws: draws, seed: seed)
    }

    static let three = M.full("o1", p: "good", q: "bad") + M.full("o2", p: "bad", q: "good") + M.full("o3", p: "mid", q: "mid")

    @Test func theSameSeedGivesTheSameShares() {
        let a = Self.analyse(Self.three, options: ["o1", "o2", "o3"])
        #expect(a == Self.analyse(Self.three, options: ["o1", "o2", "o3"]))
        #expect(a != Self.analyse(Self.three, options: ["o1", "o2", "o3"], seed: 8))
    }

    @Test func sharesOfEachOptionSumToOne() {
        for entry in Self.analyse(Self.three, options: ["o1", "o2", "o3"]).options {
            #expect(abs(entry.shares.reduce(0, +) - 1) < 1e-9)
            #expect(entry.shares.count == 3)
        }
    }

    @Test func aDominatedOptionNeverRanksFirst() throws {
        // o2 is worse than o1 on both criteria, with high confidence: no weights can put it first.
        let result = Self.analyse(M.full("o1", p: "good", q: "mid") + M.full("o2", p: "mid", q: "bad"), options: ["o1", "o2"], wp: 1, wq: 5)
        let o2 = try #require(result.options.first { $0.optionID == "o2" })
        #expect(o2.shares[0] == 0)
        #expect(o2.centralWeights == nil)
        #expect(result.options.first { $0.optionID == "o1" }?.shares[0] == 1)
    }

    @Test func symmetricOptionsShareFirstPlaceEvenly() throws {
        // o1 = (1, 0) and o2 = (0, 1) with equal, equally uncertain weights: each is first in half the draws.
        let result = Self.analyse(M.full("o1", p: "good", q: "bad") + M.full("o2", p: "bad", q: "good"), options: ["o1", "o2"], draws: 10_000)
        let o1 = try #require(result.options.first { $0.optionID == "o1" })
        #expect(abs(o1.shares[0] - 0.5) < 0.02)
        // Where o1 is first, p carries the larger share of the weight.
        #expect((o1.centralWeights?["p"] ?? 0) > 0.5)
    }

    @Test func ranksBelowTheTenthShareOneColumn() {
        let options = (1...12).map { "o\($0)" }
        let levels: [LevelID] = ["bad", "mid", "good"]
        let assessments = options.enumerated().flatMap { index, id in M.full(id, p: levels[index % 3], q: levels[(index / 3) % 3]) }
        let result = Self.analyse(assessments, options: options, draws: 500)
        for entry in result.options {
            #expect(entry.shares.count == RankAcceptability.maximumRanks + 1)
            #expect(abs(entry.shares.reduce(0, +) - 1) < 1e-9)
        }
    }

    @Test func noDrawsMeansNoAnalysis() {
        #expect(Self.analyse(Self.three, options: ["o1", "o2", "o3"], draws: 0).options.isEmpty)
    }

    @Test(arguments: [2, 7])
    func theNumberOfWorkersDoesNotChangeTheResult(workers: Int) throws {
        // 1,000 draws are 8 chunks: with 7 workers, one worker runs two of them.
        let model = GeneratedModel.model(options: 40, clones: 3)
        let evaluation = RankingEvaluator.evaluate(actor: "a0", in: model)
        let one = RankAcceptability.analyse(evaluation, in: model, draws: 1000, workers: 1)
        let many = RankAcceptability.analyse(evaluation, in: model, draws: 1000, workers: workers)
        #expect(one == many)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        #expect(try encoder.encode(one) == encoder.encode(many))
    }

    /// Sizes around `maximumRanks`, with and without options that tie at the boundary.
    @Test(arguments: [(5, 0), (10, 0), (11, 0), (30, 0), (30, 6), (12, 14)])
    func pickingTheFirstRanksAgreesWithAFullSort(options: Int, clones: Int) {
        let model = GeneratedModel.model(options: options, clones: clones, seed: UInt64(options * 100 + clones))
        let evaluation = RankingEvaluator.evaluate(actor: "a0", in: model)
        let result = RankAcceptability.analyse(evaluation, in: model, draws: 300, seed: 11, workers: 2)
        #expect(result == Self.fullSort(evaluation, in: model, draws: 300, seed: 11))
    }

    @Test func optionsTiedWithTheTenthShareItsRank() {
        // o1–o9 score 1 in every draw, o10–o13 score 0.5: the heap keeps only one of the last four, and the
        // three left out must still take rank 10, not "beyond".
        let good = (1...9).flatMap { M.full("o\($0)", p: "good", q: "good") }
        let mid = (10...13).flatMap { M.full("o\($0)", p: "mid", q: "mid") }
        let result = Self.analyse(good + mid, options: (1...13).map { "o\($0)" }, draws: 200)
        for entry in result.options {
            let tenth = ["o10", "o11", "o12", "o13"].contains(entry.optionID)
            #expect(entry.shares[tenth ? 9 : 0] == 1, "\(entry.optionID)")
        }
    }

    @Test func aChainOfNearTiesSharesTheRankOfItsHead() {
        // Scores are the values (one criterion, no spread). 0.5 − 0.6e-9 is within the tolerance of 0.5, and each
        // next one within the tolerance of the one before: all share rank 10, though the last is 1.8e-9 below 0.5.
        let values = Array(repeating: 0.9, count: 9) + [0.5, 0.5 - 0.6e-9, 0.5 - 1.2e-9, 0.5 - 1.8e-9, 0.4]
        let sampler = RankSampler(optionCount: values.count, criterionCount: 1, values: values,
                                  spreads: Array(repeating: 0, count: values.count), weights: [1], seed: 1, countedRanks: 10)
        var counts = RankSampler.Counts(ranks: Array(repeating: 0, count: values.count * 10))
        _ = sampler.run(0..<3, into: &counts)
        let ranks = values.indices.map { o in (0..<10).first { counts.ranks[o * 10 + $0] == 3 } }
        #expect(ranks == Array(repeating: 0, count: 9) + [9, 9, 9, 9, nil])
    }

    @Test func workPerDrawGrowsLinearlyWithTheOptions() {
        // Counted: the comparisons that pick out the first ranks. A sort per draw would grow by 4·log(4n)/log(n).
        func work(_ options: Int) -> Int {
            let model = GeneratedModel.model(options: options, seed: 3)
            var tally = WorkTally()
            _ = RankAcceptability.analyse(RankingEvaluator.evaluate(actor: "a0", in: model), in: model, draws: 40,
                                          seed: 5, workers: 1, work: &tally)
            return tally.steps
        }
        let small = work(1000), large = work(4000)
        #expect(small > 0)
        #expect(Double(large) <= 4.5 * Double(small), "work grew from \(small) to \(large)")
    }

    /// The model of `RankAcceptability` computed the plain way: every option sorted in every draw, draws one
    /// after another, with the same random streams.
    static func fullSort(_ evaluation: ActorEvaluation, in model: ReportModel, draws: Int, seed: UInt64) -> RankAcceptability {
        let ranked = evaluation.ranked, criteria = evaluation.preferenceIDs
        let values = ranked.map { result in
            criteria.map { id in
                let contribution = result.contributions.first { $0.criterionID == id }
                let confidence = contribution.flatMap { model.assessment(id: $0.assessmentID)?.confidence } ?? .high
                return (value: contribution?.value ?? 0, spread: RankAcceptability.levelSpread(confidence))
            }
        }
        let weights = criteria.map { id in ranked[0].contributions.first { $0.criterionID == id }?.weight ?? 0 }
        let columns = min(ranked.count, RankAcceptability.maximumRanks + 1)
        var counts = Array(repeating: Array(repeating: 0, count: columns), count: ranked.count)
        var firstWeights = Array(repeating: Array(repeating: 0.0, count: criteria.count), count: ranked.count)
        for draw in 0..<draws {
            var random = SeededRandom(seed: seed, stream: UInt64(draw))
            var drawn = weights.map { $0 * exp(RankAcceptability.weightSpread * random.normal()) }
            let total = drawn.reduce(0, +)
            drawn = drawn.map { $0 / total }
            let scores = values.map { row in
                zip(drawn, row).reduce(0.0) { score, pair in
                    let (weight, (value, spread)) = pair
                    return score + weight * min(1, max(0, value + (random.unit() * 2 - 1) * spread))
                }
            }
            let order = ranked.indices.sorted { scores[$0] > scores[$1] }
            var rank = 0
            for (place, o) in order.enumerated() {
                if place > 0, scores[order[place - 1]] - scores[o] > CompetitionRanking.tolerance { rank = place }
                counts[o][min(rank, columns - 1)] += 1
                if rank == 0 { for c in criteria.indices { firstWeights[o][c] += drawn[c] } }
            }
        }
        return RankAcceptability(draws: draws, seed: seed, options: ranked.indices.map { o in
            let firsts = counts[o][0]
            return .init(optionID: ranked[o].optionID, shares: counts[o].map { Double($0) / Double(draws) },
                         centralWeights: firsts == 0 ? nil : Dictionary(uniqueKeysWithValues: criteria.indices.map {
                             (criteria[$0], firstWeights[o][$0] / Double(firsts))
                         }))
        })
    }
}

import Foundation
