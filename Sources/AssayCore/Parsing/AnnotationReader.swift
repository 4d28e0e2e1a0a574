import Foundation

/// Reads the front matter of one file of a known kind into the annotation it declares.
enum AnnotationReader {
    static func read(kind: ContentKind, id: String, frontMatter: FrontMatter,
                     fields: inout FrontMatterFields, into content: inout ParsedContent) {
        let body = frontMatter.body.trimmingWhitespace
        // Leading blank lines are trimmed away; count them so body lines can still be located.
        let leadingLines = frontMatter.body.prefix { $0.isWhitespace }.filter { $0 == "\n" }.count
        content.bodyLines[fields.file] = frontMatter.bodyLine + leadingLines
        switch kind {
        case .article: readArticle(frontMatter, &fields, &content)
        case .actor: readActor(id, body, &fields, &content)
        case .criterion: readCriterion(id, body, &fields, &content)
        case .option: readOption(id, body, &fields, &content)
        case .assessment: readAssessment(id, body, &fields, &content)
        case .statedRanking: readStatedRanking(id, body, &fields, &content)
        case .expectation:
            let expectations = ExpectationReader.read(&fields)
            fields.finish(allowed: FrontMatterKeys.expectation)
            content.expectations += expectations
        }
    }

    private static func readArticle(_ frontMatter: FrontMatter, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let title = fields.string("title", required: true)
        // One author, or a list of them.
        var authors: [String]?
        if let node = fields.value("author"), case .sequence(let items) = node.value, !items.isEmpty {
            authors = items.compactMap { fields.text($0, key: "author") }
        } else if fields.has("author") {
            authors = fields.string("author", required: true).map { [$0] }
        } else {
            _ = fields.string("author", required: true)
        }
        let author = authors.map(Article.names)
        let outlet = fields.string("outlet", required: false)
        let date = fields.string("date", required: false)
        var url = fields.string("url", required: false)
        if let link = url, case .failure(let refusal) = WebAddress.parse(link, schemes: ["http", "https"], allowsRelative: false) {
            fields.report(.error(at: fields.keyLocationOfValue("url"), "the article's url '\(WebAddress.shown(link))' \(refusal.message)",
                                 hint: refusal.hint))
            url = nil
        }
        let allowsRawHTML = fields.bool("allow-raw-html") ?? false
        fields.finish(allowed: FrontMatterKeys.article)
        if frontMatter.body.allSatisfy(\.isWhitespace) {
            fields.report(.error(at: SourceLocation(file: fields.file, line: frontMatter.bodyLine, column: 1),
                                 "the article has no text", hint: "paste the article's text after the closing '---'"))
        }
        guard let title, let author else { return }
        // The article is kept even with problems, so that quotes can still be checked against it.
        let metadata = Article.Metadata(title: title, authors: authors ?? [author], outlet: outlet, date: date, url: url)
        content.articles.append(Article(metadata, body: frontMatter.body, bodyLine: frontMatter.bodyLine, allowsRawHTML: allowsRawHTML,
                                        location: fields.location))
    }

    private static func readActor(_ id: String, _ body: String, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let name = fields.string("name", required: true)
        let description = fields.string("description", required: true)
        fields.finish(allowed: FrontMatterKeys.actor)
        guard let name, let description else { return }
        // A file with problems declares nothing: what refers to it is not reported a second time.
        guard fields.isReadable else { return }
        content.actors.append(Actor(id: ActorID(id), name: name, description: description, body: body, location: fields.location))
    }

    private static func readOption(_ id: String, _ body: String, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let title = fields.string("title", required: true)
        let summary = fields.string("summary", required: true)
        let evidence = fields.evidence()
        fields.finish(allowed: FrontMatterKeys.option)
        guard let title, let summary else { return }
        // A file with problems declares nothing: what refers to it is not reported a second time.
        guard fields.isReadable else { return }
        content.options.append(Option(id: OptionID(id), title: title, summary: summary,
                                      annotation: Annotation(body: body, citations: evidence.citations, isInference: evidence.isInference,
                                                             location: fields.location)))
    }

