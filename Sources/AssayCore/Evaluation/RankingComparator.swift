/// Sets an actor's computed ranking against the author's and lists the tensions (design note, point 4).
public enum RankingComparator {
    public static func compare(_ stated: StatedRanking, with evaluation: ActorEvaluation, in model: ReportModel) -> RankingComparison {
        let name = { (id: OptionID) in model.option(id)?.title ?? id.rawValue }
        let criterionName = { (id: CriterionID) in model.criterion(id)?.title ?? id.rawValue }
        var tensions: [Tension] = []
        var scores: [OptionID: Double] = [:]
        var common: [OptionID] = []
        // Where the author places each option: its group's number, or nil for an option only pairs mention.
        let place = Dictionary(stated.groups.enumerated().flatMap { index, group in group.map { ($0, index) } }, uniquingKeysWith: { first, _ in first })
        for optionID in stated.mentioned {
            guard let result = evaluation.result(for: optionID) else { continue }
            let ranks = place[optionID].map { "ranks “\(name(optionID))” \(ordinal($0 + 1))" } ?? "ranks “\(name(optionID))” against another option"
            switch result.verdict {
            case .ranked(_, let score):
                common.append(optionID)
                scores[optionID] = score ?? 0
            case .vetoed(let redLines):
                let lines = redLines.map { "“\(criterionName($0))”" }.joined(separator: " and ")
                tensions.append(Tension(
                    kind: .rankedButVetoed, optionIDs: [optionID], criterionIDs: redLines,
                    summary: "The author \(ranks) among acceptable options, yet it crosses the red line \(lines)."))
            case .incomplete(_, _, let missing):
                tensions.append(Tension(
                    kind: .rankedButUnscored, optionIDs: [optionID], criterionIDs: missing,
                    summary: "The author \(ranks), but it cannot be scored: it is not assessed on \(missing.map { "“\(criterionName($0))”" }.joined(separator: ", "))."))
            }
        }
        for optionID in stated.unacceptable {
            guard let result = evaluation.result(for: optionID), result.verdict.isRanked else { continue }
            tensions.append(Tension(
                kind: .unacceptableButPasses, optionIDs: [optionID], criterionIDs: evaluation.redLineIDs,
                summary: "The author calls “\(name(optionID))” unacceptable, yet it crosses none of the actor's red lines."))
        }
        let kendall = KendallTau.compare(options: common, relation: stated.relation, scores: scores)
        for pair in kendall.discordant {
            tensions.append(Tension(
                kind: .discordantPair, optionIDs: [pair.statedHigher, pair.statedLower], criterionIDs: [],
                summary: "The author puts “\(name(pair.statedHigher))” above “\(name(pair.statedLower))”, but the assessments score it lower."))
        }
        let pairs = RankingComparison.PairCounts(concordant: kendall.concordant.count, discordant: kendall.discordant, tied: kendall.tied,
                                                 statedTies: kendall.statedTies, unordered: kendall.unordered)
        return RankingComparison(commonOptions: common, kendallTau: kendall.tau, pairs: pairs, tensions: tensions)
    }

    static func ordinal(_ number: Int) -> String {
        switch number {
        case 1: "first"
        case 2: "second"
        case 3: "third"
        case 4: "fourth"
        case 5: "fifth"
        default: "\(number)th"
        }
    }
}
