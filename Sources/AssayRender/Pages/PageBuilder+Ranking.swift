import AssayCore

extension PageBuilder {
    /// One actor's ranking. Only the matrix's picture depends on the page's depth (its links are inside the SVG);
    /// everything else is shared by the index and the actor's page.
    func ranking(_ actorEvaluation: ActorEvaluation, depth: Int) -> RankingPiece {
        noteRanking(actorEvaluation.actorID)
        if depth == 0 || rankings[actorEvaluation.actorID] == nil {
            return fullRanking(actorEvaluation, depth: depth)
        }
        var piece = rankings[actorEvaluation.actorID]!
        if let svg = piece.matrix?.svg { piece.matrix?.svg = SVG.prefixingLinks(svg, with: String(repeating: "../", count: depth)) }
        return piece
    }

    /// The shared ranking the index shows, recording what it shows.
    func sharedRanking(_ actorID: ActorID) -> RankingPiece? {
        noteRanking(actorID)
        return rankings[actorID]
    }

    /// A ranking shows every option, its scores and vetoes, the matrix of every assessment with its first quote,
    /// robustness and the author's own ranking.
    func noteRanking(_ actorID: ActorID) {
        noteEvaluation()
        note(.members(.option), .every(.option, .heading), .every(.criterion, .heading), .every(.criterion, .content), .members(.assessment),
             .every(.assessment, .heading), .passages, .members(.statedRanking))
        noteWhole(.statedRanking, actorID)
    }

    private func fullRanking(_ actorEvaluation: ActorEvaluation, depth: Int) -> RankingPiece {
        // A large report shows only the leading entries: the others are not made at all.
        let ranked = Parallel.map(paging.shortened(actorEvaluation.ranked)) { result -> RankedEntry in
            RankedEntry(option: optionLink(result.optionID), rank: result.rank ?? 0,
                        score: result.score.map { Formatting.decimal($0) }, barSVG: scoreBar(result))
        }
        let incomplete = paging.shortened(actorEvaluation.results.filter { !$0.verdict.isRanked && !$0.verdict.isVetoed })
            .compactMap { result -> IncompleteEntry? in
                guard case .incomplete(let low, let high, let missing) = result.verdict else { return nil }
                return IncompleteEntry(option: optionLink(result.optionID), range: Formatting.scoreRange(low, high),
                                       missing: missing.map(criterionLink).inSentence())
            }
        let vetoed = paging.shortened(actorEvaluation.results.filter { $0.verdict.isVetoed }).compactMap { result -> VetoedEntry? in
            guard case .vetoed(let redLines) = result.verdict else { return nil }
            return VetoedEntry(option: optionLink(result.optionID), redLines: redLines.map { lineID in
                // The assessment's own quotes say why this option crosses; the red line's are on its page.
                VetoLine(criterion: criterionLink(lineID),
                         quotes: quotes(model.assessment(option: result.optionID, criterion: lineID)?.citations ?? []),
                         assessmentPath: PagePaths.option(result.optionID) + "#" + PagePaths.assessmentFragment(criterion: lineID),
                         isUncertain: model.assessment(option: result.optionID, criterion: lineID)?.confidence == .low)
            }.inSentence())
        }
        let piece = RankingPiece(actor: actorLink(actorEvaluation.actorID), ranked: ranked, incomplete: incomplete, vetoed: vetoed,
                                 legend: legend(actorEvaluation), hasPreferences: !actorEvaluation.preferenceIDs.isEmpty,
                                 robustness: robustness(actorEvaluation.actorID),
                                 matrix: paging.isPaged ? nil : matrix(actorEvaluation.actorID, depth: depth),
                                 comparison: comparison(actorEvaluation), whatIf: whatIf(actorEvaluation))
        return paging.isPaged ? shortened(piece, actorEvaluation) : piece
    }

    /// A ranked option's score as a bar, one segment per preference.
    func scoreBar(_ result: OptionResult) -> String {
        let description = "score \(Formatting.decimal(result.score ?? 0)) of 1: "
            + result.contributions.map { "\(report.criterionTitle($0.criterionID)) \(Formatting.decimal($0.contribution))" }.joined(separator: ", ")
        return ReportCharts.stackedBar(result.contributions.enumerated().map { index, contribution in
            (contribution.contribution, "tone-\(index % 6)",
             "\(report.criterionTitle(contribution.criterionID)): \(Formatting.decimal(contribution.contribution))")
        }, label: description)
    }

    /// The score bars' legend: one entry per preference, with its tone and weight.
    func legend(_ actorEvaluation: ActorEvaluation) -> [LegendEntry] {
        actorEvaluation.preferenceIDs.enumerated().map { index, id in
            LegendEntry(criterion: criterionLink(id), tone: "tone-\(index % 6)", weight: Formatting.weight(model.criterion(id)?.weight ?? 0))
        }
    }

