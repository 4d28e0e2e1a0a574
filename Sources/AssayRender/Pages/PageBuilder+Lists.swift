import AssayCore

/// The complete lists of a large report, and the shortened lists the index and the actor pages show instead.
extension PageBuilder {
    var paging: ListPaging { ListPaging(optionCount: model.options.count) }

    /// Page `number` of an actor's complete ranking: the evaluation's own order (ranked, then not scored, then vetoed).
    func rankingListPage(_ actorEvaluation: ActorEvaluation, page number: Int) -> RankingListPage {
        let actorID = actorEvaluation.actorID
        noteRanking(actorID)
        let criteria = model.criteria(of: actorID)
        let results = actorEvaluation.results[paging.range(ofPage: number)]
        return RankingListPage(
            actor: actorLink(actorID),
            rows: results.map { result in
                RankingRow(option: optionLink(result.optionID), rank: result.rank, standing: standing(result),
                           barSVG: result.verdict.isRanked && result.score != nil ? scoreBar(result) : "", vetoed: result.verdict.isVetoed,
                           cells: matrixCells(result.optionID, criteria: criteria))
            },
            columns: criteria.enumerated().map { MatrixColumn(criterion: criterionLink($1.id), code: "C\($0 + 1)") },
            legend: legend(actorEvaluation),
            pager: Pager(number: number, paging: paging) { PagePaths.rankingList(actorID, page: $0) })
    }

    /// Page `number` of every option's card, in the content's order.
    func optionListPage(page number: Int) -> OptionListPage {
        noteEvaluation()
        note(.members(.option), .every(.option, .heading), .every(.option, .content))
        return OptionListPage(cards: model.options[paging.range(ofPage: number)].map(optionSummary),
                              pager: Pager(number: number, paging: paging) { PagePaths.optionList(page: $0) })
    }

    /// An option's card: its summary and one verdict per evaluated actor.
    func optionSummary(_ option: Option) -> OptionSummary {
        OptionSummary(option: optionLink(option.id), summary: option.summary, verdicts: evaluation.actors.map { actor in
            let result = actor.result(for: option.id)
            return CardVerdict(actor: report.actorName(actor.actorID), text: report.verdictText(result),
                               vetoed: result?.verdict.isVetoed ?? false, ranked: result?.verdict.isRanked ?? false)
        })
    }

    /// The options whose cards a shortened index shows: each actor's leading options, in the content's order (the
    /// first options when no actor is evaluated).
    func leadingOptions() -> [Option] {
        guard !evaluation.actors.isEmpty else { return Array(model.options.prefix(ListPaging.leading)) }
        let leading = Set(evaluation.actors.flatMap { $0.ranked.prefix(ListPaging.leading).map(\.optionID) })
        return model.options.filter { leading.contains($0.id) }
    }

    /// A ranking's robustness lists cut to their leading entries, with what each of its lists leaves out and where the
    /// complete list is.
    func shortened(_ piece: RankingPiece, _ actorEvaluation: ActorEvaluation) -> RankingPiece {
        var piece = piece
        let vetoedCount = actorEvaluation.results.count { $0.verdict.isVetoed }
        let incompleteCount = actorEvaluation.results.count - actorEvaluation.ranked.count - vetoedCount
        piece.complete = CompleteList(path: PagePaths.rankingList(actorEvaluation.actorID, page: 1), optionCount: paging.optionCount,
                                      pageCount: paging.pageCount, moreRanked: paging.leftOut(of: actorEvaluation.ranked.count),
                                      moreIncomplete: paging.leftOut(of: incompleteCount), moreVetoed: paging.leftOut(of: vetoedCount))
        // `ranked`, `incomplete` and `vetoed` were made shortened, and the matrix not at all (`fullRanking`).
        piece.whatIf.limit = ListPaging.leading
        piece.robustness.moreUncertainVetoes = paging.leftOut(of: piece.robustness.uncertainVetoes.count)
        piece.robustness.uncertainVetoes = paging.shortened(piece.robustness.uncertainVetoes)
        piece.robustness.relaxations = piece.robustness.relaxations.map { relaxation in
            var relaxation = relaxation
            relaxation.moreReadmitted = paging.leftOut(of: relaxation.readmitted.count)
            // "A, B, … J and 230 more": the template writes the last "and".
            relaxation.readmitted = paging.shortened(relaxation.readmitted).inSentence(between: ", ", last: relaxation.moreReadmitted > 0 ? ", " : " and ")
            relaxation.bentRanking = paging.shortened(relaxation.bentRanking)
            return relaxation
        }
        if var acceptability = piece.robustness.acceptability {
            acceptability.moreRows = paging.leftOut(of: acceptability.rows.count)
            acceptability.rows = paging.shortened(acceptability.rows)
            piece.robustness.acceptability = acceptability
        }
        return piece
    }

    /// Where an option stands for an actor, in words, as a complete list gives it.
    private func standing(_ result: OptionResult) -> String {
        switch result.verdict {
        case .ranked(_, let score?):
            return "score \(Formatting.decimal(score))"
        case .ranked:
            // Red lines only: worded as every other page words it.
            return report.verdictText(result)
        case .vetoed(let lines):
            let uncertain = lines.contains { model.assessment(option: result.optionID, criterion: $0)?.confidence == .low }
            return "crosses " + lines.map { report.criterionTitle($0) }.joined(separator: " and ")
                + (uncertain ? " (judged with low confidence)" : "")
        case .incomplete(let low, let high, let missing):
            return "not scored: could lie anywhere in \(Formatting.scoreRange(low, high)); missing "
                + missing.map { report.criterionTitle($0) }.joined(separator: ", ")
        }
    }
}
