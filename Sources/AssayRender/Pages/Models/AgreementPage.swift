import AssayTemplates

/// `agreement.html`: the options every actor with criteria can accept and score, and who blocks the others.
struct AgreementPage: TemplateModel {
    var evaluatedActors: [ActorLink]
    var zone: [ZoneEntry]
    var pareto: [OptionLink]
    var blocked: [BlockedEntry]
    var hasBlocked: Bool

    static let schema = ModelSchema<AgreementPage>("AgreementPage", [
        .list("evaluatedActors") { $0.evaluatedActors }, .bool("hasEvaluatedActors") { !$0.evaluatedActors.isEmpty },
        .list("zone") { $0.zone }, .bool("hasZone") { !$0.zone.isEmpty },
        .list("pareto") { $0.pareto }, .bool("hasPareto") { !$0.pareto.isEmpty },
        .list("blocked") { $0.blocked }, .bool("hasBlocked") { $0.hasBlocked },
    ])
}

struct ZoneEntry: TemplateModel {
    var option: OptionLink
    var pareto: Bool
    var scores: [CardVerdict]

    static let schema = ModelSchema<ZoneEntry>("ZoneEntry", OptionLink.fields.through { $0.option } + [
        .bool("pareto") { $0.pareto }, .list("scores") { $0.scores },
    ])
}

struct BlockedEntry: TemplateModel {
    var option: OptionLink
    var blocks: [BlockEntry]

    static let schema = ModelSchema<BlockedEntry>("BlockedEntry", OptionLink.fields.through { $0.option } + [
        .list("blocks") { $0.blocks },
    ])
}

struct BlockEntry: TemplateModel, InlineListItem {
    var actor: ActorLink
    var redLines: [CriterionLink]
    var missing: [CriterionLink]
    var separator = ""

    static let schema = ModelSchema<BlockEntry>("Block", [
        .model("actor") { $0.actor }, .list("redLines") { $0.redLines }, .bool("isVeto") { !$0.redLines.isEmpty },
        .list("missing") { $0.missing }, .text("separator") { $0.separator },
    ])
}