    /// The author's ranking beside the computed one; nil without a stated ranking.
    func comparison(_ actorEvaluation: ActorEvaluation) -> ComparisonPiece? {
        guard let comparison = actorEvaluation.comparison, let stated = model.statedRanking(of: actorEvaluation.actorID) else {
            return nil
        }
        let pair = { (pair: RankingComparison.Pair) in OptionPair(higher: optionLink(pair.statedHigher), lower: optionLink(pair.statedLower)) }
        return ComparisonPiece(
            // Tied options share the place of the first of them, as equal scores share a rank.
            stated: stated.groups.enumerated().flatMap { index, group in
                let place = stated.groups[..<index].reduce(0) { $0 + $1.count } + 1
                return group.map { optionID in
                    StatedRow(option: optionLink(optionID), position: place, computed: report.verdictText(actorEvaluation.result(for: optionID)),
                              isTied: group.count > 1)
                }
            },
            unacceptable: stated.unacceptable.map { optionID in
                StatedRow(option: optionLink(optionID), position: nil, computed: report.verdictText(actorEvaluation.result(for: optionID)))
            },
            tau: comparison.kendallTau.map { Formatting.decimal($0) }, commonCount: comparison.commonOptions.count,
            discordant: comparison.discordantPairs.map(pair).inSentence(between: "; ", last: "; "),
            tied: comparison.tiedPairs.map(pair).inSentence(between: "; ", last: "; "),
            tensions: comparison.tensions.map { tension in
                TensionEntry(kind: tension.kind.rawValue, summary: tension.summary, options: tension.optionIDs.map(optionLink),
                             criteria: tension.criterionIDs.map(criterionLink))
            },
            evidence: evidence(stated.citations, isInference: false),
            notes: report.bodies.html(of: .statedRanking(stated.actorID)),
            pairs: stated.pairs.map { statedPair in
                StatedPairPiece(higher: optionLink(statedPair.higher), lower: optionLink(statedPair.lower), note: statedPair.note,
                                evidence: evidence(statedPair.citations, isInference: false))
            },
            unordered: comparison.unorderedPairs.map(pair).inSentence(between: "; ", last: "; "))
    }

    /// The option × criterion matrix of one actor.
    func matrix(_ actorID: ActorID, depth: Int) -> MatrixPiece {
        let criteria = model.criteria(of: actorID)
        let columns = criteria.enumerated().map { MatrixColumn(criterion: criterionLink($1.id), code: "C\($0 + 1)") }
        let rows = model.options.enumerated().map { index, option in
            MatrixRow(option: optionLink(option.id), code: "O\(index + 1)", cells: matrixCells(option.id, criteria: criteria))
        }
        return MatrixPiece(svg: matrixSVG(actorID, depth: depth), columns: columns, rows: rows)
    }

    /// An option's row of the matrix: its level (or red-line crossing) on each criterion, linked to the assessment.
    func matrixCells(_ optionID: OptionID, criteria: [Criterion]) -> [MatrixCell] {
        criteria.map { criterion in
            let assessment = model.assessment(option: optionID, criterion: criterion.id)
            switch assessment?.judgement {
            case .level(let id)?:
                let text = criterion.level(id).map { Formatting.decimal($0.value) } ?? "not assessed"
                return MatrixCell(text: text, path: Self.assessmentPath(optionID, criterion.id))
            case .redLine(let crosses)?:
                return MatrixCell(text: crosses ? "crosses" : "does not cross", path: Self.assessmentPath(optionID, criterion.id))
            case nil:
                return MatrixCell(text: "not assessed", path: nil)
            }
        }
    }

    static func assessmentPath(_ optionID: OptionID, _ criterionID: CriterionID) -> String {
        PagePaths.option(optionID) + "#" + PagePaths.assessmentFragment(criterion: criterionID)
    }

    /// The matrix as a heat map, its cell links made for a page `depth` folders down.
    func matrixSVG(_ actorID: ActorID, depth: Int) -> String {
        let criteria = model.criteria(of: actorID)
        let options = model.options
        let prefix = String(repeating: "../", count: depth)
        let cells = options.map { option in
            criteria.map { criterion -> ReportCharts.Cell in
                let assessment = model.assessment(option: option.id, criterion: criterion.id)
                let href = prefix + Self.assessmentPath(option.id, criterion.id)
                let quote = assessment.flatMap { $0.citations.first }.flatMap { report.passages.passage(for: $0) }.map { " — “\($0.text)”" } ?? ""
                let name = "\(option.title) × \(criterion.title)"
                switch assessment?.judgement {
                case .level(let id)?:
                    let level = criterion.level(id)
                    return .init(value: level?.value, crosses: nil, title: "\(name): \(level?.label ?? id.rawValue)\(quote)", href: href)
                case .redLine(let crosses)?:
                    return .init(value: nil, crosses: crosses, title: "\(name): \(crosses ? "crosses" : "does not cross")\(quote)", href: href)
                case nil:
                    return .init(value: nil, crosses: nil, title: "\(name): not assessed", href: nil)
                }
            }
        }
        return ReportCharts.matrix(rows: options.indices.map { "O\($0 + 1)" }, columns: criteria.indices.map { "C\($0 + 1)" }, cells: cells,
                                   label: "Levels of \(options.count) options on \(criteria.count) criteria of \(report.actorName(actorID)); the table below gives the same data")
    }
}
