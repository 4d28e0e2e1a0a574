import Foundation

/// Makes a `Revision` of the report's conclusions: from the analysed content, or from a `report.json`.
public enum RevisionRecorder {
    /// The conclusions of a good build. Collections are sorted, so the same content gives the same bytes.
    public static func record(_ model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation,
                              date: String?, note: String?) -> Revision {
        var titles: [String: String] = [:]
        for option in model.options { titles[option.id.rawValue] = option.title }
        for criterion in model.criteria { titles[criterion.id.rawValue] = criterion.title }
        for actor in model.actors { titles[actor.id.rawValue] = actor.name }
        let assessments = model.assessments.map { assessment in
            Revision.AssessmentRecord(option: assessment.optionID, criterion: assessment.criterionID,
                                      judgement: judgement(assessment.judgement), confidence: assessment.confidence.rawValue)
        }
        let records = passages.passages.map {
            Revision.PassageRecord(id: $0.id, text: $0.text, citedBy: $0.citers.map(\.reference).sorted(), before: $0.textBefore, after: $0.textAfter)
        }
        let weights = Dictionary(model.criteria.compactMap { c in c.weight.map { (c.id, $0) } }, uniquingKeysWith: { first, _ in first })
        let levels = levelsInUse(model)
        let concluded = Revision.Conclusions(
            actors: evaluation.actors.map { Self.conclusions($0, weights: weights, robustness: evaluation.robustness(of: $0.actorID)) },
            tensions: tensions(evaluation.actors), expectations: model.expectations.map(\.sentence).sorted())
        let grounds = Revision.Grounds(assessments: assessments.sorted { ($0.option, $0.criterion) < ($1.option, $1.criterion) },
                                       passages: records.sorted { $0.id < $1.id })
        let names = Revision.Names(
            titles: titles,
            levels: Dictionary(levels.map { id, levels in
                (id, Dictionary(levels.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first }))
            }, uniquingKeysWith: { first, _ in first }),
            levelLabels: Dictionary(levels.compactMap { id, levels in
                labels(levels.map { ($0.id, $0.label) }).map { (id, $0) }
            }, uniquingKeysWith: { first, _ in first }))
        return Revision(date: date, note: note, article: articleDigest(model.article.body), conclusions: concluded, grounds: grounds,
                        names: names)
    }

    /// The labels that differ from their level's id, by level; nil when none does: the rest read the same either
    /// way, and the file stays small.
    static func labels(_ levels: [(level: LevelID, label: String)]) -> [LevelID: String]? {
        let labels = Dictionary(levels.filter { $0.label != $0.level.rawValue }.map { ($0.level, $0.label) }, uniquingKeysWith: { first, _ in first })
        return labels.isEmpty ? nil : labels
    }

    /// Each preference's levels: its scale, and the figures its assessments give (`=140..185`), so that a change of
    /// figure reads with its unit ("4,600 €/month") and as better or worse.
    static func levelsInUse(_ model: ReportModel) -> [(CriterionID, [Criterion.Level])] {
        var figures: [CriterionID: Set<LevelID>] = [:]
        for assessment in model.assessments {
            if case .level(let id) = assessment.judgement, Measure.figures(id) != nil { figures[assessment.criterionID, default: []].insert(id) }
        }
        return model.criteria.filter { $0.kind == .preference }.map { criterion in
            (criterion.id, criterion.scale + (figures[criterion.id] ?? []).sorted().compactMap(criterion.level))
        }
    }

    /// The digest of the article's text without the blank lines around it, as report.json gives it.
    static func articleDigest(_ body: String) -> String {
        ContentDigest.of(body.trimmingCharacters(in: .whitespacesAndNewlines)).description
    }

    static func judgement(_ judgement: Assessment.Judgement) -> String {
        switch judgement {
        case .level(let id): id.rawValue
        case .redLine(let crosses): crosses ? "crosses" : "does not cross"
        }
    }

    static func conclusions(_ evaluation: ActorEvaluation, weights: [CriterionID: Double], robustness: ActorRobustness?) -> Revision.ActorConclusions {
        var ranked: [Revision.ActorConclusions.Place] = [], incomplete: [OptionID] = [], vetoed: [Revision.ActorConclusions.Veto] = []
        // Shares only where draws were made and there is a score to be uncertain about.
        let acceptability = robustness.flatMap { $0.acceptability.draws > 0 && !evaluation.preferenceIDs.isEmpty ? $0.acceptability : nil }
        for result in evaluation.results {
            switch result.verdict {
            case .ranked(let rank, let score):
                ranked.append(.init(option: result.optionID, rank: rank, score: score,
                                    firstShare: acceptability?.entry(for: result.optionID)?.shares.first))
            case .incomplete: incomplete.append(result.optionID)
            case .vetoed(let redLines): vetoed.append(.init(option: result.optionID, redLines: redLines))
            }
        }
        return .init(actor: evaluation.actorID,
                     weights: Dictionary(uniqueKeysWithValues: evaluation.preferenceIDs.map { ($0, weights[$0] ?? 0) }),
                     redLines: evaluation.redLineIDs,
                     verdicts: .init(ranked: ranked, incomplete: incomplete, vetoed: vetoed),
                     stability: robustness.map { robustness in
                         Dictionary(robustness.stability.filter { !$0.isOnlyPreference }.map {
                             ($0.criterionID, Revision.Band(lower: $0.lowerShare, upper: $0.upperShare))
                         }, uniquingKeysWith: { first, _ in first })
                     })
    }

    static func tensions(_ actors: [ActorEvaluation]) -> [Revision.TensionRecord] {
        actors.flatMap { actor in
            (actor.comparison?.tensions ?? []).map {
                Revision.TensionRecord(actor: actor.actorID, kind: $0.kind.rawValue, options: $0.optionIDs, summary: $0.summary)
            }
        }
    }
}

extension Expectation {
    /// The claim in words, with ids: "top: o for a".
    public var sentence: String {
        switch claim {
        case .top(let actor, let option): "'\(option)' ranks first for '\(actor)'"
        case .rank(let actor, let option, let rank): "'\(option)' ranks \(rank) for '\(actor)'"
        case .vetoed(let actor, let option, let by): "'\(actor)' vetoes '\(option)'" + (by.map { " by '\($0)'" } ?? "")
        case .acceptable(let actor, let option): "'\(actor)' can accept '\(option)'"
        case .minimumTau(let actor, let value): "Kendall's tau for '\(actor)' is at least \(value)"
        case .tension(let actor, let kind, let option): "a \(kind.rawValue) tension for '\(actor)'" + (option.map { " about '\($0)'" } ?? "")
        case .inAgreementZone(let option): "'\(option)' is in the zone of possible agreement"
        case .paretoOptimal(let option): "'\(option)' is Pareto-optimal"
        }
    }
}
