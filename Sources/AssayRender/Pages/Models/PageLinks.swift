import AssayCore
import AssayTemplates

/// A link to an option's page.
struct OptionLink: TemplateModel, InlineListItem {
    var id: OptionID
    var title: String
    var path: String
    var separator = ""

    static let fields: [Field<OptionLink>] = [
        .text("title") { $0.title }, .link("href") { $0.path }, .text("id") { $0.id.rawValue }, .text("separator") { $0.separator },
    ]
    static let schema = ModelSchema("OptionLink", fields)
}

/// A link to a criterion's page, with its kind.
struct CriterionLink: TemplateModel, InlineListItem {
    var id: CriterionID
    var title: String
    var path: String
    var isRedLine: Bool
    var separator = ""

    static let fields: [Field<CriterionLink>] = [
        .text("title") { $0.title }, .link("href") { $0.path }, .text("id") { $0.id.rawValue }, .bool("isRedLine") { $0.isRedLine },
        .text("kind") { $0.isRedLine ? "red line" : "preference" }, .text("separator") { $0.separator },
    ]
    static let schema = ModelSchema("CriterionLink", fields)
}

/// A link to an actor's page.
struct ActorLink: TemplateModel, InlineListItem {
    var id: ActorID
    var name: String
    var path: String
    var separator = ""

    static let fields: [Field<ActorLink>] = [
        .text("name") { $0.name }, .link("href") { $0.path }, .text("id") { $0.id.rawValue }, .text("separator") { $0.separator },
    ]
    static let schema = ModelSchema("ActorLink", fields)
}

/// A quoted passage, linking to its place in the article; with what it quoted before, when the article was
/// reworded under the judgement and the analyst has not yet confirmed the new words.
struct Quote: TemplateModel {
    var text: String
    var id: PassageID
    var rewording: Citation.Rewording? = nil

    static let schema = ModelSchema<Quote>("Quote", [
        .text("text") { $0.text }, .text("id") { $0.id.rawValue }, .link("href") { PagePaths.passage($0.id) },
        .bool("isReworded") { $0.rewording != nil }, .text("rewordedOn") { $0.rewording?.date ?? "" },
        .text("wasText") { $0.rewording?.was ?? "" },
    ])
}

/// What a judgement rests on: its quoted passages, or the analyst's inference.
struct Evidence: TemplateModel {
    var quotes: [Quote]
    var isInference: Bool

    static let schema = ModelSchema<Evidence>("Evidence", [
        .list("quotes") { $0.quotes }, .bool("hasQuotes") { !$0.quotes.isEmpty }, .bool("isInference") { $0.isInference },
        // Three cases: stated (quotes, no inference), inferred from the quotes (both), the analyst's own (inference alone).
        .bool("isInferredFromQuotes") { $0.isInference && !$0.quotes.isEmpty },
        .bool("isAnalystsOwn") { $0.isInference && $0.quotes.isEmpty },
    ])
}

/// Where one citation of a passage is shown, and how to name it.
struct CiterLink: TemplateModel {
    var label: String
    var href: Href
    var kind: String

    static let schema = ModelSchema<CiterLink>("CiterLink", [
        .text("label") { $0.label }, Field("href", kind: .scalar) { $0.href.value }, .text("kind") { $0.kind },
    ])
}