    private static func readCriterion(_ id: String, _ body: String, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let actor = fields.string("actor", required: true)
        let kindText = fields.string("kind", required: true, hint: "add 'kind: red-line' or 'kind: preference'")
        let title = fields.string("title", required: true)
        var kind: Criterion.Kind?
        if let kindText {
            kind = Criterion.Kind(rawValue: kindText)
            if kind == nil {
                fields.report(.error(at: fields.keyLocation("kind"), "unknown criterion kind '\(kindText)'",
                                     hint: Suggestion.hint(for: kindText, among: Criterion.Kind.allCases.map(\.rawValue), noun: "kind")))
            }
        }
        let weight = fields.number("weight")
        let scale = CriterionScaleReader.read(&fields)
        let measure = readMeasure(&fields, scale: scale)
        let evidence = fields.evidence()
        fields.finish(allowed: FrontMatterKeys.criterion)
        guard let actor, let kind, let title else { return }
        switch kind {
        case .redLine:
            if weight != nil {
                fields.report(.error(at: fields.keyLocation("weight"), "a red line has no weight",
                                     hint: "remove 'weight', or make the criterion 'kind: preference'"))
            }
            if scale != nil {
                fields.report(.error(at: fields.keyLocation("scale"), "a red line has no scale",
                                     hint: "assessments say 'crosses: true' or 'crosses: false'; remove 'scale'"))
            }
        case .preference:
            if let weight, weight.value <= 0 {
                fields.report(.error(at: weight.location, "the weight must be greater than zero",
                                     hint: "weights are relative within one actor, e.g. 1, 2, 3"))
            } else if weight == nil && !fields.has("weight") {
                fields.missing("weight", hint: "a preference needs 'weight: <positive number>'")
            }
            // A preference measured linearly needs no levels: its figures are its values.
            if scale == nil && measure?.worst == nil {
                fields.missing("scale", hint: "a preference needs a 'scale:' of levels, worst first, or a 'measure:' with 'worst' and 'best'")
            }
        }
        if kind == .redLine, fields.has("measure") {
            fields.report(.error(at: fields.keyLocation("measure"), "a red line has no measure",
                                 hint: "a measure maps figures onto a preference's values; remove 'measure'"))
        }
        guard kind == .redLine || (weight.map { $0.value > 0 } ?? false && (scale != nil || measure?.worst != nil)) else { return }
        // A file with problems declares nothing: what refers to it is not reported a second time.
        guard fields.isReadable else { return }
        let rule: Criterion.Rule = switch kind {
        case .redLine: .redLine
        case .preference: .preference(weight: weight?.value ?? 0, scale: scale ?? [], measure: measure)
        }
        content.criteria.append(Criterion(
            id: CriterionID(id), actorID: ActorID(actor), title: title, rule: rule,
            annotation: Annotation(body: body, citations: evidence.citations, isInference: evidence.isInference, location: fields.location,
                                   keyLocations: [.actor: fields.keyLocationOfValue("actor")])))
    }

    /// `measure:` — `unit`, and either `worst` and `best` (linear) or `thresholds` onto the scale's levels.
    private static func readMeasure(_ fields: inout FrontMatterFields, scale: [Criterion.Level]?) -> Measure? {
        guard let node = fields.value("measure") else { return nil }
        guard case .mapping(let mapping) = node.value else {
            fields.report(.error(at: fields.place(of: node), "'measure' must be a set of keys",
                                 hint: "write 'unit:', then 'worst:' and 'best:' (or 'thresholds:') indented below 'measure:'"))
            return nil
        }
        var nested = FrontMatterFields(mapping: mapping, at: fields.place(of: node), parent: fields)
        let unit = nested.string("unit", required: false)
        let worst = nested.number("worst"), best = nested.number("best")
        var thresholds: [Measure.Threshold] = []
        if let items = nested.has("thresholds") ? nested.list("thresholds") : nil {
            for item in items {
                guard case .mapping(let pairs) = item.value else {
                    nested.report(.error(at: nested.place(of: item), "a threshold must be 'level' and 'from'",
                                         hint: "write '- level: high' with 'from: 180' below it"))
                    continue
                }
                var step = FrontMatterFields(mapping: pairs, at: nested.place(of: item), parent: nested)
                let level = step.string("level", required: true), from = step.number("from")
                step.finish(allowed: ["level", "from"])
                nested.absorb(step)
                guard let level, let from else { continue }
                if scale?.contains(where: { $0.id.rawValue == level }) != true {
                    nested.report(.error(at: nested.place(of: item), "'\(level)' is not a level of the scale",
                                         hint: Suggestion.hint(for: level, among: (scale ?? []).map(\.id.rawValue), noun: "level")))
                }
                if let previous = thresholds.last, from.value <= previous.from {
                    nested.report(.error(at: from.location, "thresholds must rise: \(from.value.plainText) follows \(previous.from.plainText)",
                                         hint: "list thresholds from the lowest figure up"))
                }
                thresholds.append(.init(level: LevelID(level), from: from.value))
            }
        }
        nested.finish(allowed: ["unit", "worst", "best", "thresholds"])
        let linear = worst != nil || best != nil
        if linear == !thresholds.isEmpty || (linear && (worst == nil || best == nil)) {
            nested.report(.error(at: nested.location, "a measure needs 'worst' and 'best', or 'thresholds'",
                                 hint: "e.g. 'worst: 100' and 'best: 200' to map figures linearly onto 0–1"))
        } else if let worst, let best, worst.value == best.value {
            nested.report(.error(at: best.location, "'worst' and 'best' must differ", hint: "give the figures worth 0 and worth 1"))
        }
        fields.absorb(nested)
        return Measure(unit: unit, worst: worst?.value, best: best?.value, thresholds: thresholds)
    }

