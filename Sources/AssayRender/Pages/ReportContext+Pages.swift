import AssayCore

/// One page of the report, before its context is built: jobs can be handed to any core.
enum PageJob: Sendable {
    case index, article, evidence, agreement, search, notFound
    case option(Option)
    case criterion(Criterion)
    case actor(Actor)
}

/// One page to render: where it goes, with which template, and what it shows.
struct PageSpec {
    var path: String
    var template: String
    var context: [String: Any]
}

extension ReportContext {
    /// What every page has: the site title, navigation and the way back to the root.
    /// - Parameter absolute: links from the site's base URL instead of relative ones (the 404 page, which a
    ///   server shows at any depth); relative links where no base URL is set.
    func common(page: String, title: String, section: String, summary: String? = nil, absolute: Bool = false,
                breadcrumbs: [(label: String, path: String)] = []) -> [String: Any] {
        let base = absolute ? model.site.base : nil
        let link = { (path: String) in base.map { $0 + path } ?? PagePaths.link(path, from: page) }
        let siteTitle = model.site.title ?? model.article.title
        let description = summary ?? model.site.description ?? "An analysis of “\(model.article.title)” by \(model.article.author)."
        return [
            "pageTitle": title,
            "siteTitle": siteTitle,
            "language": model.site.language,
            "description": description,
            "hasBaseURL": model.site.base != nil,
            "canonical": model.site.base.map { $0 + page } ?? "",
            "siteAuthor": model.site.author ?? "",
            "hasSiteAuthor": model.site.author != nil,
            "breadcrumbs": breadcrumbs.map { ["label": $0.label, "href": link($0.path)] },
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
            "searchHref": link(PagePaths.search),
            "stylesheet": link("style.css"),
            "home": link(PagePaths.index),
            "methodHref": link(PagePaths.index) + "#how-to-read",
            "section": section,
            "nav": [
                ["label": "Report", "href": link(PagePaths.index), "current": section == "index"],
                ["label": "Article", "href": link(PagePaths.article), "current": section == "article"],
                ["label": "Evidence", "href": link(PagePaths.evidence), "current": section == "evidence"],
                ["label": "Agreement", "href": link(PagePaths.agreement), "current": section == "agreement"],
                ["label": "Search", "href": link(PagePaths.search), "current": section == "search"],
                ["label": "Data (JSON)", "href": link(PagePaths.reportJSON), "current": false],
            ] as [[String: Any]],
            "source": sourceContext(from: page),
        ]
    }

    func sourceContext(from page: String) -> [String: Any] {
        let article = model.article
        return [
            "title": article.title, "author": article.author,
            "outlet": article.outlet ?? "", "hasOutlet": article.outlet != nil,
            "date": article.date ?? "", "hasDate": article.date != nil,
            "url": article.url ?? "", "hasURL": article.url != nil,
            "href": PagePaths.link(PagePaths.article, from: page),
        ]
    }

    /// Every page of the report, in a fixed order.
    var pageJobs: [PageJob] {
        [.index, .article, .evidence, .agreement, .search, .notFound]
            + model.options.map { .option($0) } + model.criteria.map { .criterion($0) } + model.actors.map { .actor($0) }
    }

    func spec(for job: PageJob, articleHTML: String) -> PageSpec {
        switch job {
        case .index: indexPage()
        case .article: articlePage(html: articleHTML)
        case .evidence: evidencePage()
        case .agreement: agreementPage()
        case .search: searchPage()
        case .notFound: notFoundPage()
        case .option(let option): optionPage(option)
        case .criterion(let criterion): criterionPage(criterion)
        case .actor(let actor): actorPage(actor)
        }
    }

    /// Every page of the report, in a fixed order.
    func pageSpecs(articleHTML: String) -> [PageSpec] { pageJobs.map { spec(for: $0, articleHTML: articleHTML) } }

    func indexPage() -> PageSpec {
        let page = PagePaths.index
        var context = common(page: page, title: model.article.title, section: "index")
        context["rankings"] = evaluation.actors.map { rankingContext($0, from: page) }
        context["hasRankings"] = !evaluation.actors.isEmpty
        let zone = agreementZone
        context["agreement"] = zone.map { optionLink($0, from: page) }
        context["hasAgreement"] = !zone.isEmpty
        context["evaluatedActors"] = evaluation.actors.map { actorLink($0.actorID, from: page) }
        context["optionSummaries"] = model.options.map { option -> [String: Any] in
            var entry = optionLink(option.id, from: page)
            entry["summary"] = option.summary
            entry["verdicts"] = evaluation.actors.map { actor -> [String: Any] in
                let result = actor.result(for: option.id)
                return ["actor": actorName(actor.actorID), "text": verdictText(result),
                        "vetoed": result?.verdict.isVetoed ?? false, "ranked": result?.verdict.isRanked ?? false]
            }
            return entry
        }
        context["passageCount"] = passages.passages.count
        context["assessmentCount"] = model.assessments.count
        context["articleMap"] = articleMapContext(from: page)
        let draws = evaluation.robustness.first?.acceptability.draws ?? 0
        context["drawsText"] = draws > 0 ? String(draws) : "no (rank probabilities are switched off for this report)"
        // Only the index lists everything: lists of all options on every page would grow with the square of the report.
        context["actors"] = model.actors.map { actorLink($0.id, from: page) }
        context["criteria"] = model.criteria.map { criterionLink($0.id, from: page) }
        return PageSpec(path: page, template: "index", context: context)
    }

