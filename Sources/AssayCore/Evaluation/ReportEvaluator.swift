/// Evaluates the whole model: one `ActorEvaluation` for every actor that has criteria, how firm each
/// ranking is, and what the actors could agree on.
public enum ReportEvaluator {
    /// - Parameters:
    ///   - draws: random draws for rank acceptability; 0 leaves it out.
    ///   - seed: the seed of those draws: the same seed gives the same shares.
    public static func evaluate(_ model: ReportModel, draws: Int = RankAcceptability.defaultDraws,
                                seed: UInt64 = RankAcceptability.defaultSeed) -> ReportEvaluation {
        let actors = model.actors.filter { !model.criteria(of: $0.id).isEmpty }
        let evaluations = actors.map { RankingEvaluator.evaluate(actor: $0.id, in: model) }
        let robustness = evaluations.map { evaluation in
            let weights = Dictionary(model.criteria(of: evaluation.actorID).map { ($0.id, $0.weight ?? 0) }, uniquingKeysWith: { a, _ in a })
            return ActorRobustness(actorID: evaluation.actorID,
                            stability: WeightStability.analyse(evaluation, weights: weights),
                            relaxations: RedLineRelaxation.analyse(evaluation, weights: weights),
                            acceptability: RankAcceptability.analyse(evaluation, in: model, draws: draws, seed: seed))
        }
        return ReportEvaluation(actors: evaluations, robustness: robustness,
                                agreement: ActorAgreement.analyse(evaluations, options: model.options.map(\.id)))
    }
}

/// The evaluation of a report: pure data, deterministic for a given model and seed.
public struct ReportEvaluation: Sendable, Codable {
    public var actors: [ActorEvaluation]
    /// One per evaluated actor, in the same order.
    public var robustness: [ActorRobustness]
    public var agreement: ActorAgreement

    public init(actors: [ActorEvaluation], robustness: [ActorRobustness] = [],
                agreement: ActorAgreement = ActorAgreement()) {
        self.actors = actors
        self.robustness = robustness
        self.agreement = agreement
    }

    public func actor(_ id: String) -> ActorEvaluation? { actors.first { $0.actorID == id } }
    public func robustness(of actorID: String) -> ActorRobustness? { robustness.first { $0.actorID == actorID } }
}

/// How firm one actor's ranking is.
public struct ActorRobustness: Sendable, Codable {
    public var actorID: String
    public var stability: [WeightStability]
    public var relaxations: [RedLineRelaxation]
    public var acceptability: RankAcceptability
}
