import AssayTemplates

/// `index.html`: every actor's ranking, the article map, the zone of agreement and a card per option.
struct IndexPage: TemplateModel {
    /// What the report concludes, first thing on the page.
    var summary: SummaryPiece?
    var rankings: [RankingPiece]
    var agreement: [OptionLink]
    /// How many options of the zone of agreement a large report's index leaves to the agreement page.
    var moreAgreement: Int
    var evaluatedActors: [ActorLink]
    /// Every option's card; in a large report, the leading options' cards and a link to them all.
    var optionSummaries: [OptionSummary]
    var completeOptions: CompleteOptions?
    var passageCount: Int
    var assessmentCount: Int
    var articleMap: ArticleMap
    var drawsText: String
    var actors: [ActorLink]
    var criteria: [CriterionLink]
    var latestRevision: LatestRevision?

    static let schema = ModelSchema<IndexPage>("IndexPage", [
        .model("summary") { $0.summary },
        .model("latestRevision") { $0.latestRevision },
        .list("rankings") { $0.rankings }, .bool("hasRankings") { !$0.rankings.isEmpty },
        .link("whatIfScript") { _ in "whatif.js" },
        .list("agreement") { $0.agreement }, .bool("hasAgreement") { !$0.agreement.isEmpty },
        .int("moreAgreement") { $0.moreAgreement }, .bool("hasMoreAgreement") { $0.moreAgreement > 0 },
        .link("agreementHref") { _ in PagePaths.agreement }, .model("completeOptions") { $0.completeOptions },
        .list("evaluatedActors") { $0.evaluatedActors }, .list("optionSummaries") { $0.optionSummaries },
        .int("passageCount") { $0.passageCount }, .int("assessmentCount") { $0.assessmentCount },
        .model("articleMap") { $0.articleMap }, .text("drawsText") { $0.drawsText },
        .list("actors") { $0.actors }, .list("criteria") { $0.criteria },
    ])
}

/// The report's conclusion: the leading actor's verdict in a few sentences, its tensions, then one line per other actor.
struct SummaryPiece: TemplateModel {
    /// The leading actor's verdict, as HTML sentences.
    var lead: String
    var tensions: [ChangeLine]
    var others: [ChangeLine]

    static let schema = ModelSchema<SummaryPiece>("Summary", [
        .text("lead") { $0.lead }, .list("tensions") { $0.tensions }, .bool("hasTensions") { !$0.tensions.isEmpty },
        .text("tensionsHeading") { $0.tensions.count == 1 ? "Where the author's ranking and the evidence disagree:" : "Where the author's ranking and the evidence disagree, \($0.tensions.count) times:" },
        .list("others") { $0.others }, .bool("hasOthers") { !$0.others.isEmpty },
    ])
}

/// Where the paged list of every option's card is.
struct CompleteOptions: TemplateModel {
    var path: String
    var optionCount: Int
    var pageCount: Int

    static let schema = ModelSchema<CompleteOptions>("CompleteOptions", [
        .link("href") { $0.path }, .int("optionCount") { $0.optionCount }, .int("pageCount") { $0.pageCount },
    ])
}

/// An option's card on the index: its summary and one verdict per actor.
struct OptionSummary: TemplateModel {
    var option: OptionLink
    var summary: String
    var verdicts: [CardVerdict]

    static let schema = ModelSchema<OptionSummary>("OptionSummary", OptionLink.fields.through { $0.option } + [
        .text("summary") { $0.summary }, .list("verdicts") { $0.verdicts },
    ])
}

struct CardVerdict: TemplateModel {
    var actor: String
    var text: String
    var vetoed: Bool
    var ranked: Bool

    static let schema = ModelSchema<CardVerdict>("CardVerdict", [
        .text("actor") { $0.actor }, .text("text") { $0.text }, .bool("vetoed") { $0.vetoed }, .bool("ranked") { $0.ranked },
    ])
}

/// Where the passages lie in the article, as a picture (its links made for a page at the root) and in words.
struct ArticleMap: TemplateModel {
    var svg: String
    var description: String

    static let schema = ModelSchema<ArticleMap>("ArticleMap", [
        .text("svg") { $0.svg }, .text("description") { $0.description }, .bool("hasMap") { !$0.svg.isEmpty },
        .link("evidenceHref") { _ in PagePaths.evidence },
    ])
}

/// `article.html`: the article with every cited passage highlighted.
struct ArticlePage: TemplateModel {
    var articleHTML: String
    var passageCount: Int
    var articleMap: ArticleMap

    static let schema = ModelSchema<ArticlePage>("ArticlePage", [
        .text("articleHTML") { $0.articleHTML }, .int("passageCount") { $0.passageCount }, .model("articleMap") { $0.articleMap },
    ])
}

/// `evidence.html`: every cited passage in article order, with what cites it.
struct EvidencePage: TemplateModel {
    var passages: [EvidenceEntry]
    static let schema = ModelSchema<EvidencePage>("EvidencePage", [.list("passages") { $0.passages }])
}

struct EvidenceEntry: TemplateModel {
    var number: Int
    var quote: Quote
    var citers: [CiterLink]

    static let schema = ModelSchema<EvidenceEntry>("EvidenceEntry", [
        .int("number") { $0.number }, .text("id") { $0.quote.id.rawValue }, .text("text") { $0.quote.text },
        .link("href") { PagePaths.passage($0.quote.id) }, .list("citers") { $0.citers }, .int("citeCount") { $0.citers.count },
    ])
}

/// `search.html`: every entry listed (usable without script) and the same entries as JSON for `search.js`.
struct SearchPage: TemplateModel {
    var entries: [SearchEntry]
    var searchIndex: String

    static let schema = ModelSchema<SearchPage>("SearchPage", [
        .list("entries") { $0.entries }, .int("entryCount") { $0.entries.count }, .text("searchIndex") { $0.searchIndex },
        .link("script") { _ in "search.js" },
        .text("placeholder") { page in page.example.map { "e.g. \($0)" } ?? "words from a title or a quote" },
    ])

    /// A word the reader could look for, from this report's own entries: the first long word of the first title.
    var example: String? {
        entries.lazy.flatMap { $0.title.split(whereSeparator: { !$0.isLetter }) }.first { $0.count >= 5 }.map { $0.lowercased() }
    }
}

/// `404.html`: nothing beyond what every page has.
struct NotFoundPage: TemplateModel {
    static let schema = ModelSchema<NotFoundPage>("NotFoundPage", [])
}
