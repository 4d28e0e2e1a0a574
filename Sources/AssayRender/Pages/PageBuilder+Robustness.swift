import AssayCore

/// How firm each ranking is: stability intervals, bent red lines, rank probabilities.
extension PageBuilder {
    func robustness(_ actorID: ActorID) -> RobustnessPiece {
        guard let robustness = evaluation.robustness(of: actorID) else {
            return RobustnessPiece(hasRobustness: false, stability: [], relaxations: [], acceptability: nil)
        }
        // A large report's ranking shows the swaps among its leading options; each option's page gives its own.
        let leading = paging.isPaged ? evaluation.actor(actorID).map { Set($0.ranked.prefix(ListPaging.leading).map(\.optionID)) } : nil
        let stability = robustness.stability.map { entry in
            let swaps = leading.map { leading in entry.adjacentSwaps.filter { leading.contains($0.higher) && leading.contains($0.lower) } }
                ?? entry.adjacentSwaps
            return StabilityEntry(criterion: criterionLink(entry.criterionID), interval: report.intervalSentence(entry, actor: actorID),
                                  swaps: report.swapSentences(entry, swaps: swaps).map(TextItem.init),
                                  moreSwaps: entry.adjacentSwaps.count - swaps.count)
        }
        let uncertain = robustness.uncertainVetoes.map { found in
            UncertainVeto(option: optionLink(found.optionID), redLines: found.redLines.map(criterionLink).inSentence(),
                          standing: report.verdictText(OptionResult(optionID: found.optionID, verdict: found.verdict, contributions: [],
                                                                    redLineChecks: [], gaps: [])))
        }
        return RobustnessPiece(hasRobustness: true, stability: stability, relaxations: robustness.relaxations.map(relaxation),
                               acceptability: acceptability(robustness.acceptability, actorID: actorID, only: nil), uncertainVetoes: uncertain)
    }

    func relaxation(_ relaxation: RedLineRelaxation) -> RelaxationPiece {
        RelaxationPiece(
            criterion: criterionLink(relaxation.criterionID), bentWeight: Formatting.weight(relaxation.weight),
            readmitted: relaxation.readmitted.map { id in
                ReadmittedEntry(option: optionLink(id),
                                place: relaxation.place(of: id).map { "rank \($0.rank), score \(Formatting.decimal($0.score))" } ?? "not ranked")
            }.inSentence(),
            bentRanking: relaxation.ranking.map { BentPlace(option: optionLink($0.optionID), rank: $0.rank, score: Formatting.decimal($0.score)) })
    }

    /// Every option's row of rank probabilities.
    func acceptabilityRows(_ acceptability: RankAcceptability) -> [AcceptabilityRow] {
        Parallel.map(acceptability.options) { entry in
            AcceptabilityRow(
                option: optionLink(entry.optionID),
                cells: entry.shares.map { share in
                    AcceptabilityCell(percent: share.percentText(places: 1), strength: "p\(min(4, Int((share * 5).rounded(.down))))")
                },
                central: entry.centralWeights.map { weights in
                    weights.sorted { $0.key < $1.key }.map { CentralWeight(criterion: report.criterionTitle($0.key), share: Formatting.decimal($0.value)) }
                },
                barSVG: ReportCharts.stackedBar(entry.shares.enumerated().map { rank, share in
                    (share, "rank-\(min(rank, 5))", "rank \(rank + 1): \(share.percentText(places: 1))")
                }, label: "\(report.optionTitle(entry.optionID)): " + entry.shares.enumerated().map {
                    "rank \($0.offset + 1) \($0.element.percentText(places: 1))"
                }.joined(separator: ", "), height: 10))
        }
    }

    /// Rank probabilities as a table, of every option or of one.
    func acceptability(_ acceptability: RankAcceptability, actorID: ActorID, only option: OptionID?) -> AcceptabilityPiece {
        let count = acceptability.options.first?.shares.count ?? 0
        let rows: [AcceptabilityRow]
        if let option {
            rows = acceptabilityRows[actorID]?[option].map { [$0] } ?? []
        } else {
            let byOption = acceptabilityRows[actorID] ?? [:]
            rows = acceptability.options.compactMap { byOption[$0.optionID] }
        }
        // With more options than counted ranks, the last column gathers every lower rank.
        let gathered = count > RankAcceptability.maximumRanks
        return AcceptabilityPiece(ranks: (0..<count).map { RankHeading(rank: gathered && $0 == count - 1 ? "\($0 + 1)+" : String($0 + 1)) },
                                  rows: rows, draws: acceptability.draws, seed: String(acceptability.seed))
    }

    /// What would change an option's place for one actor: the adjacent swaps it takes part in, then the red lines whose
    /// bending would let it back in, in the order the report lists them; read off the evaluation's per-option indexes.
    func placeNotes(_ optionID: OptionID, in robustness: ActorRobustness) -> [String] {
        var notes = robustness.stability.flatMap { report.swapSentences($0, swaps: $0.swaps(involving: optionID)) }
        for relaxation in robustness.relaxations(readmitting: optionID) {
            guard let place = relaxation.place(of: optionID) else { continue }
            notes.append("If \(report.quoted(report.criterionTitle(relaxation.criterionID))) were a preference of weight "
                + "\(Formatting.weight(relaxation.weight)) instead of a veto, this option would rank \(place.rank) with a score of "
                + "\(Formatting.decimal(place.score)).")
        }
        return notes
    }

    /// What would change an option's place, for its own page: one entry per actor with robustness results.
    func optionRobustness(_ optionID: OptionID) -> [OptionRobustness] {
        // The notes name other options and criteria.
        if !evaluation.robustness.isEmpty { note(.every(.option, .heading), .members(.option)) }
        return evaluation.robustness.map { robustness in
            OptionRobustness(actor: actorLink(robustness.actorID), notes: placeNotes(optionID, in: robustness).map(TextItem.init),
                             acceptability: acceptability(robustness.acceptability, actorID: robustness.actorID, only: optionID))
        }
    }
}
