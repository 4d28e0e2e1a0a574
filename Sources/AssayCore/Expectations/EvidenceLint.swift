/// Warnings about the evidence behind the report: judgements that rest on nothing, passages that support
/// no judgement, criteria that cannot tell options apart, and gaps in an actor's assessments.
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

        // A passage only options' descriptions cite supports no judgement.
        var firstCitation: [String: SourceLocation] = [:]
        for (_, citation) in model.allCitations {
            if let id = passages.passageIDs[citation.location], firstCitation[id] == nil { firstCitation[id] = citation.location }
        }
        for passage in passages.passages where !passage.citers.contains(where: \.isJudgement) {
            guard let location = firstCitation[passage.id] else { continue }
            warnings.append(.warning(at: location, "this passage supports no judgement: only option descriptions cite it",
                                     hint: "cite it from the assessment or criterion it bears on, or drop it"))
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

extension Citer {
    /// Assessments, criteria and the author's stated ranking are judgements; an option's description is not.
    var isJudgement: Bool {
        switch self {
        case .assessment, .criterion, .statedRanking: true
        case .option: false
        }
    }
}
