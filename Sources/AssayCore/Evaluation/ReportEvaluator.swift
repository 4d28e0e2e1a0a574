/// Evaluates the whole model: one `ActorEvaluation` for every actor that has criteria.
public enum ReportEvaluator {
    public static func evaluate(_ model: ReportModel) -> ReportEvaluation {
        let actors = model.actors.filter { !model.criteria(of: $0.id).isEmpty }
        return ReportEvaluation(actors: actors.map { RankingEvaluator.evaluate(actor: $0.id, in: model) })
    }
}

/// The evaluation of a report: pure data, deterministic for a given model.
public struct ReportEvaluation: Sendable, Codable {
    public var actors: [ActorEvaluation]

    public init(actors: [ActorEvaluation]) { self.actors = actors }

    public func actor(_ id: String) -> ActorEvaluation? { actors.first { $0.actorID == id } }
}
