import AssayCore

/// The analysed report as every page sees it — what rendering reads, and all it reads — with the phrases pages
/// share to describe it.
public struct ReportContext: Sendable {
    public let model: ReportModel
    public let passages: AnchoredPassages
    public let evaluation: ReportEvaluation
    /// The HTML of every Markdown body, rendered once.
    public let bodies: MarkdownBodies

    public init(model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation, bodies: MarkdownBodies) {
        self.model = model
        self.passages = passages
        self.evaluation = evaluation
        self.bodies = bodies
    }

    func actorName(_ id: ActorID) -> String { model.actor(id)?.name ?? id.rawValue }
    func optionTitle(_ id: OptionID) -> String { model.option(id)?.title ?? id.rawValue }
    func criterionTitle(_ id: CriterionID) -> String { model.criterion(id)?.title ?? id.rawValue }

    func judgementText(_ assessment: Assessment) -> String {
        switch assessment.judgement {
        case .redLine(let crosses): return crosses ? "crosses the red line" : "does not cross the red line"
        case .level(let id):
            guard let level = model.criterion(assessment.criterionID)?.level(id) else { return id.rawValue }
            return "\(level.label) (\(Formatting.decimal(level.value)))"
        }
    }

    /// A short phrase for an option's outcome with one actor.
    func verdictText(_ result: OptionResult?) -> String {
        guard let result else { return "not evaluated" }
        switch result.verdict {
        case .ranked(let rank, let score):
            // Without preferences nothing is scored, and every acceptable option shares rank 1: no rank to speak of.
            guard let score else { return "acceptable: crosses none of its red lines" }
            return "rank \(rank), score \(Formatting.decimal(score))"
        case .vetoed(let lines):
            return "vetoed by " + lines.map { "“\(criterionTitle($0))”" }.joined(separator: " and ")
        case .incomplete(_, _, let missing):
            return "not scored: \(missing.count) assessment\(missing.count == 1 ? "" : "s") missing"
        }
    }

    func quoted(_ text: String) -> String { "“\(text)”" }

    /// One sentence per adjacent swap, e.g. “B” overtakes “A” if the weight of “C” rises above 0.62 of the total.
    func swapSentences(_ stability: WeightStability, swaps: [WeightStability.Swap]) -> [String] {
        swaps.map { swap in
            let weight = swap.weight.map { " (weight \(Formatting.decimal($0)))" } ?? ""
            return "\(quoted(optionTitle(swap.lower))) overtakes \(quoted(optionTitle(swap.higher))) if the weight of "
                + "\(quoted(criterionTitle(stability.criterionID))) \(swap.whenRising ? "rises above" : "falls below") "
                + "\(Formatting.decimal(swap.share)) of the total\(weight)."
        }
    }

    func intervalSentence(_ stability: WeightStability, actor: ActorID) -> String {
        let name = criterionTitle(stability.criterionID)
        if stability.isOnlyPreference {
            return "\(quoted(name)) is \(actorName(actor))'s only preference, so its share of the weight cannot move."
        }
        if stability.lowerShare <= 0 && stability.upperShare >= 1 {
            return "No change in the weight of \(quoted(name)) alone can reorder \(actorName(actor))'s ranking."
        }
        if stability.lowerShare == stability.upperShare {
            return "Options tie on \(actorName(actor))'s ranking: any change in the weight of \(quoted(name)) breaks the tie."
        }
        let weights = stability.upperWeight.map { "a weight from \(Formatting.decimal(stability.lowerWeight)) to \(Formatting.decimal($0))" }
            ?? "a weight of \(Formatting.decimal(stability.lowerWeight)) or more"
        return "\(actorName(actor))'s ranking holds while \(quoted(name)) carries between \(Formatting.decimal(stability.lowerShare)) "
            + "and \(Formatting.decimal(stability.upperShare)) of the total weight (\(weights), the others unchanged; "
            + "now \(Formatting.decimal(stability.share)), weight \(Formatting.weight(stability.weight)))."
    }
}