    func articlePage(html: String) -> PageSpec {
        let page = PagePaths.article
        var context = common(page: page, title: "Article: \(model.article.title)", section: "article")
        context["articleHTML"] = html
        context["passageCount"] = passages.passages.count
        context["articleMap"] = articleMapContext(from: page)
        return PageSpec(path: page, template: "article", context: context)
    }

    func evidencePage() -> PageSpec {
        let page = PagePaths.evidence
        var context = common(page: page, title: "Evidence", section: "evidence")
        context["passages"] = passages.passages.enumerated().map { index, passage -> [String: Any] in
            ["number": index + 1, "id": passage.id, "text": passage.text,
             "href": PagePaths.link(PagePaths.article, from: page) + "#" + passage.id,
             "citers": passage.citers.map { citerLink($0, from: page) },
             "citeCount": passage.citers.count]
        }
        return PageSpec(path: page, template: "evidence", context: context)
    }

    func optionPage(_ option: Option) -> PageSpec {
        let page = PagePaths.option(option.id)
        var context = common(page: page, title: option.title, section: "option", summary: option.summary,
                             breadcrumbs: [("Report", PagePaths.index), ("Options", PagePaths.index + "#options")])
        context["option"] = [
            "id": option.id, "title": option.title, "summary": option.summary, "body": html(option.body),
            "evidence": evidence(option.citations, isInference: option.isInference, from: page),
        ] as [String: Any]
        context["verdicts"] = evaluation.actors.compactMap { actor -> [String: Any]? in
            guard let result = actor.result(for: option.id) else { return nil }
            return verdictContext(result, actor: actor, from: page)
        }
        let robustness = optionRobustness(option.id, from: page)
        context["robustness"] = robustness
        context["hasRobustness"] = !robustness.isEmpty
        let assessments = model.assessments(ofOption: option.id)
        context["assessments"] = assessments.map { assessmentContext($0, from: page) }
        context["hasAssessments"] = !assessments.isEmpty
        return PageSpec(path: page, template: "option", context: context)
    }

    /// One actor's verdict on an option, with the score broken down by criterion.
    func verdictContext(_ result: OptionResult, actor: ActorEvaluation, from page: String) -> [String: Any] {
        var context: [String: Any] = [
            "actor": actorLink(actor.actorID, from: page),
            "text": verdictText(result),
            "ranked": result.verdict.isRanked, "vetoed": result.verdict.isVetoed,
            "incomplete": !result.verdict.isRanked && !result.verdict.isVetoed,
            "rankedCount": actor.ranked.count,
        ]
        context["contributions"] = result.contributions.map { contribution -> [String: Any] in
            let level = model.criterion(contribution.criterionID)?.level(contribution.levelID)
            var row = criterionLink(contribution.criterionID, from: page)
            row["level"] = level?.label ?? contribution.levelID
            row["value"] = Formatting.decimal(contribution.value)
            row["weight"] = Formatting.weight(contribution.weight)
            row["share"] = Formatting.decimal(contribution.normalizedWeight)
            row["contribution"] = Formatting.decimal(contribution.contribution, places: 3)
            row["barSVG"] = ReportCharts.stackedBar([(contribution.contribution, "tone-accent", "contribution \(Formatting.decimal(contribution.contribution, places: 3))")],
                                                    label: "contribution \(Formatting.decimal(contribution.contribution, places: 3)) of 1", height: 8)
            row["assessmentHref"] = "#" + PagePaths.assessmentFragment(criterion: contribution.criterionID)
            return row
        }
        context["hasContributions"] = !result.contributions.isEmpty
        context["score"] = result.score.map { Formatting.decimal($0, places: 3) } ?? ""
        context["redLines"] = result.redLineChecks.map { check -> [String: Any] in
            var row = criterionLink(check.criterionID, from: page)
            row["status"] = check.crosses.map { $0 ? "crosses" : "does not cross" } ?? "not assessed"
            row["crosses"] = check.crosses == true
            row["assessmentHref"] = "#" + PagePaths.assessmentFragment(criterion: check.criterionID)
            return row
        }
        context["hasRedLines"] = !result.redLineChecks.isEmpty
        context["gaps"] = result.gaps.map { criterionLink($0, from: page) }
        context["hasGaps"] = !result.gaps.isEmpty
        return context
    }