    private static func readAssessment(_ id: String, _ body: String, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let option = fields.string("option", required: true)
        let criterion = fields.string("criterion", required: true)
        var level = fields.string("level", required: false).map { LevelID($0) }
        let crosses = fields.bool("crosses")
        // A figure from the text, or a range of figures, on a measured preference: kept as a level of its own.
        if let figure = readFigure(&fields) {
            if level != nil {
                fields.report(.error(at: fields.keyLocation("value"), "give either 'level' or 'value', not both",
                                     hint: "'value' is a figure from the text, on a criterion with a 'measure'"))
            }
            level = figure
        }
        let confidenceText = fields.string("confidence", required: true, hint: "add 'confidence: low', 'medium' or 'high'")
        let evidence = fields.evidence()
        fields.finish(allowed: FrontMatterKeys.assessment)
        var confidence: Assessment.Confidence?
        if let confidenceText {
            confidence = Assessment.Confidence(rawValue: confidenceText)
            if confidence == nil {
                fields.report(.error(at: fields.keyLocationOfValue("confidence"), "unknown confidence '\(confidenceText)'",
                                     hint: "use low, medium or high"))
            }
        }
        var judgement: Assessment.Judgement?
        switch (level, crosses) {
        case (let level?, nil): judgement = .level(level)
        case (nil, let crosses?): judgement = .redLine(crosses: crosses)
        case (.some, .some):
            fields.report(.error(at: fields.keyLocation("crosses"), "give either 'level' or 'crosses', not both",
                                 hint: "'level' is for preferences, 'crosses' for red lines"))
        case (nil, nil) where !fields.has("level") && !fields.has("crosses") && !fields.has("value"):
            fields.missing("level", hint: "add 'level: <level id>' (or 'value: <figure>' on a measured preference) for a preference, or 'crosses: true|false' for a red line")
        case (nil, nil):
            break  // The value given was reported as it was read.
        }
        if body.isEmpty {
            fields.report(.error(at: fields.location, "the assessment has no rationale",
                                 hint: "explain the judgement in Markdown after the closing '---'"))
        }
        guard let option, let criterion, let judgement, let confidence else { return }
        let judgementKey = fields.has("value") ? "value" : level != nil ? "level" : "crosses"
        // A file with problems declares nothing: what refers to it is not reported a second time.
        guard fields.isReadable else { return }
        content.assessments.append(Assessment(
            id: AssessmentID(id), optionID: OptionID(option), criterionID: CriterionID(criterion), judgement: judgement, confidence: confidence,
            annotation: Annotation(body: body, citations: evidence.citations, isInference: evidence.isInference, location: fields.location,
                                   keyLocations: [.option: fields.keyLocationOfValue("option"),
                                                  .criterion: fields.keyLocationOfValue("criterion"),
                                                  .judgement: fields.keyLocationOfValue(judgementKey)])))
    }

    /// `value: 150` or `value: [140, 185]`, as a figure level id; nil without the key or with a problem.
    private static func readFigure(_ fields: inout FrontMatterFields) -> LevelID? {
        guard let node = fields.value("value") else { return nil }
        let number = { (node: YAMLNode) -> Double? in
            guard let scalar = node.scalar, scalar.style == .plain, let value = Double(scalar.string), value.isFinite else { return nil }
            return value
        }
        if let single = number(node) { return Measure.levelID(single) }
        if case .sequence(let items) = node.value, items.count == 2, let low = number(items[0]), let high = number(items[1]), low < high {
            return Measure.levelID(low, high)
        }
        fields.report(.error(at: fields.place(of: node), "'value' must be a number, or a range [low, high] with low below high",
                             hint: "write e.g. 'value: 150' or 'value: [140, 185]', the figures the article gives"))
        return nil
    }

