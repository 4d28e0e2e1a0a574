import AssayCore

/// How firm each ranking is, in words and tables: stability intervals, bent red lines, rank probabilities.
extension ReportContext {
    func quoted(_ text: String) -> String { "“\(text)”" }

    /// One sentence per adjacent swap, e.g. “B” overtakes “A” if the weight of “C” rises above 0.62 of the total.
    func swapSentences(_ stability: WeightStability, involving option: String? = nil) -> [String] {
        stability.adjacentSwaps.filter { option == nil || $0.higher == option || $0.lower == option }.map { swap in
            let weight = swap.weight.map { " (weight \(Formatting.decimal($0)))" } ?? ""
            return "\(quoted(optionTitle(swap.lower))) overtakes \(quoted(optionTitle(swap.higher))) if the weight of "
                + "\(quoted(criterionTitle(stability.criterionID))) \(swap.whenRising ? "rises above" : "falls below") "
                + "\(Formatting.decimal(swap.share)) of the total\(weight)."
        }
    }

    func intervalSentence(_ stability: WeightStability, actor: String) -> String {
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

    func relaxationContext(_ relaxation: RedLineRelaxation, from page: String) -> [String: Any] {
        var context = criterionLink(relaxation.criterionID, from: page)
        context["bentWeight"] = Formatting.weight(relaxation.weight)
        context["readmitted"] = relaxation.readmitted.map { id -> [String: Any] in
            var link = optionLink(id, from: page)
            let place = relaxation.ranking.first { $0.optionID == id }
            link["place"] = place.map { "rank \($0.rank), score \(Formatting.decimal($0.score))" } ?? "not ranked"
            return link
        }
        context["hasReadmitted"] = !relaxation.readmitted.isEmpty
        context["bentRanking"] = relaxation.ranking.map { place -> [String: Any] in
            var link = optionLink(place.optionID, from: page)
            link["rank"] = place.rank
            link["score"] = Formatting.decimal(place.score)
            return link
        }
        return context
    }

    /// Rank probabilities as a table: one row per option, one column per rank.
    func acceptabilityContext(_ acceptability: RankAcceptability, from page: String, only option: String? = nil) -> [String: Any] {
        let count = acceptability.options.first?.shares.count ?? 0
        let rows = acceptability.options.filter { option == nil || $0.optionID == option }.map { entry -> [String: Any] in
            var row = optionLink(entry.optionID, from: page)
            row["cells"] = entry.shares.map { share -> [String: Any] in
                ["percent": Formatting.decimal(share * 100, places: 1) + "%", "strength": "p\(min(4, Int((share * 5).rounded(.down))))"]
            }
            row["central"] = (entry.centralWeights ?? [:]).sorted { $0.key < $1.key }.map {
                ["criterion": criterionTitle($0.key), "share": Formatting.decimal($0.value)]
            }
            row["hasCentral"] = entry.centralWeights != nil
            row["barSVG"] = ReportCharts.stackedBar(entry.shares.enumerated().map { rank, share in
                (share, "rank-\(min(rank, 5))", "rank \(rank + 1): \(Formatting.decimal(share * 100, places: 1))%")
            }, label: "\(optionTitle(entry.optionID)): " + entry.shares.enumerated().map {
                "rank \($0.offset + 1) \(Formatting.decimal($0.element * 100, places: 1))%"
            }.joined(separator: ", "), height: 10)
            return row
        }
        // With more options than counted ranks, the last column gathers every lower rank.
        let gathered = count > RankAcceptability.maximumRanks
        return [
            "ranks": (0..<count).map { ["rank": gathered && $0 == count - 1 ? "\($0 + 1)+" : String($0 + 1)] },
            "rows": rows,
            "hasRows": !rows.isEmpty && acceptability.draws > 0,
            "draws": acceptability.draws,
            "seed": String(acceptability.seed),
        ]
    }

    /// Robustness of one actor's ranking, for the index and actor pages.
    func robustnessContext(_ actorID: String, from page: String) -> [String: Any] {
        guard let robustness = evaluation.robustness(of: actorID) else { return ["hasRobustness": false] }
        let stability = robustness.stability.map { entry -> [String: Any] in
            var link = criterionLink(entry.criterionID, from: page)
            link["interval"] = intervalSentence(entry, actor: actorID)
            link["swaps"] = swapSentences(entry).map { ["text": $0] }
            return link
        }
        return [
            "hasRobustness": true,
            "stability": stability, "hasStability": !stability.isEmpty,
            "relaxations": robustness.relaxations.map { relaxationContext($0, from: page) },
            "hasRelaxations": !robustness.relaxations.isEmpty,
            "acceptability": acceptabilityContext(robustness.acceptability, from: page),
        ]
    }

    /// What would change an option's place, for its own page.
    func optionRobustness(_ optionID: String, from page: String) -> [[String: Any]] {
        evaluation.robustness.map { robustness in
            let notes = robustness.stability.flatMap { swapSentences($0, involving: optionID) }
            let bent = robustness.relaxations.compactMap { relaxation -> String? in
                guard relaxation.readmitted.contains(optionID), let place = relaxation.ranking.first(where: { $0.optionID == optionID }) else {
                    return nil
                }
                return "If \(quoted(criterionTitle(relaxation.criterionID))) were a preference of weight \(Formatting.weight(relaxation.weight)) "
                    + "instead of a veto, this option would rank \(place.rank) with a score of \(Formatting.decimal(place.score))."
            }
            return [
                "actor": actorLink(robustness.actorID, from: page),
                "notes": (notes + bent).map { ["text": $0] },
                "hasNotes": !(notes + bent).isEmpty,
                "acceptability": acceptabilityContext(robustness.acceptability, from: page, only: optionID),
            ]
        }
    }
}
