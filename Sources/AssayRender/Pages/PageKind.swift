import AssayTemplates

/// Every kind of page a report has, and what belongs to the kind rather than to one page: its template, the shape
/// of its model, its section (the body's class and the navigation's current item), how deep its files lie, and,
/// for a page there is one of, its path and title. A new kind is a new case here; the compiler then asks for the
/// rest (the job that makes it, its page model, its template).
enum PageKind: String, CaseIterable, Sendable {
    case index, article, option, criterion, actor, evidence, agreement, search, notFound = "404", revisions
    case rankingList = "ranking-list", optionList = "option-list"

    /// The template's name: `option` is `option.mustache`.
    var template: String { rawValue }

    /// The shape of the page's own model: the frame above the common one.
    var shape: ModelShape {
        switch self {
        case .index: IndexPage.schema.shape
        case .article: ArticlePage.schema.shape
        case .option: OptionPage.schema.shape
        case .criterion: CriterionPage.schema.shape
        case .actor: ActorPage.schema.shape
        case .evidence: EvidencePage.schema.shape
        case .agreement: AgreementPage.schema.shape
        case .search: SearchPage.schema.shape
        case .notFound: NotFoundPage.schema.shape
        case .revisions: RevisionsPage.schema.shape
        case .rankingList: RankingListPage.schema.shape
        case .optionList: OptionListPage.schema.shape
        }
    }

    /// The body's class (`page-…`) and the navigation's current item; the complete lists share one.
    var section: String {
        switch self {
        case .rankingList, .optionList: "list"
        default: rawValue
        }
    }

    /// The way from the kind's files to the site's root.
    var prefix: String {
        switch self {
        case .option, .criterion, .actor, .rankingList, .optionList: "../"
        default: ""
        }
    }

    /// The path of a page there is one of; nil for kinds with a page per option, criterion, actor or list page.
    var singlePath: String? {
        switch self {
        case .index: PagePaths.index
        case .article: PagePaths.article
        case .evidence: PagePaths.evidence
        case .agreement: PagePaths.agreement
        case .search: PagePaths.search
        case .notFound: PagePaths.notFound
        case .revisions: PagePaths.revisions
        case .option, .criterion, .actor, .rankingList, .optionList: nil
        }
    }

    /// The title of a page whose title does not depend on the content; nil for the others.
    var fixedTitle: String? {
        switch self {
        case .evidence: "Evidence"
        case .agreement: "Agreement across actors"
        case .search: "Search"
        case .notFound: "Page not found"
        case .revisions: "Revisions"
        default: nil
        }
    }
}
