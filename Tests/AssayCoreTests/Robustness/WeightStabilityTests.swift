import Testing
@testable import AssayCore

/// Stability intervals computed by hand; see the comments for the arithmetic.
@Suite struct WeightStabilityTests {
    typealias M = RankingEvaluatorTests

    static func stability(wp: Double, wq: Double, _ assessments: [(String, String, Assessment.Judgement)], options: [String])
        -> [CriterionID: WeightStability] {
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: M.model(wp: wp, wq: wq, assessments: assessments, options: options))
        return Dictionary(uniqueKeysWithValues: WeightStability.analyse(evaluation, weights: ["p": wp, "q": wq]).map { ($0.criterionID, $0) })
    }

    @Test func intervalsAndSwapPoints() throws {
        // Weights p 3, q 1 (shares 3/4, 1/4). o1 = (1, 0) scores 3/4, o2 = (1/2, 1) scores 5/8.
        // Share t of p: o1 = t, o2 = t/2 + (1 − t); they tie at t = 2/3, i.e. weight 2 with q at 1.
        // Share t of q: o1 = 1 − t, o2 = t + (1 − t)/2; they tie at t = 1/3, i.e. weight 1.5 with p at 3.
        let result = Self.stability(wp: 3, wq: 1, M.full("o1", p: "good", q: "bad") + M.full("o2", p: "mid", q: "good"),
                                    options: ["o1", "o2"])
        let p = try #require(result["p"]), q = try #require(result["q"])
        #expect(abs(p.share - 0.75) < 1e-12)
        #expect(abs(p.lowerShare - 2.0 / 3.0) < 1e-12 && p.upperShare == 1)
        #expect(abs(p.lowerWeight - 2) < 1e-9 && p.upperWeight == nil)
        #expect(p.adjacentSwaps.count == 1)
        #expect(p.adjacentSwaps.first?.higher == "o1" && p.adjacentSwaps.first?.lower == "o2")
        #expect(p.adjacentSwaps.first?.whenRising == false)
        #expect(q.lowerShare == 0 && abs(q.upperShare - 1.0 / 3.0) < 1e-12)
        #expect(abs((q.upperWeight ?? 0) - 1.5) < 1e-9)
        #expect(q.adjacentSwaps.first?.whenRising == true)
    }

    @Test func aCriterionThatCannotChangeTheOrderMovesFreely() throws {
        // o1 = (1, 1) beats o2 = (1/2, 1/2) whatever the weights: the lines never cross.
        let result = Self.stability(wp: 1, wq: 1, M.full("o1", p: "good", q: "good") + M.full("o2", p: "mid", q: "mid"),
                                    options: ["o1", "o2"])
        #expect(result["p"]?.lowerShare == 0 && result["p"]?.upperShare == 1)
        #expect(result["p"]?.adjacentSwaps == [])
    }

    @Test func weightsAreReportedEvenWhenNoOptionIsRanked() throws {
        // Every option vetoed: nothing to reorder, but the preference's weight and share are still its own.
        let result = Self.stability(wp: 3, wq: 1, M.full("o1", crosses: true, p: "good", q: "bad"), options: ["o1"])
        #expect(result["p"]?.weight == 3)
        #expect(result["p"]?.share == 0.75)
        #expect(result["p"]?.lowerShare == 0 && result["p"]?.upperShare == 1)
    }

    @Test func tiedOptionsSplitOnAnyMove() throws {
        // o1 = (1, 0), o2 = (0, 1) with equal weights tie at 1/2: any change of share breaks the tie.
        let result = Self.stability(wp: 1, wq: 1, M.full("o1", p: "good", q: "bad") + M.full("o2", p: "bad", q: "good"),
                                    options: ["o1", "o2"])
        #expect(result["p"]?.lowerShare == 0.5 && result["p"]?.upperShare == 0.5)
        #expect(result["q"]?.adjacentSwaps == [])
    }

    @Test func threeOptionsTakeTheNearestCrossing() throws {
        // p 1, q 1. o1 = (1, 1/2) scores 3/4, o2 = (0, 1) 1/2, o3 = (1/2, 0) 1/4.
        // Share t of p: o1 = t + (1 − t)/2, o2 = 1 − t, o3 = t/2. o1 and o2 cross at t = 1/3; o2 and o3 at t = 2/3;
        // o1 and o3 never (o1 is above for every t). Current t = 1/2: interval [1/3, 2/3].
        let result = Self.stability(wp: 1, wq: 1, M.full("o1", p: "good", q: "mid") + M.full("o2", p: "bad", q: "good")
                                        + M.full("o3", p: "mid", q: "bad"), options: ["o1", "o2", "o3"])
        let p = try #require(result["p"])
        #expect(abs(p.lowerShare - 1.0 / 3.0) < 1e-12 && abs(p.upperShare - 2.0 / 3.0) < 1e-12)
        #expect(p.adjacentSwaps.map(\.lower) == ["o2", "o3"])
        #expect(p.adjacentSwaps.map(\.whenRising) == [false, true])
    }
}
