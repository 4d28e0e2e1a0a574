/// A reader's own weighing of one actor's criteria: other weights for its preferences, and red lines bent into
/// preferences (design note: "red lines that bend"). The report's what-if panel computes the same in the
/// browser; this is the reference it is tested against.
public struct WhatIfScenario: Sendable, Equatable, Codable {
    public var actorID: ActorID
    /// New weights by preference id; a preference not named keeps the analyst's weight.
    public var weights: [CriterionID: Double]
    /// Red lines that no longer veto: each becomes a preference whose weight is the largest of the actor's
    /// preference weights (as given here; 1 without any), scoring 0 where an option crosses it and 1 where not.
    public var bentRedLines: [CriterionID]

    public init(actorID: ActorID, weights: [CriterionID: Double] = [:], bentRedLines: [CriterionID] = []) {
        self.actorID = actorID
        self.weights = weights
        self.bentRedLines = bentRedLines
    }

    /// The level ids a bent red line's judgements become.
    public static let crossesLevel: LevelID = "crosses", respectsLevel: LevelID = "respects"

    /// The actor's ranking under this scenario.
    public func evaluate(in model: ReportModel) throws(Diagnostic.Problem) -> ActorEvaluation {
        RankingEvaluator.evaluate(actor: actorID, in: try applied(to: model))
    }

    /// `model` with this actor's weights replaced and its bent red lines turned into preferences.
    public func applied(to model: ReportModel) throws(Diagnostic.Problem) -> ReportModel {
        guard model.actor(actorID) != nil else {
            throw Diagnostic.Problem("unknown actor '\(actorID)'", hint: "actors: " + model.actors.map(\.id).joined(separator: ", "))
        }
        let own = model.criteria(of: actorID)
        let preferences = own.filter { $0.kind == .preference }, redLines = own.filter { $0.kind == .redLine }
        for (id, weight) in weights.sorted(by: { $0.key < $1.key }) {
            guard preferences.contains(where: { $0.id == id }) else {
                throw Diagnostic.Problem("'\(id)' is not a preference of '\(actorID)'",
                              hint: "preferences: " + preferences.map(\.id).joined(separator: ", "))
            }
            guard weight.isFinite, weight >= 0 else {
                throw Diagnostic.Problem("the weight of '\(id)' must be a number of 0 or more", hint: "write e.g. '\(id)=0.5'")
            }
        }
        for id in bentRedLines where !redLines.contains(where: { $0.id == id }) {
            throw Diagnostic.Problem("'\(id)' is not a red line of '\(actorID)'", hint: "red lines: " + redLines.map(\.id).joined(separator: ", "))
        }
        let newWeights = preferences.map { weights[$0.id] ?? $0.weight ?? 0 }
        if !preferences.isEmpty && newWeights.reduce(0, +) <= 0 {
            throw Diagnostic.Problem("every preference weight of '\(actorID)' is 0", hint: "give at least one preference a weight above 0")
        }
        let bent = Set(bentRedLines)
        let strongest = newWeights.max() ?? 1
        let criteria = model.criteria.map { criterion -> Criterion in
            guard criterion.actorID == actorID else { return criterion }
            var changed = criterion
            if criterion.kind == .preference, let weight = weights[criterion.id] {
                changed.weight = weight
            } else if bent.contains(criterion.id) {
                changed.kind = .preference
                changed.weight = strongest
                changed.scale = [Criterion.Level(id: Self.crossesLevel, label: "crosses", value: 0, location: criterion.location),
                                 Criterion.Level(id: Self.respectsLevel, label: "respects", value: 1, location: criterion.location)]
            }
            return changed
        }
        let assessments = bent.isEmpty ? model.assessments : model.assessments.map { assessment -> Assessment in
            guard bent.contains(assessment.criterionID), case .redLine(let crosses) = assessment.judgement else { return assessment }
            var changed = assessment
            changed.judgement = .level(crosses ? Self.crossesLevel : Self.respectsLevel)
            return changed
        }
        return model.replacing(criteria: criteria, assessments: assessments)
    }
}
