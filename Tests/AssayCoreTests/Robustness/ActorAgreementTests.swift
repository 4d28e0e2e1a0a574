import Testing
@testable import AssayCore

@Suite struct ActorAgreementTests {
    static func actor(_ id: ActorID, ranked: [(OptionID, Double)], vetoed: [OptionID: [CriterionID]] = [:], incomplete: [OptionID: [CriterionID]] = [:]) -> ActorEvaluation {
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

    @Test func workGrowsLikeNLogNWithTheOptions() {
        // Two actors: the blocks are one lookup per option and actor, the Pareto filter a sort and a binary
        // search per option. A scan of the zone per option would grow 16× from n to 4n.
        func work(_ options: Int) -> Int {
            let model = GeneratedModel.model(options: options, actors: 2, criteria: 2, gapEvery: 5)
            let evaluations = model.actors.map { RankingEvaluator.evaluate(actor: $0.id, in: model) }
            var work = WorkTally()
            _ = ActorAgreement.analyse(evaluations, options: model.options.map(\.id), work: &work)
            return work.steps
        }
        let n = 2000, small = work(n), large = work(4 * n)
        let bound = 1.1 * 4 * log2(Double(4 * n)) / log2(Double(n))
        #expect(Double(large) <= bound * Double(small), "work grew from \(small) to \(large)")
    }

    @Test func generatedModelsAgreeWithComparingEveryPair() {
        // Three actors: the skyline filter, against the definition.
        let model = GeneratedModel.model(options: 300, actors: 3, criteria: 2, clones: 4, gapEvery: 9)
        let evaluations = model.actors.map { RankingEvaluator.evaluate(actor: $0.id, in: model) }
        let agreement = ActorAgreement.analyse(evaluations, options: model.options.map(\.id))
        let scores = agreement.zone.flatMap { option in evaluations.map { $0.result(for: option)?.score ?? 0 } }
        let expected = zip(agreement.zone, ParetoFrontTests.pairwise(scores, k: 3)).filter(\.1).map(\.0)
        #expect(agreement.paretoOptimal == expected)
        #expect(agreement.zone.count < 300 && !agreement.blocks.isEmpty)
    }
}

import Foundation
