import Testing
@testable import AssayCore

@Suite struct ActorAgreementTests {
    static func actor(_ id: String, ranked: [(String, Double)], vetoed: [String: [String]] = [:], incomplete: [String: [String]] = [:]) -> ActorEvaluation {
        var results = ranked.enumerated().map { index, entry in
            OptionResult(optionID: entry.0, verdict: .ranked(rank: index + 1, score: entry.1), contributions: [], redLineChecks: [], gaps: [])
        }
        results += vetoed.map { OptionResult(optionID: $0.key, verdict: .vetoed(redLines: $0.value), contributions: [], redLineChecks: [], gaps: []) }
        results += incomplete.map {
            OptionResult(optionID: $0.key, verdict: .incomplete(minScore: 0, maxScore: 1, missing: $0.value), contributions: [], redLineChecks: [], gaps: $0.value)
        }
        return ActorEvaluation(actorID: id, redLineIDs: [], preferenceIDs: [], totalWeight: 1, results: results, comparison: nil)
    }

    @Test func zoneParetoAndBlocks() {
        // A: o1 0.8, o2 0.6, o4 0.5, vetoes o3. B: o2 0.7, o1 0.5, o4 0.4, o3 0.9.
        // Zone: o1, o2, o4. o4 is beaten by o1 for both; o1 and o2 each win for one actor: both Pareto-optimal.
        let a = Self.actor("a", ranked: [("o1", 0.8), ("o2", 0.6), ("o4", 0.5)], vetoed: ["o3": ["r"]])
        let b = Self.actor("b", ranked: [("o3", 0.9), ("o2", 0.7), ("o1", 0.5), ("o4", 0.4)])
        let agreement = ActorAgreement.analyse([a, b], options: ["o1", "o2", "o3", "o4"])
        #expect(agreement.zone == ["o1", "o2", "o4"])
        #expect(agreement.paretoOptimal == ["o1", "o2"])
        #expect(agreement.blocks == [.init(optionID: "o3", actorID: "a", redLines: ["r"], missing: [])])
    }

    @Test func anOptionOneActorCannotScoreIsOutsideTheZone() {
        let a = Self.actor("a", ranked: [("o1", 0.5)], incomplete: ["o2": ["p"]])
        let agreement = ActorAgreement.analyse([a], options: ["o1", "o2"])
        #expect(agreement.zone == ["o1"])
        #expect(agreement.blocks.first?.missing == ["p"])
    }

    @Test func equalScoresDoNotDominate() {
        let a = Self.actor("a", ranked: [("o1", 0.5), ("o2", 0.5)])
        #expect(ActorAgreement.analyse([a], options: ["o1", "o2"]).paretoOptimal == ["o1", "o2"])
    }
}
