import AssayTemplates

/// How firm one actor's ranking is: weight stability, red lines that bend and rank probabilities.
/// An actor without robustness results has an empty piece (`hasRobustness` false).
struct RobustnessPiece: TemplateModel {
    var hasRobustness: Bool
    var stability: [StabilityEntry]
    var relaxations: [RelaxationPiece]
    var acceptability: AcceptabilityPiece?
    var uncertainVetoes: [UncertainVeto] = []
    /// How many uncertain vetoes a shortened ranking leaves out.
    var moreUncertainVetoes = 0

    static let schema = ModelSchema<RobustnessPiece>("Robustness", [
        .bool("hasRobustness") { $0.hasRobustness },
        .int("moreUncertainVetoes") { $0.moreUncertainVetoes }, .bool("hasMoreUncertainVetoes") { $0.moreUncertainVetoes > 0 },
        .list("uncertainVetoes") { $0.uncertainVetoes }, .bool("hasUncertainVetoes") { !$0.uncertainVetoes.isEmpty },
        .list("stability") { $0.stability }, .bool("hasStability") { !$0.stability.isEmpty },
        .list("relaxations") { $0.relaxations }, .bool("hasRelaxations") { !$0.relaxations.isEmpty },
        .model("acceptability") { $0.acceptability },
    ])
}

/// The range of one preference's weight over which the ranking holds, and the swaps at its ends.
struct StabilityEntry: TemplateModel {
    var criterion: CriterionLink
    var interval: String
    var swaps: [TextItem]
    /// How many swaps a shortened ranking leaves to the option pages.
    var moreSwaps = 0

    static let fields: [Field<StabilityEntry>] = [
        .text("interval") { $0.interval }, .list("swaps") { $0.swaps },
        .int("moreSwaps") { $0.moreSwaps }, .bool("hasMoreSwaps") { $0.moreSwaps > 0 },
    ]
    static let schema = ModelSchema<StabilityEntry>("StabilityEntry", CriterionLink.fields.through { $0.criterion } + fields)
}

/// What would change if a red line became a preference with the largest weight.
/// A veto that rests on crossings judged with low confidence, and where the option would stand without them.
struct UncertainVeto: TemplateModel {
    var option: OptionLink
    var redLines: [CriterionLink]
    var standing: String

    static let schema = ModelSchema<UncertainVeto>("UncertainVeto", OptionLink.fields.through { $0.option } + [
        .list("redLines") { $0.redLines }, .text("standing") { $0.standing },
    ])
}

struct RelaxationPiece: TemplateModel {
    var criterion: CriterionLink
    var bentWeight: String
    var readmitted: [ReadmittedEntry]
    var bentRanking: [BentPlace]
    /// How many readmitted options a shortened ranking leaves out.
    var moreReadmitted = 0

    static let schema = ModelSchema<RelaxationPiece>("Relaxation", CriterionLink.fields.through { $0.criterion } + [
        .text("bentWeight") { $0.bentWeight }, .list("readmitted") { $0.readmitted },
        .bool("hasReadmitted") { !$0.readmitted.isEmpty }, .list("bentRanking") { $0.bentRanking },
        .int("moreReadmitted") { $0.moreReadmitted }, .bool("hasMoreReadmitted") { $0.moreReadmitted > 0 },
    ])
}

struct ReadmittedEntry: TemplateModel, InlineListItem {
    var option: OptionLink
    var place: String
    /// The option link's own: the schema reads it through `option`.
    var separator: String {
        get { option.separator }
        set { option.separator = newValue }
    }

    static let schema = ModelSchema<ReadmittedEntry>("ReadmittedEntry", OptionLink.fields.through { $0.option } + [
        .text("place") { $0.place },
    ])
}

struct BentPlace: TemplateModel {
    var option: OptionLink
    var rank: Int
    var score: String

    static let schema = ModelSchema<BentPlace>("BentPlace", OptionLink.fields.through { $0.option } + [
        .int("rank") { $0.rank }, .text("score") { $0.score },
    ])
}

/// Rank probabilities as a table: one row per option (all of them, or one on the option's own page).
struct AcceptabilityPiece: TemplateModel {
    var ranks: [RankHeading]
    var rows: [AcceptabilityRow]
    var draws: Int
    var seed: String
    /// How many options' rows a shortened ranking leaves out.
    var moreRows = 0

    static let schema = ModelSchema<AcceptabilityPiece>("Acceptability", [
        .list("ranks") { $0.ranks }, .list("rows") { $0.rows },
        .bool("hasRows") { !$0.rows.isEmpty && $0.draws > 0 }, .int("draws") { $0.draws }, .text("seed") { $0.seed },
        .int("moreRows") { $0.moreRows }, .bool("hasMoreRows") { $0.moreRows > 0 },
    ])
}

struct RankHeading: TemplateModel {
    var rank: String
    static let schema = ModelSchema<RankHeading>("RankHeading", [.text("rank") { $0.rank }])
}

struct AcceptabilityRow: TemplateModel {
    var option: OptionLink
    var cells: [AcceptabilityCell]
    var central: [CentralWeight]?
    var barSVG: String

    static let schema = ModelSchema<AcceptabilityRow>("AcceptabilityRow", OptionLink.fields.through { $0.option } + [
        .list("cells") { $0.cells }, .list("central") { $0.central ?? [] }, .bool("hasCentral") { $0.central != nil },
        .text("barSVG") { $0.barSVG },
    ])
}

struct AcceptabilityCell: TemplateModel {
    var percent: String
    var strength: String

    static let schema = ModelSchema<AcceptabilityCell>("AcceptabilityCell", [
        .text("percent") { $0.percent }, .text("strength") { $0.strength },
    ])
}

struct CentralWeight: TemplateModel {
    var criterion: String
    var share: String

    static let schema = ModelSchema<CentralWeight>("CentralWeight", [.text("criterion") { $0.criterion }, .text("share") { $0.share }])
}
