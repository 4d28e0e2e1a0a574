@testable import AssayCore

/// Models of any size built in code, for tests that compare algorithms or count work as reports grow.
enum GeneratedModel {
    /// Actors `a0`, `a1`, … each with preferences `<actor>-p0`, `<actor>-p1`, … (weights 1, 2, 3, …) on a
    /// five-level scale (0, 0.25, 0.5, 0.75, 1), and `options` options `o0000`, … assessed on every one with
    /// levels and confidences from `seed`. `clones` options at the end copy the first option's levels with high
    /// confidence, so they tie. With `gapEvery` m > 0, options whose index is 1 modulo m miss their assessment on
    /// the last criterion, so the last actor cannot score them.
    static func model(options: Int, actors: Int = 1, criteria: Int = 3, clones: Int = 0, gapEvery: Int = 0,
                      seed: UInt64 = 1) -> ReportModel {
        let here = SourceLocation.start(of: "generated")
        let scale = [0.0, 0.25, 0.5, 0.75, 1.0].enumerated().map { Criterion.Level(id: "l\($0.offset)", label: "L", value: $0.element, location: here) }
        let actorIDs = (0..<actors).map { ActorID("a\($0)") }
        let criteriaList = actorIDs.flatMap { actor in
            (0..<criteria).map {
                Criterion(id: "\(actor)-p\($0)", actorID: actor, title: "P", rule: .preference(weight: Double($0 + 1), scale: scale),
                        annotation: Annotation(location: here))
            }
        }
        let optionIDs = (0..<(options + clones)).map { OptionID("o" + String(repeating: "0", count: max(0, 5 - String($0).count)) + String($0)) }
        var random = SeededRandom(seed: seed)
        let confidences: [Assessment.Confidence] = [.low, .medium, .high]
        var firstLevels: [CriterionID: Int] = [:]
        var assessments: [Assessment] = []
        for (index, option) in optionIDs.enumerated() {
            for criterion in criteriaList {
                let isClone = index >= options
                let level = isClone ? firstLevels[criterion.id] ?? 0 : Int(random.next() % 5)
                if index == 0 { firstLevels[criterion.id] = level }
                if gapEvery > 0, index % gapEvery == 1, criterion.id == criteriaList.last?.id { continue }
                let confidence = isClone ? .high : confidences[Int(random.next() % 3)]
                assessments.append(Assessment(id: "\(option)--\(criterion.id)", optionID: option, criterionID: criterion.id,
                                              judgement: .level("l\(level)"), confidence: confidence,
                                              annotation: Annotation(body: "r", location: here)))
            }
        }
        let entities = ReportModel.Entities(
            actors: actorIDs.map { Actor(id: $0, name: $0.rawValue, description: "", location: here) }, criteria: criteriaList,
            options: optionIDs.map { Option(id: $0, title: $0.rawValue, summary: "", annotation: Annotation(location: here)) },
            assessments: assessments)
        return ReportModel(article: Article(.init(title: "T", authors: ["A"]), body: "x", location: here), entities: entities)
    }
}