    func criterionPage(_ criterion: Criterion) -> PageSpec {
        let page = PagePaths.criterion(criterion.id)
        var context = common(page: page, title: criterion.title, section: "criterion",
                             summary: "\(criterion.kind == .redLine ? "A red line" : "A preference") of \(actorName(criterion.actorID)): \(criterion.title).",
                             breadcrumbs: [("Report", PagePaths.index), (actorName(criterion.actorID), PagePaths.actor(criterion.actorID))])
        let actorWeight = model.criteria(of: criterion.actorID).reduce(0) { $0 + ($1.weight ?? 0) }
        context["criterion"] = [
            "id": criterion.id, "title": criterion.title, "isRedLine": criterion.kind == .redLine,
            "kind": criterion.kind == .redLine ? "red line" : "preference",
            "actor": actorLink(criterion.actorID, from: page),
            "weight": criterion.weight.map(Formatting.weight) ?? "",
            "share": criterion.weight.map { Formatting.decimal($0 / max(actorWeight, .leastNonzeroMagnitude)) } ?? "",
            "scale": criterion.scale.map { ["id": $0.id, "label": $0.label, "value": Formatting.decimal($0.value)] },
            "body": html(criterion.body),
            "evidence": evidence(criterion.citations, isInference: criterion.isInference, from: page),
        ] as [String: Any]
        let robustness = evaluation.robustness(of: criterion.actorID)
        let stability = robustness?.stability.first { $0.criterionID == criterion.id }
        context["stability"] = stability.map { entry -> [String: Any] in
            ["interval": intervalSentence(entry, actor: criterion.actorID), "swaps": swapSentences(entry).map { ["text": $0] }]
        } ?? false
        context["relaxation"] = robustness?.relaxations.first { $0.criterionID == criterion.id }.map { relaxationContext($0, from: page) } ?? false
        let assessments = model.assessments(ofCriterion: criterion.id)
        context["assessments"] = assessments.map { assessmentContext($0, from: page) }
        context["hasAssessments"] = !assessments.isEmpty
        let assessed = Set(assessments.map(\.optionID))
        let gaps = model.options.filter { !assessed.contains($0.id) }.map { optionLink($0.id, from: page) }
        context["gaps"] = gaps
        context["hasGaps"] = !gaps.isEmpty
        return PageSpec(path: page, template: "criterion", context: context)
    }

    func actorPage(_ actor: Actor) -> PageSpec {
        let page = PagePaths.actor(actor.id)
        var context = common(page: page, title: actor.name, section: "actor", summary: actor.description,
                             breadcrumbs: [("Report", PagePaths.index), ("Actors and criteria", PagePaths.index + "#actors-criteria")])
        let criteria = model.criteria(of: actor.id)
        context["actor"] = ["id": actor.id, "name": actor.name, "description": actor.description, "body": html(actor.body)]
        context["redLines"] = criteria.filter { $0.kind == .redLine }.map { criterionLink($0.id, from: page) }
        context["preferences"] = criteria.filter { $0.kind == .preference }.map { criterion -> [String: Any] in
            var link = criterionLink(criterion.id, from: page)
            link["weight"] = Formatting.weight(criterion.weight ?? 0)
            return link
        }
        context["hasCriteria"] = !criteria.isEmpty
        // Every key is always present (false when empty), so templates can be checked against the vocabulary.
        context["ranking"] = false
        context["statedOnly"] = false
        if let actorEvaluation = evaluation.actor(actor.id) {
            context["ranking"] = rankingContext(actorEvaluation, from: page)
        } else if let stated = model.statedRanking(of: actor.id) {
            // Without criteria there is nothing to compare; the author's ranking is still shown and citable.
            context["statedOnly"] = [
                "order": stated.order.map { optionLink($0, from: page) },
                "unacceptable": stated.unacceptable.map { optionLink($0, from: page) },
                "hasUnacceptable": !stated.unacceptable.isEmpty,
                "evidence": evidence(stated.citations, isInference: false, from: page),
                "notes": html(stated.body),
            ] as [String: Any]
        }
        return PageSpec(path: page, template: "actor", context: context)
    }
}

