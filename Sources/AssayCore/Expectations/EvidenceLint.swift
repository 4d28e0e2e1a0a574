/// Warnings about the evidence behind the report: judgements that rest on nothing, criteria that cannot tell options
/// apart, and gaps in an actor's assessments. A passage only an option's description cites is evidence too: it says
/// what the option is.
public enum EvidenceLint {
    public static func check(_ model: ReportModel, passages: AnchoredPassages) -> [Diagnostic] {
        var warnings: [Diagnostic] = []
        let unsupported = "no passage of the article is cited"
        let unsupportedHint = "add 'cites:' with at least one quote, or 'inference: true' if this is your own reading"
        for assessment in model.assessments where assessment.citations.isEmpty && !assessment.isInference {
            warnings.append(.warning(at: assessment.location, unsupported, hint: unsupportedHint))
        }
        for criterion in model.criteria where criterion.citations.isEmpty && !criterion.isInference {
            warnings.append(.warning(at: criterion.location, unsupported, hint: unsupportedHint))
        }
        for option in model.options where option.citations.isEmpty && !option.isInference {
            warnings.append(.warning(at: option.location, unsupported, hint: unsupportedHint))
        }
        for ranking in model.statedRankings where ranking.citations.isEmpty {
            warnings.append(.warning(at: ranking.location, "the author's ranking cites no passage",
                                     hint: "quote the sentence in which the author states the ranking"))
        }

        for criterion in model.criteria where criterion.kind == .preference {
            let levels = model.assessments(ofCriterion: criterion.id).map(\.judgement)
            if levels.count >= 2, Set(levels).count == 1 {
                warnings.append(.warning(at: criterion.location, "every option is at the same level on this criterion: it cannot tell them apart",
                                         hint: "check the assessments; a criterion that does not discriminate adds nothing to the ranking"))
            }
        }

        for ranking in model.statedRankings {
            for criterion in model.criteria(of: ranking.actorID) {
                for option in model.options where model.assessment(option: option.id, criterion: criterion.id) == nil {
                    warnings.append(.warning(at: option.location, "'\(option.id)' is not assessed on '\(criterion.id)'",
                                             hint: "the author ranks options for '\(ranking.actorID)'; add assessments/\(option.id)--\(criterion.id).md"))
                }
            }
        }
        return warnings
    }
}
