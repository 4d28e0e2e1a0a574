import AssayCore
import Foundation

/// The data of the what-if panel, by which a reader re-ranks the options with weights of their own. The panel
/// computes exactly what `WhatIfScenario` does (the tests compare the two), from these numbers alone.
extension PageBuilder {
    struct WhatIfData: Encodable {
        struct Preference: Encodable {
            var id: CriterionID
            var title: String
            var href: String
            var weight: Double
            /// The lowest and highest level values: the bounds of a missing assessment.
            var min: Double
            var max: Double
            /// The weights between which the published ranking holds, the other weights unchanged; nil: unbounded.
            var stableFrom: Double?
            var stableTo: Double?
        }

        struct RedLine: Encodable {
            var id: CriterionID
            var title: String
            var href: String
        }

        struct Option: Encodable {
            var id: OptionID
            var title: String
            var href: String
            /// The level value on each preference, in `preferences` order; nil where there is no assessment.
            var values: [Double?]
            /// Whether it crosses each red line, in `redLines` order; nil where there is no assessment.
            var crosses: [Bool?]
        }

        var actor: ActorID
        var preferences: [Preference]
        var redLines: [RedLine]
        var options: [Option]
    }

    func whatIf(_ actorEvaluation: ActorEvaluation) -> WhatIfPiece {
        let actorID = actorEvaluation.actorID
        let criteria = model.criteria(of: actorID)
        let preferences = criteria.filter { $0.kind == .preference }, redLines = criteria.filter { $0.kind == .redLine }
        let stability = report.evaluation.robustness.first { $0.actorID == actorID }?.stability ?? []
        let data = WhatIfData(
            actor: actorID,
            preferences: preferences.map { criterion in
                let stable = stability.first { $0.criterionID == criterion.id }
                let bounds = criterion.valueBounds
                return .init(id: criterion.id, title: criterion.title, href: PagePaths.criterion(criterion.id), weight: criterion.weight ?? 0,
                             min: bounds.min, max: bounds.max,
                             stableFrom: stable.flatMap { $0.isOnlyPreference ? nil : $0.lowerWeight },
                             stableTo: stable.flatMap { $0.isOnlyPreference ? nil : $0.upperWeight })
            },
            redLines: redLines.map { .init(id: $0.id, title: $0.title, href: PagePaths.criterion($0.id)) },
            options: model.options.map { option in
                let values = preferences.map { criterion -> Double? in
                    guard case .level(let id)? = model.assessment(option: option.id, criterion: criterion.id)?.judgement else { return nil }
                    return criterion.level(id)?.value
                }
                let crosses = redLines.map { criterion -> Bool? in
                    guard case .redLine(let crosses)? = model.assessment(option: option.id, criterion: criterion.id)?.judgement else { return nil }
                    return crosses
                }
                return .init(id: option.id, title: option.title, href: PagePaths.option(option.id), values: values, crosses: crosses)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let bytes = (try? encoder.encode(data)).map { Array($0) } ?? Array("{}".utf8)
        return WhatIfPiece(json: String(decoding: ScriptJSON.embeddable(bytes), as: UTF8.self))
    }
}
