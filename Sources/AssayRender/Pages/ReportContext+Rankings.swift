import AssayCore

extension ReportContext {
    /// One actor's ranking: ranked options with score bars, then options that cannot be scored, then vetoed ones.
    func rankingContext(_ actorEvaluation: ActorEvaluation, from page: String) -> [String: Any] {
        let ranked = actorEvaluation.ranked.map { result -> [String: Any] in
            var entry = optionLink(result.optionID, from: page)
            entry["rank"] = result.rank ?? 0
            entry["hasScore"] = result.score != nil
            entry["score"] = result.score.map { Formatting.decimal($0) } ?? ""
            let description = "score \(Formatting.decimal(result.score ?? 0)) of 1: "
                + result.contributions.map { "\(criterionTitle($0.criterionID)) \(Formatting.decimal($0.contribution))" }.joined(separator: ", ")
            entry["barSVG"] = ReportCharts.stackedBar(result.contributions.enumerated().map { index, contribution in
                (contribution.contribution, "tone-\(index % 6)",
                 "\(criterionTitle(contribution.criterionID)): \(Formatting.decimal(contribution.contribution))")
            }, label: description)
            return entry
        }
        let incomplete = actorEvaluation.results.compactMap { result -> [String: Any]? in
            guard case .incomplete(let low, let high, let missing) = result.verdict else { return nil }
            var entry = optionLink(result.optionID, from: page)
            entry["range"] = low.flatMap { low in high.map { "\(Formatting.decimal(low))–\(Formatting.decimal($0))" } } ?? "unknown"
            entry["missing"] = missing.map { criterionLink($0, from: page) }
            return entry
        }
        let vetoed = actorEvaluation.results.compactMap { result -> [String: Any]? in
            guard case .vetoed(let redLines) = result.verdict else { return nil }
            var entry = optionLink(result.optionID, from: page)
            entry["redLines"] = redLines.map { lineID -> [String: Any] in
                var line = criterionLink(lineID, from: page)
                // The assessment's own quotes say why this option crosses; the red line's are on its page.
                line["quotes"] = quotes(model.assessment(option: result.optionID, criterion: lineID)?.citations ?? [], from: page)
                line["assessmentHref"] = PagePaths.link(PagePaths.option(result.optionID), from: page) + "#"
                    + PagePaths.assessmentFragment(criterion: lineID)
                return line
            }
            return entry
        }
        let legend = actorEvaluation.preferenceIDs.enumerated().map { index, id -> [String: Any] in
            var link = criterionLink(id, from: page)
            link["tone"] = "tone-\(index % 6)"
            link["weight"] = Formatting.weight(model.criterion(id)?.weight ?? 0)
            return link
        }
        var context: [String: Any] = [
            "actor": actorLink(actorEvaluation.actorID, from: page),
            "ranked": ranked, "hasRanked": !ranked.isEmpty,
            "incomplete": incomplete, "hasIncomplete": !incomplete.isEmpty,
            "vetoed": vetoed, "hasVetoed": !vetoed.isEmpty,
            "legend": legend,
            "hasPreferences": !actorEvaluation.preferenceIDs.isEmpty,
            "robustness": robustnessContext(actorEvaluation.actorID, from: page),
            "matrix": matrixContext(actorEvaluation.actorID, from: page),
        ]
        // `false`, not nil: Mustache would treat a nil wrapped in Any as a section to render.
        context["comparison"] = comparisonContext(actorEvaluation, from: page) ?? false
        return context
    }

    /// The author's ranking beside the computed one, Kendall's tau and the tensions; `nil` without a stated ranking.
    func comparisonContext(_ actorEvaluation: ActorEvaluation, from page: String) -> [String: Any]? {
        guard let comparison = actorEvaluation.comparison, let stated = model.statedRanking(of: actorEvaluation.actorID) else {
            return nil
        }
        let rows = stated.order.enumerated().map { position, optionID -> [String: Any] in
            var row = optionLink(optionID, from: page)
            row["position"] = position + 1
            row["computed"] = verdictText(actorEvaluation.result(for: optionID))
            return row
        }
        let unacceptable = stated.unacceptable.map { optionID -> [String: Any] in
            var row = optionLink(optionID, from: page)
            row["computed"] = verdictText(actorEvaluation.result(for: optionID))
            return row
        }
        let pair = { (pair: RankingComparison.Pair) -> [String: Any] in
            ["higher": optionLink(pair.statedHigher, from: page), "lower": optionLink(pair.statedLower, from: page)]
        }
        return [
            "stated": rows,
            "unacceptable": unacceptable, "hasUnacceptable": !unacceptable.isEmpty,
            "tau": comparison.kendallTau.map { Formatting.decimal($0) } ?? "",
            "hasTau": comparison.kendallTau != nil,
            "commonCount": comparison.commonOptions.count,
            "discordant": comparison.discordantPairs.map(pair), "hasDiscordant": !comparison.discordantPairs.isEmpty,
            "tied": comparison.tiedPairs.map(pair), "hasTied": !comparison.tiedPairs.isEmpty,
            "tensions": comparison.tensions.map { tensionContext($0, from: page) },
            "hasTensions": !comparison.tensions.isEmpty,
            "evidence": evidence(stated.citations, isInference: false, from: page),
            "notes": html(stated.body),
        ]
    }

    func tensionContext(_ tension: Tension, from page: String) -> [String: Any] {
        [
            "kind": tension.kind.rawValue,
            "summary": tension.summary,
            "options": tension.optionIDs.map { optionLink($0, from: page) },
            "criteria": tension.criterionIDs.map { criterionLink($0, from: page) },
        ]
    }

    /// A short phrase for an option's outcome with one actor.
    func verdictText(_ result: OptionResult?) -> String {
        guard let result else { return "not evaluated" }
        switch result.verdict {
        case .ranked(let rank, let score):
            return "rank \(rank)" + (score.map { ", score \(Formatting.decimal($0))" } ?? "")
        case .vetoed(let lines):
            return "vetoed by " + lines.map { "“\(criterionTitle($0))”" }.joined(separator: " and ")
        case .incomplete(_, _, let missing):
            return "not scored: \(missing.count) assessment\(missing.count == 1 ? "" : "s") missing"
        }
    }

    /// Options every evaluated actor can accept and score (the zone of possible agreement).
    var agreementZone: [String] {
        guard !evaluation.actors.isEmpty else { return [] }
        return model.options.map(\.id).filter { id in
            evaluation.actors.allSatisfy { $0.result(for: id)?.verdict.isRanked ?? false }
        }
    }
}
