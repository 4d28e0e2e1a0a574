/// Checks that the annotations refer to each other correctly and builds the `ReportModel`.
public enum ModelValidator {
    public static func validate(_ content: ParsedContent, contentFolder: String = "Content") -> (model: ReportModel?, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        guard let article = content.articles.first else {
            diagnostics.append(.error(at: .start(of: "\(contentFolder)/article.md"), "there is no article",
                                      hint: "add 'article.md' with the article's text and front matter (title, author)"))
            return (nil, diagnostics)
        }
        let actorIDs = Set(content.actors.map(\.id))
        let optionIDs = Set(content.options.map(\.id))
        let criteria = Dictionary(content.criteria.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func hasFile<Entity>(_ kind: ContentKind, _ id: EntityID<Entity>) -> Bool { content.declarations[kind]?[id.rawValue] != nil }

        for criterion in content.criteria where !actorIDs.contains(criterion.actorID) && !hasFile(.actor, criterion.actorID) {
            diagnostics.append(.error(at: criterion.actorLocation, "unknown actor '\(criterion.actorID)'",
                                      hint: reference(criterion.actorID, among: actorIDs, kind: .actor, in: content)))
        }

        var assessed: [String: SourceLocation] = [:]
        for assessment in content.assessments {
            if !optionIDs.contains(assessment.optionID) && !hasFile(.option, assessment.optionID) {
                diagnostics.append(.error(at: assessment.optionLocation, "unknown option '\(assessment.optionID)'",
                                          hint: reference(assessment.optionID, among: optionIDs, kind: .option, in: content)))
            }
            guard let criterion = criteria[assessment.criterionID] else {
                if hasFile(.criterion, assessment.criterionID) { continue }
                diagnostics.append(.error(at: assessment.criterionLocation, "unknown criterion '\(assessment.criterionID)'",
                                          hint: reference(assessment.criterionID, among: Set(criteria.keys), kind: .criterion, in: content)))
                continue
            }
            let pair = "\(assessment.optionID) on \(assessment.criterionID)"
            if let first = assessed[pair] {
                diagnostics.append(.error(at: assessment.location, "'\(assessment.optionID)' is already assessed on '\(assessment.criterionID)'",
                                          hint: "the other assessment is \(first.file); keep one"))
            } else {
                assessed[pair] = assessment.location
            }
            diagnostics += judgementProblems(assessment, criterion)
        }

        for ranking in content.statedRankings {
            if !actorIDs.contains(ranking.actorID) && !hasFile(.actor, ranking.actorID) {
                diagnostics.append(.error(at: ranking.location, "unknown actor '\(ranking.actorID)'",
                                          hint: reference(ranking.actorID, among: actorIDs, kind: .actor, in: content)))
            }
            var listed: Set<OptionID> = []
            // Pairs may name any option, unacceptable ones too; 'order' and 'unacceptable' each list an option once.
            let onlyInPairs = ranking.mentioned.filter { !ranking.order.contains($0) && !ranking.unacceptable.contains($0) }
            for id in ranking.order + ranking.unacceptable + onlyInPairs {
                let location = ranking.optionLocations[id] ?? ranking.location
                if !optionIDs.contains(id) && !hasFile(.option, id) {
                    diagnostics.append(.error(at: location, "unknown option '\(id)'",
                                              hint: reference(id, among: optionIDs, kind: .option, in: content)))
                }
                if !listed.insert(id).inserted {
                    diagnostics.append(.error(at: location, "the option '\(id)' is listed twice in the ranking",
                                              hint: "an option is either in 'order' once or in 'unacceptable'"))
                }
            }
        }
        for expectation in content.expectations {
            let references = expectation.references
            for id in references.actors where !actorIDs.contains(id) && !hasFile(.actor, id) {
                diagnostics.append(.error(at: expectation.location, "unknown actor '\(id)'",
                                          hint: reference(id, among: actorIDs, kind: .actor, in: content)))
            }
            for id in references.options where !optionIDs.contains(id) && !hasFile(.option, id) {
                diagnostics.append(.error(at: expectation.location, "unknown option '\(id)'",
                                          hint: reference(id, among: optionIDs, kind: .option, in: content)))
            }
            for id in references.criteria where criteria[id] == nil && !hasFile(.criterion, id) {
                diagnostics.append(.error(at: expectation.location, "unknown criterion '\(id)'",
                                          hint: reference(id, among: Set(criteria.keys), kind: .criterion, in: content)))
            }
        }
        var listed: Set<ActorID> = []
        for (id, location) in zip(content.site.actorOrder, content.site.actorOrderLocations) {
            if !actorIDs.contains(id) {
                diagnostics.append(.error(at: location, "unknown actor '\(id)'", hint: reference(id, among: actorIDs, kind: .actor, in: content)))
            } else if !listed.insert(id).inserted {
                diagnostics.append(.error(at: location, "the actor '\(id)' is listed twice", hint: "list each actor once, the leading one first"))
            }
        }
        guard !diagnostics.containsErrors else { return (nil, diagnostics) }
        let entities = ReportModel.Entities(actors: content.actors, criteria: content.criteria, options: content.options,
                                            assessments: content.assessments, statedRankings: content.statedRankings,
                                            expectations: content.expectations)
        let model = ReportModel(article: article, entities: entities, site: content.site, bodyLines: content.bodyLines,
                                revisions: content.revisions)
        return (model, diagnostics)
    }

    private static func judgementProblems(_ assessment: Assessment, _ criterion: Criterion) -> [Diagnostic] {
        switch (assessment.judgement, criterion.kind) {
        case (.level(let level), .preference):
            guard criterion.level(level) == nil else { return [] }
            if Measure.figures(level) != nil {
                return [.error(at: assessment.judgementLocation, "'\(criterion.id)' has no measure, so it takes a 'level', not a 'value'",
                               hint: "add a 'measure:' to the criterion (unit, worst and best), or give one of its levels: "
                                   + criterion.scale.map(\.id).joined(separator: ", "))]
            }
            return [.error(at: assessment.judgementLocation, "'\(level)' is not a level of '\(criterion.id)'",
                           hint: Suggestion.hint(for: level.rawValue, among: criterion.scale.map(\.id.rawValue), noun: "level"))]
        case (.level, .redLine):
            return [.error(at: assessment.judgementLocation, "'\(criterion.id)' is a red line: it takes 'crosses', not 'level'",
                           hint: "write 'crosses: true' or 'crosses: false'")]
        case (.redLine, .preference):
            return [.error(at: assessment.judgementLocation, "'\(criterion.id)' is a preference: it takes 'level', not 'crosses'",
                           hint: "levels: " + criterion.scale.map(\.id).joined(separator: ", "))]
        case (.redLine, .redLine):
            return []
        }
    }

    private static func reference<Entity>(_ id: EntityID<Entity>, among ids: Set<EntityID<Entity>>, kind: ContentKind,
                                          in content: ParsedContent) -> String {
        let id = id.rawValue, ids = ids.map(\.rawValue)
        let nouns: [ContentKind: String] = [.actor: "an actor", .criterion: "a criterion", .option: "an option",
                                            .assessment: "an assessment", .statedRanking: "a ranking"]
        if let other = ContentKind.allCases.first(where: { $0 != kind && content.declarations[$0]?[id] != nil }) {
            return "'\(id)' is \(nouns[other] ?? other.rawValue), not \(nouns[kind] ?? kind.rawValue)"
        }
        if let match = Suggestion.closest(to: id, among: ids) { return "did you mean '\(match)'?" }
        return "there is no '\(kind.rawValue)/\(id).md'" + (ids.isEmpty ? "" : "; known: " + ids.sorted().prefix(6).joined(separator: ", "))
    }
}
