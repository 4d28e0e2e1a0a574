import AssayCore

/// Builds the typed model of every page. The pieces several pages show — links, quotes, evidence, assessment
/// cards, rankings, rank-probability rows — are made once here and shared, never built again per page.
struct PageBuilder: Sendable {
    let report: ReportContext
    let optionLinks: [OptionID: OptionLink]
    let criterionLinks: [CriterionID: CriterionLink]
    let actorLinks: [ActorID: ActorLink]
    let quotesByPassage: [PassageID: Quote]
    /// By assessment id.
    private(set) var cards: [AssessmentID: AssessmentCard]
    /// Per actor with an evaluation: the ranking as the index shows it (its links made for the root).
    private(set) var rankings: [ActorID: RankingPiece]
    /// Per actor, each option's row of rank probabilities.
    private(set) var acceptabilityRows: [ActorID: [OptionID: AcceptabilityRow]]
    /// What the report concludes, leading actor first: the index, report.json and the feed all show it.
    let summary: ReportSummary
    /// The recorded revisions and what changed at each; nil without revisions.
    let history: RevisionHistory?
    let revisionHTML: RevisionSentenceHTML?
    /// Where the page being built records what it reads; nil while the shared pieces are made.
    private(set) var log: ReadLog?

    var model: ReportModel { report.model }
    var evaluation: ReportEvaluation { report.evaluation }

    /// Which shared pieces to make up front: for a build that makes every page, all of them; for one that makes a few
    /// pages, none, and a page makes the few it shows (the same values: a piece depends only on the report).
    enum Sharing: Sendable {
        case everything
        /// The rankings only when a page that shows them is made.
        case onDemand(rankings: Bool)
    }

    init(report: ReportContext, sharing: Sharing = .everything) {
        self.report = report
        let model = report.model
        optionLinks = Dictionary(model.options.map { ($0.id, OptionLink(id: $0.id, title: $0.title, path: PagePaths.option($0.id))) },
                                 uniquingKeysWith: { first, _ in first })
        criterionLinks = Dictionary(model.criteria.map {
            ($0.id, CriterionLink(id: $0.id, title: $0.title, path: PagePaths.criterion($0.id), isRedLine: $0.kind == .redLine))
        }, uniquingKeysWith: { first, _ in first })
        actorLinks = Dictionary(model.actors.map { ($0.id, ActorLink(id: $0.id, name: $0.name, path: PagePaths.actor($0.id))) },
                                uniquingKeysWith: { first, _ in first })
        quotesByPassage = Dictionary(report.passages.passages.map { ($0.id, Quote(text: $0.text, id: $0.id)) },
                                     uniquingKeysWith: { first, _ in first })
        summary = ReportSummary.of(model, report.evaluation)
        history = RevisionHistory(report)
        revisionHTML = history.map { RevisionSentenceHTML(report: report, history: $0) }
        // Each shared piece may use those made before it: they are filled in order, the builder reading itself.
        cards = [:]
        rankings = [:]
        acceptabilityRows = [:]
        let maker = self
        if case .everything = sharing {
            cards = Dictionary(zip(model.assessments.map(\.id), Parallel.map(model.assessments) { maker.card($0) }),
                               uniquingKeysWith: { first, _ in first })
        }
        for robustness in report.evaluation.robustness {
            acceptabilityRows[robustness.actorID] = Dictionary(acceptabilityRows(robustness.acceptability).map { ($0.option.id, $0) },
                                                               uniquingKeysWith: { first, _ in first })
        }
        switch sharing {
        case .everything, .onDemand(rankings: true):
            for actor in report.evaluation.actors { rankings[actor.actorID] = ranking(actor, depth: 0) }
        case .onDemand(rankings: false):
            break
        }
    }

    /// The same builder, recording what it reads into `log`: one per page, so that a page is rebuilt only when
    /// something it read changes.
    func recording(into log: ReadLog) -> PageBuilder {
        var copy = self
        copy.log = log
        return copy
    }

    // One dependency without an array: links are asked for hundreds of thousands of times in a large report.
    func note(_ dependency: Dependency) { log?.note(dependency) }

    func note(_ dependencies: Dependency...) { log?.note(dependencies) }

    /// An entity's heading and the rest of it.
    func noteWhole<Entity>(_ kind: ContentKind, _ id: EntityID<Entity>) {
        note(.entity(kind, id.rawValue, .heading), .entity(kind, id.rawValue, .content))
    }

