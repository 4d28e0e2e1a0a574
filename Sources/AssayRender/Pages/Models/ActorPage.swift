import AssayCore
import AssayTemplates

/// `actors/<id>.html`: the actor's red lines and preferences, and its ranking (or only the author's, when the
/// actor has no criteria).
struct ActorPage: TemplateModel {
    var actor: ActorDetail
    var redLines: [CriterionLink]
    var preferences: [LegendEntry]
    var ranking: RankingPiece?
    var statedOnly: StatedOnly?

    static let schema = ModelSchema<ActorPage>("ActorPage", [
        .model("actor") { $0.actor }, .list("redLines") { $0.redLines }, .list("preferences") { $0.preferences },
        .bool("hasCriteria") { !$0.redLines.isEmpty || !$0.preferences.isEmpty },
        .model("ranking") { $0.ranking }, .model("statedOnly") { $0.statedOnly },
        .link("whatIfScript") { _ in "whatif.js" },
    ])
}

struct ActorDetail: TemplateModel {
    var id: ActorID
    var name: String
    var description: String
    var body: String

    static let schema = ModelSchema<ActorDetail>("Actor", [
        .text("id") { $0.id.rawValue }, .text("name") { $0.name }, .text("description") { $0.description }, .text("body") { $0.body },
    ])
}

/// The author's ranking for an actor without criteria: nothing to compare, still shown and citable.
struct StatedOnly: TemplateModel {
    var order: [OptionLink]
    var unacceptable: [OptionLink]
    var evidence: Evidence
    var notes: String

    static let schema = ModelSchema<StatedOnly>("StatedOnly", [
        .list("order") { $0.order }, .list("unacceptable") { $0.unacceptable },
        .bool("hasUnacceptable") { !$0.unacceptable.isEmpty }, .model("evidence") { $0.evidence }, .text("notes") { $0.notes },
    ])
}
