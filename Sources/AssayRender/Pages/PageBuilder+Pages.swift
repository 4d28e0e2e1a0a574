import AssayCore

extension PageBuilder {
    /// What every page has. `absolute`: the 404 page, which a server shows at any depth, links from the site's base
    /// URL (its link prefix) and has no canonical address of its own.
    func common(page: String, title: String, section: String, summary: String? = nil, absolute: Bool = false,
                breadcrumbs: [Breadcrumb] = []) -> CommonPage {
        note(.site, .article)
        let site = model.site
        // With a base URL the head advertises the feed once there are revisions.
        if site.base != nil { note(.revisions) }
        let feedURL = history != nil && !absolute ? site.base.map { $0 + PagePaths.feed } : nil
        let description = summary ?? site.description ?? "An analysis of “\(model.article.title)” by \(model.article.author)."
        return CommonPage(pageTitle: title, siteTitle: site.title ?? model.article.title, language: site.language, description: description,
                          hasBaseURL: absolute ? false : site.base != nil, canonical: absolute ? "" : site.base.map { $0 + page } ?? "",
                          siteAuthor: site.author, breadcrumbs: breadcrumbs, section: section, source: SourceArticle(article: model.article),
                          allowsRemoteImages: site.allowsRemoteImages, feedURL: feedURL,
                          linksFrom: absolute ? site.base.flatMap(ContentSecurityPolicy.origin(of:)) : nil)
    }

    func indexPage(articleMap: ArticleMap) -> IndexPage {
        noteEvaluation()
        note(.members(.option), .every(.option, .heading), .members(.assessment), .passages)
        let draws = evaluation.robustness.first?.acceptability.draws ?? 0
        let zone = evaluation.agreement.zone
        return IndexPage(
            summary: summaryPiece(),
            // Leading actor first, as the summary: never by id.
            rankings: summary.actors.compactMap { sharedRanking($0.actorID) },
            agreement: paging.shortened(zone).map(optionLink), moreAgreement: paging.leftOut(of: zone.count),
            evaluatedActors: evaluation.actors.map { actorLink($0.actorID) }.inSentence(),
            optionSummaries: (paging.isPaged ? leadingOptions() : model.options).map(optionSummary),
            completeOptions: paging.isPaged ? CompleteOptions(path: PagePaths.optionList(page: 1), optionCount: paging.optionCount,
                                                              pageCount: paging.pageCount) : nil,
            passageCount: report.passages.passages.count, assessmentCount: model.assessments.count, articleMap: articleMap,
            drawsText: draws > 0 ? String(draws) : "no (rank probabilities are switched off for this report)",
            // Only the index lists everything: lists of all options on every page would grow with the square of the report.
            actors: model.actors.map { actorLink($0.id) }, criteria: model.criteria.map { criterionLink($0.id) },
            latestRevision: latestRevision())
    }

    /// The summary as the index shows it; nil when no actor has criteria.
    func summaryPiece() -> SummaryPiece? {
        guard let lead = summary.actors.first else { return nil }
        note(.members(.statedRanking), .site)
        let sentences = SummarySentences(report: report, href: { $0 })
        return SummaryPiece(lead: sentences.lead(lead).joined(separator: " "), tensions: lead.tensions.map { ChangeLine(html: HTMLEscaping.escape($0)) },
                            others: summary.actors.dropFirst().map { ChangeLine(html: sentences.line($0)) })
    }

    /// Where the passages lie in the article, as a picture and in words, for a page at the root.
    func articleMap() -> ArticleMap {
        note(.passages)
        let passages = report.passages
        let svg = ReportCharts.articleMap(passages.passages, length: passages.articleLength, link: { PagePaths.passage($0.id) })
        let most = passages.passages.max { ($0.citers.count, $1.start) < ($1.citers.count, $0.start) }
        var description = "\(passages.passages.count) passages of the article are cited"
        if let most { description += "; the most cited, \(most.citers.count) times, is “\(most.text)”" }
        return ArticleMap(svg: svg, description: description + ".")
    }

