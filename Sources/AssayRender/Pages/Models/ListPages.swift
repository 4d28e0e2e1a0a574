import AssayTemplates

/// `lists/ranking-<actor>-<n>.html`: one page of an actor's complete ranking in a large report — ranked options,
/// then those that cannot be scored, then the vetoed ones — each with its levels on the actor's criteria.
struct RankingListPage: TemplateModel {
    var actor: ActorLink
    var rows: [RankingRow]
    var columns: [MatrixColumn]
    var legend: [LegendEntry]
    var pager: Pager

    static let schema = ModelSchema<RankingListPage>("RankingListPage", [
        .model("actor") { $0.actor }, .list("rows") { $0.rows }, .list("columns") { $0.columns }, .list("legend") { $0.legend },
        .bool("hasLegend") { !$0.legend.isEmpty }, .model("pager") { $0.pager },
        .link("reportJSON") { _ in PagePaths.reportJSON }, .link("matrixCSV") { _ in PagePaths.matrix },
    ])
}

/// An option's row in a complete ranking: its rank (when ranked), its standing in words, its score bar and its levels.
struct RankingRow: TemplateModel {
    var option: OptionLink
    var rank: Int?
    var standing: String
    var barSVG: String
    var vetoed: Bool
    var cells: [MatrixCell]

    static let schema = ModelSchema<RankingRow>("RankingRow", OptionLink.fields.through { $0.option } + [
        .bool("hasRank") { $0.rank != nil }, .int("rank") { $0.rank ?? 0 }, .text("standing") { $0.standing },
        .text("barSVG") { $0.barSVG }, .bool("vetoed") { $0.vetoed }, .list("cells") { $0.cells },
    ])
}

/// `lists/options-<n>.html`: one page of every option's card in a large report.
struct OptionListPage: TemplateModel {
    var cards: [OptionSummary]
    var pager: Pager

    static let schema = ModelSchema<OptionListPage>("OptionListPage", [
        .list("cards") { $0.cards }, .model("pager") { $0.pager }, .link("indexHref") { _ in PagePaths.index },
    ])
}

/// Where a page of a complete list stands among the others, with links to its neighbours.
struct Pager: TemplateModel {
    var number: Int
    var count: Int
    /// The positions (from 1) of the first and last entries on this page, and how many there are in all.
    var first: Int
    var last: Int
    var total: Int
    var pages: [PagerLink]
    var previousPath: String?
    var nextPath: String?

    static let schema = ModelSchema<Pager>("Pager", [
        .int("number") { $0.number }, .int("count") { $0.count }, .int("first") { $0.first }, .int("last") { $0.last },
        .int("total") { $0.total }, .list("pages") { $0.pages },
        .bool("hasPrevious") { $0.previousPath != nil }, .link("previousHref") { $0.previousPath ?? "" },
        .bool("hasNext") { $0.nextPath != nil }, .link("nextHref") { $0.nextPath ?? "" },
    ])

    /// The pager of page `number` of a list whose page paths `path` gives.
    init(number: Int, paging: ListPaging, path: (Int) -> String) {
        let range = paging.range(ofPage: number)
        self.number = number
        count = paging.pageCount
        first = range.lowerBound + 1
        last = range.upperBound
        total = paging.optionCount
        pages = paging.window(around: number).map { page in
            page.map { PagerLink(number: $0, path: path($0), isCurrent: $0 == number) } ?? PagerLink(number: nil, path: "", isCurrent: false)
        }
        previousPath = number > 1 ? path(number - 1) : nil
        nextPath = number < paging.pageCount ? path(number + 1) : nil
    }
}

/// A page number in a pager; without a number, a gap between the numbers shown.
struct PagerLink: TemplateModel {
    var number: Int?
    var path: String
    var isCurrent: Bool

    static let schema = ModelSchema<PagerLink>("PagerLink", [
        .bool("isGap") { $0.number == nil }, .bool("isCurrent") { $0.isCurrent }, .bool("isOther") { $0.number != nil && !$0.isCurrent },
        .int("number") { $0.number ?? 0 }, .link("href") { $0.path },
    ])
}
