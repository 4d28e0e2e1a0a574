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
        let levels = ["bad", "mid", "good"]
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
}
