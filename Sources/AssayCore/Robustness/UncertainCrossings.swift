/// Vetoes that rest on crossings judged with low confidence: where each vetoed option would stand if those
/// crossings did not hold. A veto is only as firm as the judgement that the option crosses the red line.
public enum UncertainCrossings {
    public struct Case: Sendable, Equatable {
        public var optionID: OptionID
        /// The red lines it is judged, with low confidence, to cross.
        public var redLines: [CriterionID]
        /// Its verdict with those crossings reversed: a rank and score, still vetoed (by a firmer crossing), or not
        /// scored.
        public var verdict: Verdict
    }

    /// Reads the verdict off what the evaluation already holds, without ranking again: reversing one option's crossings
    /// changes no other option's score, so its rank is one more than the number of ranked options scoring above it.
    /// Linear in the options (a binary search per vetoed option over the ranked scores).
    public static func analyse(actor actorID: ActorID, in model: ReportModel, evaluation: ActorEvaluation) -> [Case] {
        // Ranked options come in rank order, so their scores are sorted from the highest down.
        let rankedScores = evaluation.ranked.map { $0.score ?? 0 }
        let missingPreferences = { (gaps: [CriterionID]) in gaps.compactMap(model.criterion).filter { $0.kind == .preference } }
        let preferences = evaluation.preferenceIDs.compactMap(model.criterion)
        return evaluation.results.compactMap { result -> Case? in
            guard case .vetoed(let redLines) = result.verdict else { return nil }
            let doubtful = redLines.filter { model.assessment(option: result.optionID, criterion: $0)?.confidence == .low }
            guard !doubtful.isEmpty else { return nil }
            let firm = redLines.filter { !doubtful.contains($0) }
            let verdict: Verdict
            if !firm.isEmpty {
                verdict = .vetoed(redLines: firm)
            } else if !result.gaps.isEmpty {
                let known = result.contributions.reduce(0) { $0 + $1.contribution }
                let bounds = RankingEvaluator.scoreBounds(known: known, missing: missingPreferences(result.gaps),
                                                          hasPreferences: !preferences.isEmpty, totalWeight: evaluation.totalWeight)
                verdict = .incomplete(minScore: bounds.min, maxScore: bounds.max, missing: result.gaps)
            } else {
                let score: Double? = preferences.isEmpty ? nil : result.contributions.reduce(0) { $0 + $1.contribution }
                verdict = .ranked(rank: 1 + countAbove(score ?? 0, in: rankedScores), score: score)
            }
            return Case(optionID: result.optionID, redLines: doubtful, verdict: verdict)
        }
    }

    /// How many of `scores` (sorted from the highest down) are higher than `score` beyond the ranking's tolerance.
    static func countAbove(_ score: Double, in scores: [Double]) -> Int {
        var low = 0, high = scores.count
        while low < high {
            let middle = (low + high) / 2
            if scores[middle] - score > CompetitionRanking.tolerance { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
