import AssayCore

/// An actor's ranking under a reader's scenario, with every number also written as the report prints it:
/// what `assay evaluate` prints, and what the what-if panel must show for the same scenario.
public struct WhatIfOutcome: Encodable, Sendable {
    public struct Ranked: Encodable, Sendable {
        public var option: OptionID
        public var rank: Int
        public var score: Double?
        public var scoreText: String?
        /// Each preference's share of the score, as printed, by criterion id.
        public var contributions: [CriterionID: String]
    }

    public struct Incomplete: Encodable, Sendable {
        public var option: OptionID
        public var rangeText: String
        public var missing: [CriterionID]
    }

    public struct Vetoed: Encodable, Sendable {
        public var option: OptionID
        public var redLines: [CriterionID]
    }

    public var actor: ActorID
    /// The weight of every preference the ranking used, bent red lines included, by criterion id.
    public var weights: [CriterionID: Double]
    public var bent: [CriterionID]
    public var ranked: [Ranked]
    public var incomplete: [Incomplete]
    public var vetoed: [Vetoed]

    public init(_ scenario: WhatIfScenario, in model: ReportModel) throws(Diagnostic.Problem) {
        let applied = try scenario.applied(to: model)
        let evaluation = RankingEvaluator.evaluate(actor: scenario.actorID, in: applied)
        actor = scenario.actorID
        weights = Dictionary(uniqueKeysWithValues: evaluation.preferenceIDs.map { ($0, applied.criterion($0)?.weight ?? 0) })
        bent = scenario.bentRedLines.sorted()
        ranked = evaluation.ranked.map { result in
            Ranked(option: result.optionID, rank: result.rank ?? 0, score: result.score, scoreText: result.score.map { Formatting.decimal($0) },
                   contributions: Dictionary(uniqueKeysWithValues: result.contributions.map { ($0.criterionID, Formatting.decimal($0.contribution)) }))
        }
        incomplete = evaluation.results.compactMap { result in
            guard case .incomplete(let low, let high, let missing) = result.verdict else { return nil }
            return Incomplete(option: result.optionID, rangeText: Formatting.scoreRange(low, high), missing: missing)
        }
        vetoed = evaluation.results.compactMap { result in
            guard case .vetoed(let redLines) = result.verdict else { return nil }
            return Vetoed(option: result.optionID, redLines: redLines)
        }
    }

    /// One line per option: rank, id and score; then the options that cannot be scored and the vetoed ones.
    public var text: String {
        var lines = ["\(actor)" + (bent.isEmpty ? "" : " (bent: \(bent.joined(separator: ", ")))") + ": "
                     + weights.sorted { $0.key < $1.key }.map { "\($0.key)=\(Formatting.weight($0.value))" }.joined(separator: " ")]
        lines += ranked.map { "  \($0.rank). \($0.option)" + ($0.scoreText.map { " \($0)" } ?? "") }
        lines += incomplete.map { "  -  \($0.option): not scored, \($0.rangeText); missing \($0.missing.joined(separator: ", "))" }
        lines += vetoed.map { "  x  \($0.option): vetoed by \($0.redLines.joined(separator: ", "))" }
        return lines.joined(separator: "\n")
    }
}