    func evidencePage() -> EvidencePage {
        note(.passages)
        return EvidencePage(passages: report.passages.passages.enumerated().map { index, passage in
            EvidenceEntry(number: index + 1, quote: quotesByPassage[passage.id] ?? Quote(text: passage.text, id: passage.id),
                          citers: passage.citers.map(citerLink))
        })
    }

    func optionPage(_ option: Option) -> OptionPage {
        noteWhole(.option, option.id)
        noteEvaluation()
        let assessments = model.assessments(ofOption: option.id)
        return OptionPage(
            option: OptionDetail(id: option.id, title: option.title, summary: option.summary, body: report.bodies.html(of: .option(option.id)),
                                 evidence: evidence(option.citations, isInference: option.isInference)),
            verdicts: evaluation.actors.compactMap { actor in actor.result(for: option.id).map { verdict($0, actor: actor) } },
            robustness: optionRobustness(option.id),
            assessments: assessmentCards(assessments), changedSince: changedSince(option.id))
    }

    /// One actor's verdict on an option, with the score broken down by criterion.
    func verdict(_ result: OptionResult, actor: ActorEvaluation) -> VerdictPiece {
        note(.every(.criterion, .content))
        return VerdictPiece(
            actor: actorLink(actor.actorID), text: report.verdictText(result),
            ranked: result.verdict.isRanked, vetoed: result.verdict.isVetoed, rankedCount: actor.ranked.count,
            contributions: result.contributions.map { contribution in
                let level = model.criterion(contribution.criterionID)?.level(contribution.levelID)
                let amount = Formatting.decimal(contribution.contribution, places: 3)
                return ContributionRow(
                    criterion: criterionLink(contribution.criterionID), level: level?.label ?? contribution.levelID.rawValue,
                    value: Formatting.decimal(contribution.value), weight: Formatting.weight(contribution.weight),
                    share: Formatting.decimal(contribution.normalizedWeight), contribution: amount,
                    barSVG: ReportCharts.stackedBar([(contribution.contribution, "tone-accent", "contribution \(amount)")],
                                                    label: "contribution \(amount) of 1", height: 8))
            },
            score: result.score.map { Formatting.decimal($0, places: 3) } ?? "",
            redLines: result.redLineChecks.map { RedLineRow(criterion: criterionLink($0.criterionID), crosses: $0.crosses) },
            gaps: result.gaps.map(criterionLink).inSentence())
    }

    func criterionPage(_ criterion: Criterion) -> CriterionPage {
        noteWhole(.criterion, criterion.id)
        noteEvaluation()
        note(.members(.criterion), .members(.option), .every(.option, .heading))
        for other in model.criteria(of: criterion.actorID) { note(.entity(.criterion, other.id.rawValue, .content)) }
        let actorWeight = model.criteria(of: criterion.actorID).reduce(0) { $0 + ($1.weight ?? 0) }
        let robustness = evaluation.robustness(of: criterion.actorID)
        let stability = robustness?.stability(of: criterion.id)
        let assessments = model.assessments(ofCriterion: criterion.id)
        let assessed = Set(assessments.map(\.optionID))
        return CriterionPage(
            criterion: CriterionDetail(
                link: criterionLink(criterion.id), actor: actorLink(criterion.actorID),
                weight: criterion.weight.map(Formatting.weight) ?? "",
                share: criterion.weight.map { Formatting.decimal($0 / max(actorWeight, .leastNonzeroMagnitude)) } ?? "",
                scale: criterion.scale.map { ScaleLevel(id: $0.id.rawValue, label: $0.label, value: Formatting.decimal($0.value)) },
                body: report.bodies.html(of: .criterion(criterion.id)),
                evidence: evidence(criterion.citations, isInference: criterion.isInference),
                measure: criterion.measure.map(Self.measureSentence)),
            stability: stability.map { entry in
                StabilityNote(interval: report.intervalSentence(entry, actor: criterion.actorID),
                              swaps: report.swapSentences(entry, swaps: entry.adjacentSwaps).map(TextItem.init))
            },
            relaxation: robustness?.relaxation(of: criterion.id).map(relaxation),
            assessments: assessmentCards(assessments),
            gaps: model.options.filter { !assessed.contains($0.id) }.map { optionLink($0.id) }.inSentence())
    }

