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
        if oldArticle != newArticle { changes.dependencies.insert(.article) }
        for entity in entities {
            let before = EntityValue(entity, in: old), after = EntityValue(entity, in: new)
            if before.exists != after.exists {
                changes.dependencies.insert(.members(entity.kind))
                changes.evaluationInputs = changes.evaluationInputs || entity.kind != .expectation
                changes.anchoringInputs = true
            }
            for part in [Dependency.Part.heading, .content] where !before.same(part, as: after) {
                changes.dependencies.formUnion([.entity(entity.kind, entity.id, part), .every(entity.kind, part)])
            }
            if !before.sameForEvaluation(as: after) { changes.evaluationInputs = true }
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

/// An entity as one model holds it, compared with the other model's part by part: what a page shows where it
/// is named (its heading), all of it (its content), what the evaluation reads, and what anchoring reads.
private enum EntityValue: Equatable {
    case absent
    case option(Option)
    case criterion(Criterion)
    case actor(Actor)
    case assessment(Assessment)
    case ranking(StatedRanking)
    case expectation(Expectation)

    init(_ entity: ReportChanges.Entity, in model: ReportModel) {
        let id = entity.id
        switch entity.kind {
        case .option: self = model.option(OptionID(id)).map(Self.option) ?? .absent
        case .criterion: self = model.criterion(CriterionID(id)).map(Self.criterion) ?? .absent
        case .actor: self = model.actor(ActorID(id)).map(Self.actor) ?? .absent
        case .assessment: self = model.assessment(id: AssessmentID(id)).map(Self.assessment) ?? .absent
        case .statedRanking: self = model.statedRanking(of: ActorID(id)).map(Self.ranking) ?? .absent
        case .expectation: self = model.expectations.first(where: { $0.location.file.hasSuffix("/\(id).md") }).map(Self.expectation) ?? .absent
        case .article: self = .absent
        }
    }

    var exists: Bool { self != .absent }

    func same(_ part: Dependency.Part, as other: EntityValue) -> Bool {
        part == .content ? self == other : sameHeading(as: other)
    }

    private func sameHeading(as other: EntityValue) -> Bool {
        switch (self, other) {
        case (.option(let a), .option(let b)): a.title == b.title && a.summary == b.summary
        case (.criterion(let a), .criterion(let b)): a.title == b.title && a.kind == b.kind && a.actorID == b.actorID
        case (.actor(let a), .actor(let b)): a.name == b.name
        case (.assessment(let a), .assessment(let b)):
            // Confidence is part of the heading: rankings mark vetoes judged with low confidence, and the rank
            // probabilities' draws widen with it.
            a.optionID == b.optionID && a.criterionID == b.criterionID && a.judgement == b.judgement && a.citations == b.citations
                && a.confidence == b.confidence
        case (.ranking(let a), .ranking(let b)): a == b
        // An expectation has no heading: no page names it.
        case (.expectation, .expectation), (.expectation, .absent), (.absent, .expectation), (.absent, .absent): true
        default: false
        }
    }

    func sameForEvaluation(as other: EntityValue) -> Bool {
        switch (self, other) {
        // Tensions between a stated and a computed ranking are described with titles.
        case (.option(let a), .option(let b)): a.title == b.title && a.summary == b.summary
        case (.criterion(let a), .criterion(let b)): a == b
        case (.assessment(let a), .assessment(let b)):
            a.optionID == b.optionID && a.criterionID == b.criterionID && a.judgement == b.judgement && a.confidence == b.confidence
        case (.ranking(let a), .ranking(let b)): a == b
        // The evaluation reads neither an actor nor an expectation (a new or removed one is seen by its existence).
        case (.actor, _), (.expectation, _), (.absent, _):
            switch other {
            case .actor, .expectation, .absent: true
            default: false
            }
        default: false
        }
    }

    /// What anchoring reads of it.
    var citations: [Citation] {
        switch self {
        case .option(let option): option.citations
        case .criterion(let criterion): criterion.citations
        case .assessment(let assessment): assessment.citations
        case .ranking(let ranking): ranking.citations
        case .actor, .expectation, .absent: []
        }
    }
}
