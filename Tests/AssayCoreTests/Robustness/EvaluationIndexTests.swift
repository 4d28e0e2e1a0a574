import Testing
@testable import AssayCore

/// The lookups pages use instead of scanning every option: the same answers as a scan, and rebuilt when
/// decoded.
@Suite struct EvaluationIndexTests {
    static let model = GeneratedModel.model(options: 30, actors: 2, criteria: 3, clones: 2, gapEvery: 7)

    @Test func lookupsAnswerAsAScanWould() throws {
        let evaluation = ReportEvaluator.evaluate(Self.model, draws: 200)
        for actor in evaluation.actors {
            #expect(evaluation.actor(actor.actorID)?.actorID == actor.actorID)
            let robustness = try #require(evaluation.robustness(of: actor.actorID))
            for option in Self.model.options.map(\.id) {
                #expect(robustness.acceptability.entry(for: option) == robustness.acceptability.options.first { $0.optionID == option })
                for stability in robustness.stability {
                    #expect(stability.swaps(involving: option) == stability.adjacentSwaps.filter { $0.higher == option || $0.lower == option })
                }
            }
            for stability in robustness.stability { #expect(robustness.stability(of: stability.criterionID) == stability) }
        }
        let agreement = evaluation.agreement
        for option in Self.model.options.map(\.id) {
            #expect(agreement.isInZone(option) == agreement.zone.contains(option))
            #expect(agreement.isParetoOptimal(option) == agreement.paretoOptimal.contains(option))
            #expect(agreement.blocks(of: option) == agreement.blocks.filter { $0.optionID == option })
        }
        #expect(evaluation.actor("nobody") == nil && evaluation.robustness(of: "nobody") == nil)
    }

    @Test func relaxationLookups() throws {
        typealias M = RankingEvaluatorTests
        let model = M.model(assessments: M.full("o1", crosses: true, p: "good", q: "good") + M.full("o2", crosses: true, p: "mid", q: "bad")
                                + M.full("o3", p: "bad", q: "bad"), options: ["o1", "o2", "o3"])
        let robustness = try #require(ReportEvaluator.evaluate(model, draws: 0).robustness(of: "a"))
        let relaxation = try #require(robustness.relaxation(of: "r"))
        #expect(robustness.relaxation(of: "p") == nil)
        #expect(robustness.stability(of: "p")?.criterionID == "p")
        #expect(Set(relaxation.readmitted) == ["o1", "o2"])
        #expect(relaxation.place(of: "o3")?.rank == 2)
        #expect(relaxation.place(of: "o9") == nil)
        #expect(robustness.relaxations(readmitting: "o2").map(\.criterionID) == ["r"])
        #expect(robustness.relaxations(readmitting: "o3").isEmpty)
    }

    @Test func decodingRebuildsTheIndexesAndEncodingLeavesThemOut() throws {
        let evaluation = ReportEvaluator.evaluate(Self.model, draws: 100)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let data = try encoder.encode(evaluation)
        let decoded = try JSONDecoder().decode(ReportEvaluation.self, from: data)
        #expect(try encoder.encode(decoded) == data)
        let blocked = try #require(evaluation.agreement.blocks.first?.optionID)
        #expect(decoded.agreement.blocks(of: blocked) == evaluation.agreement.blocks(of: blocked))
        #expect(decoded.robustness(of: "a0")?.acceptability.entry(for: "o00001") == evaluation.robustness(of: "a0")?.acceptability.entry(for: "o00001"))
        let keys = try #require(try JSONSerialization.jsonObject(with: encoder.encode(evaluation.agreement)) as? [String: Any]).keys
        #expect(Set(keys) == ["zone", "paretoOptimal", "blocks"])
    }
}

import Foundation