    func actorPage(_ actor: Actor) -> ActorPage {
        noteWhole(.actor, actor.id)
        noteWhole(.statedRanking, actor.id)
        noteEvaluation()
        note(.members(.criterion), .members(.statedRanking))
        let criteria = model.criteria(of: actor.id)
        for criterion in criteria { noteWhole(.criterion, criterion.id) }
        var statedOnly: StatedOnly?
        let actorRanking = evaluation.actor(actor.id).map { self.ranking($0, depth: 1) }
        if actorRanking == nil, let stated = model.statedRanking(of: actor.id) {
            // Without criteria there is nothing to compare; the author's ranking is still shown and citable.
            statedOnly = StatedOnly(order: stated.order.map(optionLink), unacceptable: stated.unacceptable.map(optionLink).inSentence(),
                                    evidence: evidence(stated.citations, isInference: false),
                                    notes: report.bodies.html(of: .statedRanking(stated.actorID)))
        }
        return ActorPage(
            actor: ActorDetail(id: actor.id, name: actor.name, description: actor.description, body: report.bodies.html(of: .actor(actor.id))),
            redLines: criteria.filter { $0.kind == .redLine }.map { criterionLink($0.id) },
            preferences: criteria.filter { $0.kind == .preference }.map {
                LegendEntry(criterion: criterionLink($0.id), tone: "", weight: Formatting.weight($0.weight ?? 0))
            },
            ranking: actorRanking, statedOnly: statedOnly)
    }

    /// Beyond one actor: the zone of possible agreement, the Pareto-optimal options, and who blocks the rest.
    func agreementPage() -> AgreementPage {
        noteEvaluation()
        note(.members(.option), .every(.option, .heading))
        let agreement = evaluation.agreement
        return AgreementPage(
            evaluatedActors: evaluation.actors.map { actorLink($0.actorID) }.inSentence(),
            zone: agreement.zone.map { id in
                ZoneEntry(option: optionLink(id), pareto: agreement.isParetoOptimal(id), scores: evaluation.actors.map { actor in
                    CardVerdict(actor: report.actorName(actor.actorID), text: report.verdictText(actor.result(for: id)), vetoed: false, ranked: false)
                })
            },
            pareto: agreement.paretoOptimal.map(optionLink),
            blocked: model.options.filter { !agreement.isInZone($0.id) }.map { option in
                BlockedEntry(option: optionLink(option.id), blocks: agreement.blocks(of: option.id).map { block in
                    BlockEntry(actor: actorLink(block.actorID), redLines: block.redLines.map(criterionLink).inSentence(),
                               missing: block.missing.map(criterionLink).inSentence())
                }.inSentence(between: "; ", last: "; "))
            },
            hasBlocked: !agreement.blocks.isEmpty)
    }

    /// "Figures in %: 100 is worth 0 and 200 is worth 1, linearly between." or the thresholds onto levels.
    static func measureSentence(_ measure: Measure) -> String {
        let unit = measure.unit.map { " " + $0 } ?? ""
        let figure = { (value: Double) in Formatting.weight(value) + unit }
        if let worst = measure.worst, let best = measure.best {
            return "Assessments may give the article's figures\(measure.unit.map { " (in \($0))" } ?? ""): \(figure(worst)) counts as 0 and "
                + "\(figure(best)) as 1, linearly between and no further; a range of figures counts as its middle and widens the rank probabilities' draws."
        }
        return "Assessments may give the article's figures\(measure.unit.map { " (in \($0))" } ?? ""), placed on the levels by thresholds: "
            + measure.thresholds.map { "from \(figure($0.from)), “\($0.level)”" }.joined(separator: "; ")
            + "; a range of figures counts as its middle and widens the rank probabilities' draws."
    }
}