extension ReportContext {
    /// Beyond one actor: the zone of possible agreement, the Pareto-optimal options, and who blocks the rest.
    func agreementPage() -> PageSpec {
        let page = PagePaths.agreement
        var context = common(page: page, title: "Agreement across actors", section: "agreement")
        let agreement = evaluation.agreement
        context["evaluatedActors"] = evaluation.actors.map { actorLink($0.actorID, from: page) }
        context["hasEvaluatedActors"] = !evaluation.actors.isEmpty
        context["zone"] = agreement.zone.map { id -> [String: Any] in
            var link = optionLink(id, from: page)
            link["pareto"] = agreement.paretoOptimal.contains(id)
            link["scores"] = evaluation.actors.map { actor -> [String: Any] in
                ["actor": actorName(actor.actorID), "text": verdictText(actor.result(for: id))]
            }
            return link
        }
        context["hasZone"] = !agreement.zone.isEmpty
        context["pareto"] = agreement.paretoOptimal.map { optionLink($0, from: page) }
        context["hasPareto"] = !agreement.paretoOptimal.isEmpty
        context["blocked"] = model.options.filter { !agreement.zone.contains($0.id) }.map { option -> [String: Any] in
            var link = optionLink(option.id, from: page)
            link["blocks"] = agreement.blocks.filter { $0.optionID == option.id }.map { block -> [String: Any] in
                [
                    "actor": actorLink(block.actorID, from: page),
                    "redLines": block.redLines.map { criterionLink($0, from: page) },
                    "isVeto": !block.redLines.isEmpty,
                    "missing": block.missing.map { criterionLink($0, from: page) },
                ]
            }
            return link
        }
        context["hasBlocked"] = !agreement.blocks.isEmpty
        return PageSpec(path: page, template: "agreement", context: context)
    }
}

extension ReportContext {
    /// Where the passages lie in the article, as a picture and in words.
    func articleMapContext(from page: String) -> [String: Any] {
        // Passage positions are offsets in the article's folded plain text, whose length is the map's scale.
        let article = PagePaths.link(PagePaths.article, from: page)
        let svg = ReportCharts.articleMap(passages.passages, length: passages.articleLength, link: { article + "#" + $0.id })
        let most = passages.passages.max { ($0.citers.count, $1.start) < ($1.citers.count, $0.start) }
        var description = "\(passages.passages.count) passages of the article are cited"
        if let most { description += "; the most cited, \(most.citers.count) times, is “\(most.text)”" }
        return ["svg": svg, "description": description + ".", "hasMap": !svg.isEmpty,
                "evidenceHref": PagePaths.link(PagePaths.evidence, from: page)]
    }

    /// The option × criterion matrix of one actor: a heat map with codes, their legend, and the same data as a table.
    func matrixContext(_ actorID: String, from page: String) -> [String: Any] {
        let criteria = model.criteria(of: actorID)
        let options = model.options
        let columns = criteria.indices.map { "C\($0 + 1)" }, rows = options.indices.map { "O\($0 + 1)" }
        let cells = options.map { option in
            criteria.map { criterion -> ReportCharts.Cell in
                let assessment = model.assessment(option: option.id, criterion: criterion.id)
                let href = PagePaths.link(PagePaths.option(option.id), from: page) + "#" + PagePaths.assessmentFragment(criterion: criterion.id)
                let quote = assessment.flatMap { $0.citations.first }.flatMap { passages.passage(for: $0) }.map { " — “\($0.text)”" } ?? ""
                let name = "\(option.title) × \(criterion.title)"
                switch assessment?.judgement {
                case .level(let id)?:
                    let level = criterion.level(id)
                    return .init(value: level?.value, crosses: nil, title: "\(name): \(level?.label ?? id)\(quote)", href: href)
                case .redLine(let crosses)?:
                    return .init(value: nil, crosses: crosses, title: "\(name): \(crosses ? "crosses" : "does not cross")\(quote)", href: href)
                case nil:
                    return .init(value: nil, crosses: nil, title: "\(name): not assessed", href: nil)
                }
            }
        }
        let svg = ReportCharts.matrix(rows: rows, columns: columns, cells: cells,
                                      label: "Levels of \(options.count) options on \(criteria.count) criteria of \(actorName(actorID)); the table below gives the same data")
        return [
            "svg": svg,
            "columns": criteria.enumerated().map { index, criterion -> [String: Any] in
                var link = criterionLink(criterion.id, from: page)
                link["code"] = columns[index]
                return link
            },
            "rows": options.enumerated().map { index, option -> [String: Any] in
                var link = optionLink(option.id, from: page)
                link["code"] = rows[index]
                link["cells"] = cells[index].map { cell -> [String: Any] in
                    let text = cell.crosses.map { $0 ? "crosses" : "does not cross" } ?? cell.value.map { Formatting.decimal($0) } ?? "not assessed"
                    return ["text": text, "href": cell.href ?? "", "hasLink": cell.href != nil]
                }
                return link
            },
        ]
    }

}
