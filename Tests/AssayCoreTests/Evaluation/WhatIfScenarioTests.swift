import Testing
@testable import AssayCore

/// A reader's own weights and bent red lines, with hand-computed rankings (actor `a`: red line `r`, preferences
/// `p` and `q`, levels bad 0, mid 0.5, good 1).
@Suite struct WhatIfScenarioTests {
    typealias M = RankingEvaluatorTests
    // o1 (p good, q bad), o2 (p bad, q good), o3 (p mid, q mid) crossing r.
    static let model = M.model(assessments: M.full("o1", p: "good", q: "bad") + M.full("o2", p: "bad", q: "good")
                                   + M.full("o3", crosses: true, p: "mid", q: "mid"), options: ["o1", "o2", "o3"])

    @Test func theAnalystsWeightsGiveThePublishedRanking() throws {
        // p 3, q 1: o1 = 3/4, o2 = 1/4; o3 vetoed.
        let evaluation = try WhatIfScenario(actorID: "a").evaluate(in: Self.model)
        #expect(evaluation.ranked.map(\.optionID) == ["o1", "o2"])
        #expect(evaluation.ranked.map(\.score) == [0.75, 0.25])
        #expect(evaluation.results.last?.verdict == .vetoed(redLines: ["r"]))
    }

    @Test func otherWeightsReorder() throws {
        // p 1, q 3: o1 = 1/4, o2 = 3/4. p 2, q 2: both 1/2, a shared rank, listed by id.
        let swapped = try WhatIfScenario(actorID: "a", weights: ["p": 1, "q": 3]).evaluate(in: Self.model)
        #expect(swapped.ranked.map(\.optionID) == ["o2", "o1"])
        #expect(swapped.ranked.map(\.score) == [0.75, 0.25])
        let even = try WhatIfScenario(actorID: "a", weights: ["p": 2, "q": 2]).evaluate(in: Self.model)
        #expect(even.ranked.map(\.optionID) == ["o1", "o2"])
        #expect(even.ranked.map(\.rank) == [1, 1])
        #expect(even.ranked[0].contributions.map(\.contribution) == [0.5, 0])
    }

    @Test func aBentRedLineScoresLikeTheReportsRelaxation() throws {
        // r bent with the largest weight, 3: o1 (3 + 0 + 3)/7 = 6/7, o2 (0 + 1 + 3)/7 = 4/7, o3 (1.5 + 0.5 + 0)/7 = 2/7.
        let evaluation = try WhatIfScenario(actorID: "a", bentRedLines: ["r"]).evaluate(in: Self.model)
        #expect(evaluation.ranked.map(\.optionID) == ["o1", "o2", "o3"])
        #expect(evaluation.ranked.map(\.score) == [6.0 / 7.0, 4.0 / 7.0, 2.0 / 7.0])
        #expect(evaluation.preferenceIDs == ["p", "q", "r"])
        let relaxation = try #require(RedLineRelaxation.analyse(RankingEvaluator.evaluate(actor: "a", in: Self.model), weights: ["p": 3, "q": 1]).first)
        #expect(relaxation.ranking.map(\.optionID) == evaluation.ranked.map(\.optionID))
        #expect(relaxation.ranking.map(\.score) == evaluation.ranked.compactMap(\.score))
        // With the reader's weights, the bent line takes the largest of those: p 1, q 5, r 5; o3 = (0.5 + 2.5)/11.
        let heavier = try WhatIfScenario(actorID: "a", weights: ["p": 1, "q": 5], bentRedLines: ["r"]).evaluate(in: Self.model)
        #expect(heavier.ranked.first { $0.optionID == "o3" }?.score == 3.0 / 11.0)
    }

    @Test(arguments: [
        (WhatIfScenario(actorID: "b"), "unknown actor 'b'", "actors: a"),
        (WhatIfScenario(actorID: "a", weights: ["r": 1]), "'r' is not a preference of 'a'", "preferences: p, q"),
        (WhatIfScenario(actorID: "a", weights: ["p": -1]), "the weight of 'p' must be a number of 0 or more", "write e.g. 'p=0.5'"),
        (WhatIfScenario(actorID: "a", weights: ["p": 0, "q": 0]), "every preference weight of 'a' is 0", "give at least one preference a weight above 0"),
        (WhatIfScenario(actorID: "a", bentRedLines: ["p"]), "'p' is not a red line of 'a'", "red lines: r"),
    ])
    func refusesWhatItCannotWeigh(_ scenario: WhatIfScenario, _ message: String, _ hint: String) {
        #expect(throws: Diagnostic.Problem(message, hint: hint)) { try scenario.evaluate(in: Self.model) }
    }
}
