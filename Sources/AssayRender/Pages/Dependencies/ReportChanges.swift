import AssayCore

/// What differs between two analyses of the same content, as the dependencies whose values changed.
///
/// Only the entities of the files that changed are compared: an entity of an unchanged file is the same value.
public struct ReportChanges: Sendable {
    /// Every dependency whose value changed; pages and data files that read one of them are made again.
    public var dependencies: Set<Dependency> = []
    /// Whether anything the evaluation reads changed: when not, the last evaluation still holds.
    public var evaluationInputs = false
    /// Whether anything anchoring reads changed (the article's text, a citation, the set of entities): when not,
    /// the last anchored passages still hold.
    public var anchoringInputs = false

    public init() {}

    /// An entity named by the file it comes from.
    public struct Entity: Hashable, Sendable {
        public var kind: ContentKind
        public var id: String

        public init(kind: ContentKind, id: String) {
            self.kind = kind
            self.id = id
        }
    }

    /// Compares the entities of the changed files, the site settings and the article (the evaluation and the
    /// passages are compared apart, once they are known).
    public static func between(_ old: ReportModel, _ new: ReportModel, entities: Set<Entity>) -> ReportChanges {
        var changes = ReportChanges()
        if old.site != new.site { changes.dependencies.insert(.site) }
        if old.revisions != new.revisions { changes.dependencies.insert(.revisions) }
        var oldArticle = old.article, newArticle = new.article
        if oldArticle.body != newArticle.body {
            changes.dependencies.insert(.articleText)
            changes.anchoringInputs = true
        }
        (oldArticle.body, newArticle.body) = ("", "")
        (oldArticle.bodyLine, newArticle.bodyLine) = (0, 0)
        if String(describing: oldArticle) != String(describing: newArticle) { changes.dependencies.insert(.article) }
        for entity in entities {
            let before = EntityParts(entity, in: old), after = EntityParts(entity, in: new)
            if before.exists != after.exists {
                changes.dependencies.insert(.members(entity.kind))
                changes.evaluationInputs = changes.evaluationInputs || entity.kind != .expectation
                changes.anchoringInputs = true
            }
            for part in [Dependency.Part.heading, .content] where before.part(part) != after.part(part) {
                changes.dependencies.formUnion([.entity(entity.kind, entity.id, part), .every(entity.kind, part)])
            }
            if before.evaluated != after.evaluated { changes.evaluationInputs = true }
            if before.citations != after.citations { changes.anchoringInputs = true }
        }
        changes.noteSomethingChanged()
        return changes
    }

    /// Adds what re-anchoring changed: the passage list, and the text of each passage that differs.
    public mutating func comparePassages(_ old: AnchoredPassages, _ new: AnchoredPassages) {
        guard old.passages != new.passages || old.articleLength != new.articleLength || old.passageIDs != new.passageIDs else { return }
        dependencies.insert(.passages)
        let before = Dictionary(old.passages.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        let after = Dictionary(new.passages.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
        for id in Set(before.keys).union(after.keys) where before[id] != after[id] { dependencies.insert(.quote(id)) }
        noteSomethingChanged()
    }

    /// The evaluation was made again.
    public mutating func evaluationChanged() {
        dependencies.insert(.evaluation)
        noteSomethingChanged()
    }

    private mutating func noteSomethingChanged() {
        if !dependencies.isEmpty { dependencies.insert(.everything) }
    }

    /// Whether a file that read `reads` must be made again.
    public func affect(_ reads: Set<Dependency>) -> Bool { !dependencies.isDisjoint(with: reads) }
}

/// An entity's field groups, as text to compare, and what of it the evaluation reads.
private struct EntityParts {
    var exists = false
    var heading = ""
    var content = ""
    var evaluated = ""
    /// What anchoring reads of it.
    var citations: [Citation] = []

    func part(_ part: Dependency.Part) -> String { part == .heading ? heading : content }

    init(_ entity: ReportChanges.Entity, in model: ReportModel) {
        let id = entity.id
        switch entity.kind {
        case .option:
            guard let option = model.option(id) else { return }
            heading = "\(option.title)\u{0}\(option.summary)"
            content = String(describing: option)
            // Tensions between a stated and a computed ranking are described with titles.
            evaluated = heading
            citations = option.citations
        case .criterion:
            guard let criterion = model.criterion(id) else { return }
            heading = "\(criterion.title)\u{0}\(criterion.kind)\u{0}\(criterion.actorID)"
            content = String(describing: criterion)
            evaluated = content
            citations = criterion.citations
        case .actor:
            guard let actor = model.actor(id) else { return }
            heading = actor.name
            content = String(describing: actor)
        case .assessment:
            guard let assessment = model.assessment(id: id) else { return }
            // Confidence is part of both: rankings mark vetoes judged with low confidence, and the rank probabilities'
            // draws widen with it.
            heading = "\(assessment.optionID)\u{0}\(assessment.criterionID)\u{0}\(assessment.judgement)\u{0}\(assessment.citations)\u{0}\(assessment.confidence)"
            content = String(describing: assessment)
            evaluated = "\(assessment.optionID)\u{0}\(assessment.criterionID)\u{0}\(assessment.judgement)\u{0}\(assessment.confidence)"
            citations = assessment.citations
        case .statedRanking:
            guard let ranking = model.statedRanking(of: id) else { return }
            heading = String(describing: ranking)
            content = heading
            evaluated = heading
            citations = ranking.citations
        case .expectation:
            guard let expectation = model.expectations.first(where: { $0.location.file.hasSuffix("/\(id).md") }) else { return }
            content = String(describing: expectation)
        case .article:
            return
        }
        exists = true
    }
}
