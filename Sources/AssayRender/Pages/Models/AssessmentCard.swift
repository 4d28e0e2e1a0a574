import AssayTemplates

/// An assessment as its option's page and its criterion's page show it: built once per build, shown on both.
struct AssessmentCard: TemplateModel {
    var anchor: String
    var option: OptionLink
    var criterion: CriterionLink
    var judgement: String
    var crosses: Bool
    var confidence: String
    var rationale: String
    var evidence: Evidence

    static let schema = ModelSchema<AssessmentCard>("AssessmentCard", [
        .text("anchor") { $0.anchor }, .model("option") { $0.option }, .model("criterion") { $0.criterion },
        .text("judgement") { $0.judgement }, .bool("crosses") { $0.crosses }, .text("confidence") { $0.confidence },
        .text("rationale") { $0.rationale }, .model("evidence") { $0.evidence },
    ])
}
