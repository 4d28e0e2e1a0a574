/// Vetoes that rest on crossings judged with low confidence: where each vetoed option would stand if those
/// crossings did not hold. A veto is only as firm as the judgement that the option crosses the red line.
public enum UncertainCrossings {
    public struct Case: Sendable, Equatable {
        public var optionID: String
        /// The red lines it is judged, with low confidence, to cross.
        public var redLines: [String]
        /// Its verdict with those crossings reversed: a rank and score, still vetoed (by a firmer crossing), or not
        /// scored.
        public var verdict: Verdict
    }

    public static func analyse(actor actorID: String, in model: ReportModel, evaluation: ActorEvaluation) -> [Case] {
        evaluation.results.compactMap { result -> Case? in
            guard case .vetoed(let redLines) = result.verdict else { return nil }
            let doubtful = redLines.filter { model.assessment(option: result.optionID, criterion: $0)?.confidence == .low }
            guard !doubtful.isEmpty else { return nil }
            let assessments = model.assessments.map { assessment -> Assessment in
                guard assessment.optionID == result.optionID, doubtful.contains(assessment.criterionID) else { return assessment }
                var reversed = assessment
                reversed.judgement = .redLine(crosses: false)
                return reversed
            }
            let reversedModel = model.replacing(assessments: assessments)
            let verdict = RankingEvaluator.evaluate(actor: actorID, in: reversedModel).result(for: result.optionID)?.verdict ?? result.verdict
            return Case(optionID: result.optionID, redLines: doubtful, verdict: verdict)
        }
    }
}
