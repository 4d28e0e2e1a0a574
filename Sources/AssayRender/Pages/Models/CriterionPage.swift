import AssayTemplates

/// `criteria/<id>.html`: the analyst's reading, the scale, how much the weight matters or what would change if the
/// red line bent, and how each option fares on it.
struct CriterionPage: TemplateModel {
    var criterion: CriterionDetail
    var stability: StabilityNote?
    var relaxation: RelaxationPiece?
    var assessments: [AssessmentCard]
    var gaps: [OptionLink]

    static let schema = ModelSchema<CriterionPage>("CriterionPage", [
        .model("criterion") { $0.criterion }, .model("stability") { $0.stability }, .model("relaxation") { $0.relaxation },
        .list("assessments") { $0.assessments }, .bool("hasAssessments") { !$0.assessments.isEmpty },
        .list("gaps") { $0.gaps }, .bool("hasGaps") { !$0.gaps.isEmpty },
    ])
}

struct CriterionDetail: TemplateModel {
    var link: CriterionLink
    var actor: ActorLink
    var weight: String
    var share: String
    var scale: [ScaleLevel]
    var body: String
    var evidence: Evidence
    /// How the article's figures map onto values, in words; nil without a measure.
    var measure: String? = nil

    static let schema = ModelSchema<CriterionDetail>("Criterion", [
        .text("measure") { $0.measure ?? "" }, .bool("hasMeasure") { $0.measure != nil }, .bool("hasScale") { !$0.scale.isEmpty },
        .text("id") { $0.link.id.rawValue }, .text("title") { $0.link.title }, .bool("isRedLine") { $0.link.isRedLine },
        .text("kind") { $0.link.isRedLine ? "red line" : "preference" }, .model("actor") { $0.actor },
        .text("weight") { $0.weight }, .text("share") { $0.share }, .list("scale") { $0.scale }, .text("body") { $0.body },
        .model("evidence") { $0.evidence },
    ])
}

struct ScaleLevel: TemplateModel {
    var id: String
    var label: String
    var value: String

    static let schema = ModelSchema<ScaleLevel>("ScaleLevel", [
        .text("id") { $0.id }, .text("label") { $0.label }, .text("value") { $0.value },
    ])
}

/// The range over which one preference's weight leaves the ranking as it is.
struct StabilityNote: TemplateModel {
    var interval: String
    var swaps: [TextItem]

    static let schema = ModelSchema<StabilityNote>("StabilityNote", [.text("interval") { $0.interval }, .list("swaps") { $0.swaps }])
}
