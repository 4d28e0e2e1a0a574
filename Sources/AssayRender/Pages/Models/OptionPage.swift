import AssayCore
import AssayTemplates

/// `options/<id>.html`: what the article describes, each actor's verdict, what would change its place, and its
/// assessments.
struct OptionPage: TemplateModel {
    var option: OptionDetail
    var verdicts: [VerdictPiece]
    var robustness: [OptionRobustness]
    var assessments: [AssessmentCard]
    var changedSince: ChangedSince?

    static let schema = ModelSchema<OptionPage>("OptionPage", [
        .model("changedSince") { $0.changedSince },
        .model("option") { $0.option }, .list("verdicts") { $0.verdicts },
        .list("robustness") { $0.robustness }, .bool("hasRobustness") { !$0.robustness.isEmpty },
        .list("assessments") { $0.assessments }, .bool("hasAssessments") { !$0.assessments.isEmpty },
    ])
}

struct OptionDetail: TemplateModel {
    var id: OptionID
    var title: String
    var summary: String
    var body: String
    var evidence: Evidence

    static let schema = ModelSchema<OptionDetail>("Option", [
        .text("id") { $0.id.rawValue }, .text("title") { $0.title }, .text("summary") { $0.summary }, .text("body") { $0.body },
        .model("evidence") { $0.evidence },
    ])
}

/// One actor's verdict on an option, with the score broken down by criterion.
struct VerdictPiece: TemplateModel {
    var actor: ActorLink
    var text: String
    var ranked: Bool
    var vetoed: Bool
    var rankedCount: Int
    var contributions: [ContributionRow]
    var score: String
    var redLines: [RedLineRow]
    var gaps: [CriterionLink]

    static let schema = ModelSchema<VerdictPiece>("Verdict", [
        .model("actor") { $0.actor }, .text("text") { $0.text }, .bool("ranked") { $0.ranked }, .bool("vetoed") { $0.vetoed },
        .bool("incomplete") { !$0.ranked && !$0.vetoed }, .int("rankedCount") { $0.rankedCount },
        .list("contributions") { $0.contributions }, .bool("hasContributions") { !$0.contributions.isEmpty },
        .text("score") { $0.score }, .list("redLines") { $0.redLines }, .bool("hasRedLines") { !$0.redLines.isEmpty },
        .list("gaps") { $0.gaps }, .bool("hasGaps") { !$0.gaps.isEmpty },
    ])
}

struct ContributionRow: TemplateModel {
    var criterion: CriterionLink
    var level: String
    var value: String
    var weight: String
    var share: String
    var contribution: String
    var barSVG: String

    static let schema = ModelSchema<ContributionRow>("Contribution", CriterionLink.fields.through { $0.criterion } + [
        .text("level") { $0.level }, .text("value") { $0.value }, .text("weight") { $0.weight }, .text("share") { $0.share },
        .text("contribution") { $0.contribution }, .text("barSVG") { $0.barSVG },
        .text("assessmentHref") { "#" + PagePaths.assessmentFragment(criterion: $0.criterion.id) },
    ])
}

struct RedLineRow: TemplateModel {
    var criterion: CriterionLink
    var crosses: Bool?

    static let schema = ModelSchema<RedLineRow>("RedLineCheck", CriterionLink.fields.through { $0.criterion } + [
        .text("status") { $0.crosses.map { $0 ? "crosses" : "does not cross" } ?? "not assessed" },
        .bool("crosses") { $0.crosses == true },
        .text("assessmentHref") { "#" + PagePaths.assessmentFragment(criterion: $0.criterion.id) },
    ])
}

/// What would change an option's place for one actor.
struct OptionRobustness: TemplateModel {
    var actor: ActorLink
    var notes: [TextItem]
    var acceptability: AcceptabilityPiece

    static let schema = ModelSchema<OptionRobustness>("OptionRobustness", [
        .model("actor") { $0.actor }, .list("notes") { $0.notes }, .bool("hasNotes") { !$0.notes.isEmpty },
        .model("acceptability") { $0.acceptability },
    ])
}
