/// Scores and ranks every option from one actor's point of view (design note, points 1–3).
public enum RankingEvaluator {
    public static func evaluate(actor actorID: ActorID, in model: ReportModel) -> ActorEvaluation {
        let criteria = model.criteria(of: actorID)
        let redLines = criteria.filter { $0.kind == .redLine }
        let preferences = criteria.filter { $0.kind == .preference }
        let totalWeight = preferences.reduce(0) { $0 + ($1.weight ?? 0) }

        var unranked: [OptionResult] = []
        var scored: [(id: OptionID, score: Double?, contributions: [Contribution], checks: [RedLineCheck])] = []
        for option in model.options {
            let checks = redLines.map { line -> RedLineCheck in
                let assessment = model.assessment(option: option.id, criterion: line.id)
                guard case .redLine(let crosses)? = assessment?.judgement else {
                    return RedLineCheck(criterionID: line.id, assessmentID: nil, crosses: nil)
                }
                return RedLineCheck(criterionID: line.id, assessmentID: assessment?.id, crosses: crosses)
            }
            var contributions: [Contribution] = []
            var missingPreferences: [Criterion] = []
            for preference in preferences {
                guard let assessment = model.assessment(option: option.id, criterion: preference.id),
                      case .level(let levelID) = assessment.judgement, let level = preference.level(levelID) else {
                    missingPreferences.append(preference)
                    continue
                }
                let weight = preference.weight ?? 0
                contributions.append(Contribution(assessment: assessment, level: level, weight: weight, totalWeight: totalWeight))
            }
            let gaps = (checks.filter { $0.crosses == nil }.map(\.criterionID) + missingPreferences.map(\.id)).sorted()
            let crossed = checks.filter { $0.crosses == true }.map(\.criterionID)
            if !crossed.isEmpty {
                unranked.append(OptionResult(optionID: option.id, verdict: .vetoed(redLines: crossed),
                                             contributions: contributions, redLineChecks: checks, gaps: gaps))
            } else if !gaps.isEmpty {
                // Never count a gap as zero: give the range the missing levels allow.
                let known = contributions.reduce(0) { $0 + $1.contribution }
                let bounds = scoreBounds(known: known, missing: missingPreferences, hasPreferences: !preferences.isEmpty,
                                         totalWeight: totalWeight)
                unranked.append(OptionResult(optionID: option.id,
                                             verdict: .incomplete(minScore: bounds.min, maxScore: bounds.max, missing: gaps),
                                             contributions: contributions, redLineChecks: checks, gaps: gaps))
            } else {
                let score: Double? = preferences.isEmpty ? nil : contributions.reduce(0) { $0 + $1.contribution }
                scored.append((option.id, score, contributions, checks))
            }
        }

        let byID = Dictionary(scored.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let ranked = CompetitionRanking.rank(scored.map { ($0.id, $0.score ?? 0) }).map { place -> OptionResult in
            let entry = byID[place.id]!
            return OptionResult(optionID: entry.id, verdict: .ranked(rank: place.rank, score: entry.score),
                                contributions: entry.contributions, redLineChecks: entry.checks, gaps: [])
        }
        let incomplete = unranked.filter { !$0.verdict.isVetoed }
        let vetoed = unranked.filter { $0.verdict.isVetoed }
        var evaluation = ActorEvaluation(
            actorID: actorID, redLineIDs: redLines.map(\.id), preferenceIDs: preferences.map(\.id), totalWeight: totalWeight,
            results: ranked + incomplete + vetoed, comparison: nil)
        if let stated = model.statedRanking(of: actorID) {
            evaluation.comparison = RankingComparator.compare(stated, with: evaluation, in: model)
        }
        return evaluation
    }

    /// The range an incomplete option's score could take: what is known, plus the missing preferences' shares at their
    /// worst and at their best levels; nil bounds when the actor has no preferences.
    static func scoreBounds(known: Double, missing: [Criterion], hasPreferences: Bool,
                            totalWeight: Double) -> (min: Double?, max: Double?) {
        guard hasPreferences else { return (nil, nil) }
        let missingShare = missing.reduce(0) { $0 + ($1.weight ?? 0) } / (totalWeight > 0 ? totalWeight : 1)
        return (known + missingShare * meanExtremeValue(missing, floor: true), known + missingShare * meanExtremeValue(missing, floor: false))
    }

    /// The sum over missing preferences of weight-shares at their worst (or best) level, per unit of missing share.
    private static func meanExtremeValue(_ missing: [Criterion], floor: Bool) -> Double {
        let total = missing.reduce(0) { $0 + ($1.weight ?? 0) }
        guard total > 0 else { return 0 }
        return missing.reduce(0) { sum, criterion in
            let bounds = criterion.valueBounds
            let value = floor ? bounds.min : bounds.max
            return sum + (criterion.weight ?? 0) / total * value
        }
    }
}
