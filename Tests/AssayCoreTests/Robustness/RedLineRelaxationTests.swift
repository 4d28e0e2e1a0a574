import Testing
@testable import AssayCore

@Suite struct RedLineRelaxationTests {
    @Test func aBentRedLineLetsItsOptionsBackIn() throws {
        // Weights p 3, q 1; the red line r becomes a preference of weight 3 (the largest).
        // o1 (1, 1) crosses: (3 + 1 + 0)/7 = 4/7. o2 (1/2, 0) crosses: 1.5/7. o3 (0, 0) respects: 3/7.
        typealias M = RankingEvaluatorTests
        let model = M.model(assessments: M.full("o1", crosses: true, p: "good", q: "good") + M.full("o2", crosses: true, p: "mid", q: "bad")
                                + M.full("o3", p: "bad", q: "bad"), options: ["o1", "o2", "o3"])
        let relaxation = try #require(RedLineRelaxation.analyse(RankingEvaluator.evaluate(actor: "a", in: model), weights: ["p": 3, "q": 1]).first)
        #expect(relaxation.criterionID == "r")
        #expect(relaxation.weight == 3)
        #expect(relaxation.readmitted == ["o1", "o2"])
        #expect(relaxation.ranking.map(\.optionID) == ["o1", "o3", "o2"])
        #expect(relaxation.ranking.map(\.rank) == [1, 2, 3])
        #expect(abs(relaxation.ranking[0].score - 4.0 / 7.0) < 1e-12)
        #expect(abs(relaxation.ranking[2].score - 1.5 / 7.0) < 1e-12)
    }

    @Test func anOptionVetoedByAnotherRedLineStaysOut() throws {
        let here = SourceLocation.start(of: "t")
        let base = RankingEvaluatorTests.model(assessments: [], options: ["o1", "o2"])
        let second = Criterion(id: "s", actorID: "a", title: "S", rule: .redLine, annotation: Annotation(location: here))
        let judgements: [(String, String, Assessment.Judgement)] = [
            ("o1", "r", .redLine(crosses: true)), ("o1", "s", .redLine(crosses: true)), ("o1", "p", .level("good")), ("o1", "q", .level("good")),
            ("o2", "r", .redLine(crosses: true)), ("o2", "s", .redLine(crosses: false)), ("o2", "p", .level("bad")), ("o2", "q", .level("bad")),
        ]
        let model = ReportModel(article: base.article, entities: .init(actors: base.actors, criteria: base.criteria + [second],
                options: base.options, assessments: judgements.map {
                                    Assessment(id: "\($0.0)--\($0.1)", optionID: OptionID($0.0), criterionID: CriterionID($0.1), judgement: $0.2, confidence: .high,
                                            annotation: Annotation(body: "r", location: here))
                                }))
        let relaxations = RedLineRelaxation.analyse(RankingEvaluator.evaluate(actor: "a", in: model), weights: ["p": 3, "q": 1])
        let r = try #require(relaxations.first { $0.criterionID == "r" })
        let s = try #require(relaxations.first { $0.criterionID == "s" })
        // Bending r lets in o2 only (o1 also crosses s); bending s lets in nothing (both also cross r).
        #expect(r.readmitted == ["o2"])
        #expect(r.ranking.map(\.optionID) == ["o2"])
        #expect(s.readmitted == [])
        #expect(s.ranking.isEmpty)
    }
}
