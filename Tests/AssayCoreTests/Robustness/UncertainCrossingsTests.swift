import Testing
@testable import AssayCore

/// A veto judged with low confidence, reversed: where the option would stand (actor `a`: red line `r`, preferences
/// p weight 3 and q weight 1, levels 0 / 0.5 / 1).
@Suite struct UncertainCrossingsTests {
    typealias M = RankingEvaluatorTests

    static func model(confidence: Assessment.Confidence) -> ReportModel {
        let here = SourceLocation.start(of: "t")
        let base = M.model(assessments: M.full("o1", p: "mid", q: "mid") + M.full("o2", crosses: true, p: "good", q: "good"), options: ["o1", "o2"])
        return ReportModel(article: base.article, entities: .init(actors: base.actors, criteria: base.criteria,
                options: base.options, assessments: base.assessments.map { assessment in
                               var changed = assessment
                               if assessment.criterionID == "r" && assessment.optionID == "o2" { changed.confidence = confidence }
                               return changed
                           }), site: base.site)
    }

    @Test func aLowConfidenceCrossingSaysWhereTheOptionWouldStand() throws {
        let model = Self.model(confidence: .low)
        let evaluation = RankingEvaluator.evaluate(actor: "a", in: model)
        let cases = UncertainCrossings.analyse(actor: "a", in: model, evaluation: evaluation)
        // o2 without the crossing: (3·1 + 1·1)/4 = 1, ahead of o1 at 0.5.
        #expect(cases == [.init(optionID: "o2", redLines: ["r"], verdict: .ranked(rank: 1, score: 1))])
        _ = try #require(cases.first)
    }

    @Test func aFirmCrossingIsNotInQuestion() {
        let model = Self.model(confidence: .medium)
        #expect(UncertainCrossings.analyse(actor: "a", in: model, evaluation: RankingEvaluator.evaluate(actor: "a", in: model)).isEmpty)
    }
}
