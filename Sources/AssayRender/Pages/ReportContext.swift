import AssayCore

/// The analysed report as every page sees it, with the helpers pages share to describe it.
struct ReportContext: Sendable {
    let model: ReportModel
    let passages: AnchoredPassages
    let evaluation: ReportEvaluation

    init(model: ReportModel, passages: AnchoredPassages, evaluation: ReportEvaluation) {
        self.model = model
        self.passages = passages
        self.evaluation = evaluation
    }

    func html(_ markdown: String) -> String {
        markdown.isEmpty ? "" : CommonMark.html(markdown)
    }

    // MARK: Names and links

    func actorName(_ id: String) -> String { model.actor(id)?.name ?? id }
    func optionTitle(_ id: String) -> String { model.option(id)?.title ?? id }
    func criterionTitle(_ id: String) -> String { model.criterion(id)?.title ?? id }

    func optionLink(_ id: String, from page: String) -> [String: Any] {
        ["title": optionTitle(id), "href": PagePaths.link(PagePaths.option(id), from: page), "id": id]
    }

    func criterionLink(_ id: String, from page: String) -> [String: Any] {
        let criterion = model.criterion(id)
        return ["title": criterionTitle(id), "href": PagePaths.link(PagePaths.criterion(id), from: page), "id": id,
                "isRedLine": criterion?.kind == .redLine, "kind": criterion?.kind == .redLine ? "red line" : "preference"]
    }

    func actorLink(_ id: String, from page: String) -> [String: Any] {
        ["name": actorName(id), "href": PagePaths.link(PagePaths.actor(id), from: page), "id": id]
    }

    /// Where a citer's citation is shown, and how to name it.
    func citerLink(_ citer: Citer, from page: String) -> [String: Any] {
        switch citer {
        case .option(let id):
            return ["label": "Option: \(optionTitle(id))", "href": PagePaths.link(PagePaths.option(id), from: page), "kind": "option"]
        case .criterion(let id):
            return ["label": "Criterion: \(criterionTitle(id))", "href": PagePaths.link(PagePaths.criterion(id), from: page), "kind": "criterion"]
        case .assessment(let id):
            guard let assessment = model.assessment(id: id) else { return ["label": id, "href": "#", "kind": "assessment"] }
            let href = PagePaths.link(PagePaths.option(assessment.optionID), from: page) + "#"
                + PagePaths.assessmentFragment(criterion: assessment.criterionID)
            return ["label": "Assessment: \(optionTitle(assessment.optionID)) on \(criterionTitle(assessment.criterionID))",
                    "href": href, "kind": "assessment"]
        case .statedRanking(let actorID):
            return ["label": "Stated ranking for \(actorName(actorID))",
                    "href": PagePaths.link(PagePaths.actor(actorID), from: page) + "#stated-ranking", "kind": "ranking"]
        }
    }

    /// The quoted passages of a list of citations, each linking to its place in the article.
    func quotes(_ citations: [Citation], from page: String) -> [[String: Any]] {
        var seen: Set<String> = []
        return citations.compactMap { citation in
            guard let passage = passages.passage(for: citation), seen.insert(passage.id).inserted else { return nil }
            return ["text": passage.text, "id": passage.id,
                    "href": PagePaths.link(PagePaths.article, from: page) + "#" + passage.id]
        }
    }

    /// Citations and the inference flag, as the partial `evidence` shows them.
    func evidence(_ citations: [Citation], isInference: Bool, from page: String) -> [String: Any] {
        let quotes = quotes(citations, from: page)
        return ["quotes": quotes, "hasQuotes": !quotes.isEmpty, "isInference": isInference]
    }

    // MARK: Judgements

    func judgementText(_ assessment: Assessment) -> String {
        switch assessment.judgement {
        case .redLine(let crosses): return crosses ? "crosses the red line" : "does not cross the red line"
        case .level(let id):
            guard let level = model.criterion(assessment.criterionID)?.level(id) else { return id }
            return "\(level.label) (\(Formatting.decimal(level.value)))"
        }
    }

    /// An assessment as shown on option and criterion pages.
    func assessmentContext(_ assessment: Assessment, from page: String) -> [String: Any] {
        let crosses: Bool = if case .redLine(true) = assessment.judgement { true } else { false }
        return [
            "anchor": PagePaths.assessmentFragment(criterion: assessment.criterionID),
            "option": optionLink(assessment.optionID, from: page),
            "criterion": criterionLink(assessment.criterionID, from: page),
            "judgement": judgementText(assessment),
            "crosses": crosses,
            "confidence": assessment.confidence.rawValue,
            "rationale": html(assessment.rationale),
            "evidence": evidence(assessment.citations, isInference: assessment.isInference, from: page),
        ]
    }
}
