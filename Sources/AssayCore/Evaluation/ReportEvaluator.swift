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
                            acceptability: RankAcceptability.analyse(evaluation, in: model, draws: draws, seed: seed),
                            uncertainVetoes: UncertainCrossings.analyse(actor: evaluation.actorID, in: model, evaluation: evaluation))
        }
        return ReportEvaluation(actors: evaluations, robustness: robustness,
                                agreement: ActorAgreement.analyse(evaluations, options: model.options.map(\.id)))
    }
}

/// The evaluation of a report: pure data, deterministic for a given model and seed.
public struct ReportEvaluation: Sendable, Codable, Equatable {
    public let actors: [ActorEvaluation]
    /// One per evaluated actor, in the same order.
    public let robustness: [ActorRobustness]
    public var agreement: ActorAgreement
    // Every page looks actors up by id: by index, so the lookups do not grow with the number of actors.
    private let actorIndex: [ActorID: Int]
    private let robustnessIndex: [ActorID: Int]

    private enum CodingKeys: String, CodingKey {
        case actors, robustness, agreement
    }

    public init(actors: [ActorEvaluation], robustness: [ActorRobustness] = [],
                agreement: ActorAgreement = ActorAgreement()) {
        self.actors = actors
        self.robustness = robustness
        self.agreement = agreement
        self.actorIndex = Dictionary(actors.enumerated().map { ($1.actorID, $0) }, uniquingKeysWith: { first, _ in first })
        self.robustnessIndex = Dictionary(robustness.enumerated().map { ($1.actorID, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actors: try container.decode([ActorEvaluation].self, forKey: .actors),
                  robustness: try container.decode([ActorRobustness].self, forKey: .robustness),
                  agreement: try container.decode(ActorAgreement.self, forKey: .agreement))
    }

    public func actor(_ id: ActorID) -> ActorEvaluation? { actorIndex[id].map { actors[$0] } }
    public func robustness(of actorID: ActorID) -> ActorRobustness? { robustnessIndex[actorID].map { robustness[$0] } }
}

/// How firm one actor's ranking is.
///
/// Criterion and option pages look up one criterion or one option at a time: `stability(of:)`,
/// `relaxation(of:)` and `relaxations(readmitting:)` use indexes built once at construction.
public struct ActorRobustness: Sendable, Codable, Equatable {
    public var actorID: ActorID
    /// One per preference of the actor, in criterion order.
    public let stability: [WeightStability]
    /// One per red line of the actor, in criterion order.
    public let relaxations: [RedLineRelaxation]
    public var acceptability: RankAcceptability
    /// Vetoes resting on crossings judged with low confidence, and where each option would stand without them. Not
    /// part of report.json's robustness: the pages and the revisions read it from here.
    public let uncertainVetoes: [UncertainCrossings.Case]
    private let stabilityByCriterion: [CriterionID: Int]
    private let relaxationByCriterion: [CriterionID: Int]
    private let relaxationsByReadmitted: [OptionID: [Int]]

    private enum CodingKeys: String, CodingKey {
        case actorID, stability, relaxations, acceptability
    }

    public init(actorID: ActorID, stability: [WeightStability], relaxations: [RedLineRelaxation], acceptability: RankAcceptability,
                uncertainVetoes: [UncertainCrossings.Case] = []) {
        self.actorID = actorID
        self.uncertainVetoes = uncertainVetoes
        self.stability = stability
        self.relaxations = relaxations
        self.acceptability = acceptability
        self.stabilityByCriterion = Dictionary(stability.enumerated().map { ($1.criterionID, $0) }, uniquingKeysWith: { first, _ in first })
        self.relaxationByCriterion = Dictionary(relaxations.enumerated().map { ($1.criterionID, $0) }, uniquingKeysWith: { first, _ in first })
        var readmitting: [OptionID: [Int]] = [:]
        for (position, relaxation) in relaxations.enumerated() {
            for option in relaxation.readmitted { readmitting[option, default: []].append(position) }
        }
        self.relaxationsByReadmitted = readmitting
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(actorID: try container.decode(ActorID.self, forKey: .actorID),
                  stability: try container.decode([WeightStability].self, forKey: .stability),
                  relaxations: try container.decode([RedLineRelaxation].self, forKey: .relaxations),
                  acceptability: try container.decode(RankAcceptability.self, forKey: .acceptability))
    }

    /// The stability interval of one preference; `nil` for a red line or another actor's criterion.
    public func stability(of criterionID: CriterionID) -> WeightStability? { stabilityByCriterion[criterionID].map { stability[$0] } }

    /// What bending one red line would change; `nil` for a preference or another actor's criterion.
    public func relaxation(of criterionID: CriterionID) -> RedLineRelaxation? { relaxationByCriterion[criterionID].map { relaxations[$0] } }

    /// The red lines that alone keep the option out, so that bending any one of them lets it back in; in criterion order.
    public func relaxations(readmitting optionID: OptionID) -> [RedLineRelaxation] {
        (relaxationsByReadmitted[optionID] ?? []).map { relaxations[$0] }
    }
}
