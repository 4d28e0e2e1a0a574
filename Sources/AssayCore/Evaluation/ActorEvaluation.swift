/// The evaluation of every option from one actor's point of view.
public struct ActorEvaluation: Sendable, Codable, Equatable {
    public var actorID: ActorID
    public var redLineIDs: [CriterionID]
    public var preferenceIDs: [CriterionID]
    public var totalWeight: Double
    /// Every option: ranked ones by rank then id, then incomplete ones, then vetoed ones, each by id.
    public let results: [OptionResult]
    public var comparison: RankingComparison?
    /// Options ranked (acceptable and scored), in rank order.
    public let ranked: [OptionResult]
    // Pages look results up option by option: by index, so large reports stay linear.
    private let indexByOption: [OptionID: Int]

    private enum CodingKeys: String, CodingKey {
        case actorID, redLineIDs, preferenceIDs, totalWeight, results, comparison
    }

    public init(actorID: ActorID, redLineIDs: [CriterionID], preferenceIDs: [CriterionID], totalWeight: Double,
                results: [OptionResult], comparison: RankingComparison?) {
        self.actorID = actorID
        self.redLineIDs = redLineIDs
        self.preferenceIDs = preferenceIDs
        self.totalWeight = totalWeight
        self.results = results
        self.comparison = comparison
        self.ranked = results.filter { $0.verdict.isRanked }
        self.indexByOption = Dictionary(results.enumerated().map { ($1.optionID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actorID: try container.decode(ActorID.self, forKey: .actorID),
                  redLineIDs: try container.decode([CriterionID].self, forKey: .redLineIDs),
                  preferenceIDs: try container.decode([CriterionID].self, forKey: .preferenceIDs),
                  totalWeight: try container.decode(Double.self, forKey: .totalWeight),
                  results: try container.decode([OptionResult].self, forKey: .results),
                  comparison: try container.decodeIfPresent(RankingComparison.self, forKey: .comparison))
    }

    public func result(for optionID: OptionID) -> OptionResult? { indexByOption[optionID].map { results[$0] } }
}

/// How one option fares with one actor.
public struct OptionResult: Sendable, Codable, Equatable {
    public var optionID: OptionID
    public var verdict: Verdict
    /// One per preference the option is assessed on, in criterion id order.
    public var contributions: [Contribution]
    /// One per red line, `crosses == nil` where there is no assessment.
    public var redLineChecks: [RedLineCheck]
    /// Criteria of the actor this option has no assessment for.
    public var gaps: [CriterionID]

    public init(optionID: OptionID, verdict: Verdict, contributions: [Contribution], redLineChecks: [RedLineCheck], gaps: [CriterionID]) {
        self.optionID = optionID
        self.verdict = verdict
        self.contributions = contributions
        self.redLineChecks = redLineChecks
        self.gaps = gaps
    }

    public var score: Double? {
        if case .ranked(_, let score) = verdict { return score }
        return nil
    }

    public var rank: Int? {
        if case .ranked(let rank, _) = verdict { return rank }
        return nil
    }
}

/// The outcome for one option and one actor.
public enum Verdict: Sendable, Codable, Equatable {
    /// Crosses no red line and is assessed on everything; `score` is `nil` only when the actor has no preferences.
    case ranked(rank: Int, score: Double?)
    /// Crosses these red lines (criterion ids).
    case vetoed(redLines: [CriterionID])
    /// Cannot be scored: assessments are missing. The score would lie in `minScore...maxScore`.
    case incomplete(minScore: Double?, maxScore: Double?, missing: [CriterionID])

    public var isRanked: Bool {
        if case .ranked = self { return true }
        return false
    }

    public var isVetoed: Bool {
        if case .vetoed = self { return true }
        return false
    }
}

/// One preference's share of an option's score: `weight · value / total weight`.
public struct Contribution: Sendable, Codable, Equatable {
    public var criterionID: CriterionID
    public var assessmentID: AssessmentID
    public var levelID: LevelID
    public var value: Double
    public var weight: Double
    /// The weight as a share of the actor's total preference weight.
    public var normalizedWeight: Double
    public var contribution: Double

    /// The assessment's level on the preference, weighted by `weight` out of the actor's `totalWeight`.
    public init(assessment: Assessment, level: Criterion.Level, weight: Double, totalWeight: Double) {
        self.criterionID = assessment.criterionID
        self.assessmentID = assessment.id
        self.levelID = level.id
        self.value = level.value
        self.weight = weight
        self.normalizedWeight = weight / totalWeight
        self.contribution = weight * level.value / totalWeight
    }
}

/// Whether an option crosses one red line, and which assessment says so.
public struct RedLineCheck: Sendable, Codable, Equatable {
    public var criterionID: CriterionID
    public var assessmentID: AssessmentID?
    /// `nil` when the option is not assessed on this red line.
    public var crosses: Bool?

    public init(criterionID: CriterionID, assessmentID: AssessmentID?, crosses: Bool?) {
        self.criterionID = criterionID
        self.assessmentID = assessmentID
        self.crosses = crosses
    }
}