    /// The evaluation, and the names its phrases use ("vetoed by “…”").
    func noteEvaluation() {
        note(.evaluation, .members(.criterion), .members(.actor), .every(.criterion, .heading), .every(.actor, .heading))
    }

    // MARK: Links

    func optionLink(_ id: OptionID) -> OptionLink {
        note(.entity(.option, id.rawValue, .heading))
        return optionLinks[id] ?? OptionLink(id: id, title: id.rawValue, path: PagePaths.option(id))
    }

    func criterionLink(_ id: CriterionID) -> CriterionLink {
        note(.entity(.criterion, id.rawValue, .heading))
        return criterionLinks[id] ?? CriterionLink(id: id, title: id.rawValue, path: PagePaths.criterion(id), isRedLine: false)
    }

    func actorLink(_ id: ActorID) -> ActorLink {
        note(.entity(.actor, id.rawValue, .heading))
        return actorLinks[id] ?? ActorLink(id: id, name: id.rawValue, path: PagePaths.actor(id))
    }

    /// Where a citer's citation is shown, and how to name it.
    func citerLink(_ citer: Citer) -> CiterLink {
        note(.every(.option, .heading), .every(.criterion, .heading), .every(.actor, .heading), .every(.assessment, .heading))
        switch citer {
        case .option(let id):
            return CiterLink(label: "Option: \(report.optionTitle(id))", href: .path(PagePaths.option(id)), kind: "option")
        case .criterion(let id):
            return CiterLink(label: "Criterion: \(report.criterionTitle(id))", href: .path(PagePaths.criterion(id)), kind: "criterion")
        case .assessment(let id):
            guard let assessment = model.assessment(id: id) else { return CiterLink(label: id.rawValue, href: .verbatim("#"), kind: "assessment") }
            return CiterLink(label: "Assessment: \(report.optionTitle(assessment.optionID)) on \(report.criterionTitle(assessment.criterionID))",
                             href: .path(PagePaths.option(assessment.optionID) + "#" + PagePaths.assessmentFragment(criterion: assessment.criterionID)),
                             kind: "assessment")
        case .statedRanking(let actorID):
            return CiterLink(label: "Stated ranking for \(report.actorName(actorID))", href: .path(PagePaths.actor(actorID) + "#stated-ranking"),
                             kind: "ranking")
        }
    }

    // MARK: Evidence and assessments

    /// The quoted passages of a list of citations, each once.
    func quotes(_ citations: [Citation]) -> [Quote] {
        var seen: Set<PassageID> = []
        return citations.compactMap { citation in
            guard let id = report.passages.passageIDs[citation.location], seen.insert(id).inserted else { return nil }
            note(.quote(id))
            guard let rewording = citation.rewording else { return quotesByPassage[id] }
            return quotesByPassage[id].map { Quote(text: $0.text, id: $0.id, rewording: rewording) }
        }
    }

    func evidence(_ citations: [Citation], isInference: Bool) -> Evidence {
        Evidence(quotes: quotes(citations), isInference: isInference)
    }

    /// The shared cards of some assessments, recording everything each card shows.
    func assessmentCards(_ assessments: [Assessment]) -> [AssessmentCard] {
        if log != nil {
            note(.members(.assessment))
            for assessment in assessments {
                noteWhole(.assessment, assessment.id)
                note(.entity(.option, assessment.optionID.rawValue, .heading))
                noteWhole(.criterion, assessment.criterionID)
                for citation in assessment.citations {
                    if let id = report.passages.passageIDs[citation.location] { note(.quote(id)) }
                }
            }
        }
        // A card not made up front is made as the shared ones are, without this page's log: what it reads is noted above.
        var maker = self
        maker.log = nil
        return assessments.map { cards[$0.id] ?? maker.card($0) }
    }

    /// The article page: the text with every passage marked, each linked to what cites it.
    func noteArticlePage() {
        note(.articleText, .passages, .every(.option, .heading), .every(.criterion, .heading), .every(.actor, .heading),
             .every(.assessment, .heading))
    }

    func card(_ assessment: Assessment) -> AssessmentCard {
        let crosses: Bool = if case .redLine(true) = assessment.judgement { true } else { false }
        return AssessmentCard(
            anchor: PagePaths.assessmentFragment(criterion: assessment.criterionID),
            option: optionLink(assessment.optionID), criterion: criterionLink(assessment.criterionID),
            judgement: report.judgementText(assessment), crosses: crosses, confidence: assessment.confidence.rawValue,
            rationale: report.bodies.html(of: .assessment(assessment.id)),
            evidence: evidence(assessment.citations, isInference: assessment.isInference))
    }
}