    private static func readStatedRanking(_ id: String, _ body: String, _ fields: inout FrontMatterFields, _ content: inout ParsedContent) {
        let actor = fields.string("actor", required: true)
        let groups = rankingGroups(&fields)
        let pairs = rankingPairs(&fields)
        let unacceptable = fields.idList("unacceptable", of: Option.self) ?? []
        let evidence = fields.evidence()
        fields.finish(allowed: FrontMatterKeys.ranking)
        if groups == nil && pairs.isEmpty && !fields.has("order") && !fields.has("pairs") {
            fields.missing("order", hint: "list the options best first under 'order:', or state pairs under 'pairs:'")
        }
        guard let actor else { return }
        if actor != id {
            fields.report(.error(at: fields.keyLocationOfValue("actor"), "a ranking file must be named after its actor",
                                 hint: "rename the file to 'rankings/\(actor).md'"))
            return
        }
        var locations: [OptionID: SourceLocation] = [:]
        let listed = (groups ?? []).flatMap { $0 }
        for entry in listed + unacceptable where locations[entry.id] == nil { locations[entry.id] = entry.location }
        for pair in pairs {
            for (option, location) in [(pair.higher, pair.location), (pair.lower, pair.location)] where locations[option] == nil {
                locations[option] = location
            }
        }
        var seen: Set<OptionID> = []
        for entry in listed where !seen.insert(entry.id).inserted {
            fields.report(.error(at: entry.location, "'\(entry.id)' is listed twice in 'order'",
                                 hint: "list each option once; tied options go together in brackets, e.g. - [option-a, option-b]"))
        }
        let ranking = StatedRanking(actorID: ActorID(actor), groups: (groups ?? []).map { $0.map(\.id) }, pairs: pairs,
                                    unacceptable: unacceptable.map(\.id),
                                    annotation: Annotation(body: body, citations: evidence.citations, location: fields.location),
                                    optionLocations: locations)
        // A pair must agree with the groups and with the other pairs.
        let groupOnly = StatedRanking(actorID: ActorID(actor), groups: ranking.groups, pairs: [], annotation: Annotation(location: fields.location))
        let order = groupOnly.relation
        for (index, pair) in pairs.enumerated() {
            if pair.higher == pair.lower {
                fields.report(.error(at: pair.location, "the pair puts '\(pair.higher)' above itself", hint: "name two different options"))
            } else if let stated = order(pair.higher, pair.lower), stated != 1 {
                fields.report(.error(at: pair.location, "the pair puts '\(pair.higher)' above '\(pair.lower)', but 'order' "
                                        + (stated == 0 ? "ties them" : "puts '\(pair.lower)' first"),
                                     hint: "make the pair and 'order' agree, or leave one of them out"))
            } else {
                let others = StatedRanking(actorID: ActorID(actor), groups: [], pairs: Array(pairs[..<index]), annotation: Annotation(location: fields.location))
                if others.relation(pair.lower, pair.higher) == 1 {
                    fields.report(.error(at: pair.location, "the pair puts '\(pair.higher)' above '\(pair.lower)', but earlier pairs put it below",
                                         hint: "pairs must not go round in a circle: check which way each one goes"))
                }
            }
        }
        // A file with problems declares nothing: what refers to it is not reported a second time.
        guard fields.isReadable else { return }
        content.statedRankings.append(ranking)
    }

    /// `order:` — each item an option id, or a list of ids the author ties.
    private static func rankingGroups(_ fields: inout FrontMatterFields) -> [[(id: OptionID, location: SourceLocation)]]? {
        guard let items = fields.list("order") else { return nil }
        return items.compactMap { item -> [(id: OptionID, location: SourceLocation)]? in
            switch item.value {
            case .scalar:
                return fields.text(item, key: "order").map { [(OptionID($0), fields.place(of: item))] }
            case .sequence(let tied):
                guard tied.count >= 2 else {
                    fields.report(.error(at: fields.place(of: item), "a tied group in 'order' needs two options or more",
                                         hint: "write a single option without brackets: - option-a"))
                    return nil
                }
                return tied.compactMap { node in fields.text(node, key: "order").map { (OptionID($0), fields.place(of: node)) } }
            case .mapping:
                fields.report(.error(at: fields.place(of: item), "an item of 'order' must be an option or a list of tied options",
                                     hint: "write - option-a for one option, - [option-b, option-c] for options the author ties"))
                return nil
            }
        }
    }

    /// `pairs:` — each `above: A`, `below: B`, with an optional `note` and its own `cites`.
    private static func rankingPairs(_ fields: inout FrontMatterFields) -> [StatedRanking.Pair] {
        guard fields.has("pairs"), let items = fields.list("pairs") else { return [] }
        return items.compactMap { item -> StatedRanking.Pair? in
            guard case .mapping(let mapping) = item.value else {
                fields.report(.error(at: fields.place(of: item), "a pair must be a set of keys",
                                     hint: "write - above: option-a, then below: option-b on the next line"))
                return nil
            }
            var pairFields = FrontMatterFields(mapping: mapping, at: fields.place(of: item), parent: fields)
            let above = pairFields.string("above", required: true, hint: "add 'above: <option>' to the pair")
            let below = pairFields.string("below", required: true, hint: "add 'below: <option>' to the pair")
            let note = pairFields.string("note", required: false)
            let citations = pairFields.citations() ?? []
            pairFields.finish(allowed: ["above", "below", "note", "cites"])
            fields.absorb(pairFields)
            guard let above, let below else { return nil }
            return StatedRanking.Pair(higher: OptionID(above), lower: OptionID(below), note: note, citations: citations, location: fields.place(of: item))
        }
    }
}
