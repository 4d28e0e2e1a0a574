import AssayTemplates

/// One actor's ranking, as the index and the actor's page show it: ranked options with score bars, options that
/// cannot be scored, vetoed ones, the matrix, the comparison with the author's ranking and how firm it is.
struct RankingPiece: TemplateModel {
    var actor: ActorLink
    var ranked: [RankedEntry]
    var incomplete: [IncompleteEntry]
    var vetoed: [VetoedEntry]
    var legend: [LegendEntry]
    var hasPreferences: Bool
    var robustness: RobustnessPiece
    var matrix: MatrixPiece?
    var comparison: ComparisonPiece?
    var whatIf: WhatIfPiece
    var complete: CompleteList?

    static let schema = ModelSchema<RankingPiece>("Ranking", [
        .model("actor") { $0.actor },
        .list("ranked") { $0.ranked }, .bool("hasRanked") { !$0.ranked.isEmpty },
        .list("incomplete") { $0.incomplete }, .bool("hasIncomplete") { !$0.incomplete.isEmpty },
        .list("vetoed") { $0.vetoed }, .bool("hasVetoed") { !$0.vetoed.isEmpty },
        .list("legend") { $0.legend }, .bool("hasPreferences") { $0.hasPreferences },
        .model("robustness") { $0.robustness }, .model("matrix") { $0.matrix }, .model("comparison") { $0.comparison },
        .model("whatIf") { $0.whatIf },
        .model("complete") { $0.complete }, .bool("isShortened") { $0.complete != nil },
    ])
}

/// Where the complete list of a shortened ranking is, and how much each of its lists leaves out.
struct CompleteList: TemplateModel {
    var path: String
    var optionCount: Int
    var pageCount: Int
    var moreRanked: Int
    var moreIncomplete: Int
    var moreVetoed: Int

    static let schema = ModelSchema<CompleteList>("CompleteList", [
        .link("href") { $0.path }, .int("optionCount") { $0.optionCount }, .int("pageCount") { $0.pageCount },
        .int("moreRanked") { $0.moreRanked }, .bool("hasMoreRanked") { $0.moreRanked > 0 },
        .int("moreIncomplete") { $0.moreIncomplete }, .bool("hasMoreIncomplete") { $0.moreIncomplete > 0 },
        .int("moreVetoed") { $0.moreVetoed }, .bool("hasMoreVetoed") { $0.moreVetoed > 0 },
    ])
}

/// A ranked option with its score and score bar.
struct RankedEntry: TemplateModel {
    var option: OptionLink
    var rank: Int
    var score: String?
    var barSVG: String

    static let schema = ModelSchema<RankedEntry>("RankedEntry", OptionLink.fields.through { $0.option } + [
        .int("rank") { $0.rank }, .bool("hasScore") { $0.score != nil }, .text("score") { $0.score ?? "" },
        .text("barSVG") { $0.barSVG },
    ])
}

/// An option that cannot be scored: the range its score could take and what is missing.
struct IncompleteEntry: TemplateModel {
    var option: OptionLink
    var range: String
    var missing: [CriterionLink]

    static let schema = ModelSchema<IncompleteEntry>("IncompleteEntry", OptionLink.fields.through { $0.option } + [
        .text("range") { $0.range }, .list("missing") { $0.missing },
    ])
}

/// An option that crosses red lines, with each red line and the passages that say why.
struct VetoedEntry: TemplateModel {
    var option: OptionLink
    var redLines: [VetoLine]

    static let schema = ModelSchema<VetoedEntry>("VetoedEntry", OptionLink.fields.through { $0.option } + [
        .list("redLines") { $0.redLines },
    ])
}

/// A red line an option crosses, with the assessment's own quotes.
struct VetoLine: TemplateModel, InlineListItem {
    var criterion: CriterionLink
    var quotes: [Quote]
    var assessmentPath: String
    /// The crossing was judged with low confidence: the veto is uncertain.
    var isUncertain = false
    /// The criterion link's own: the schema reads it through `criterion`.
    var separator: String {
        get { criterion.separator }
        set { criterion.separator = newValue }
    }

    static let schema = ModelSchema<VetoLine>("VetoLine", CriterionLink.fields.through { $0.criterion } + [
        .list("quotes") { $0.quotes }, .link("assessmentHref") { $0.assessmentPath }, .bool("isUncertain") { $0.isUncertain },
    ])
}

/// One preference in the score bars' legend.
struct LegendEntry: TemplateModel {
    var criterion: CriterionLink
    var tone: String
    var weight: String

    static let schema = ModelSchema<LegendEntry>("LegendEntry", CriterionLink.fields.through { $0.criterion } + [
        .text("tone") { $0.tone }, .text("weight") { $0.weight },
    ])
}
