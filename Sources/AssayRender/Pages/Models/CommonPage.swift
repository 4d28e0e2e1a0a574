import AssayCore
import AssayTemplates

/// What every page has, and the layout reads: titles, navigation, the source article and the way back to the root.
/// It is the bottom frame of every page's context, so page templates can read it too.
struct CommonPage: TemplateModel {
    var pageTitle: String
    var siteTitle: String
    var language: String
    var description: String
    var hasBaseURL: Bool
    var canonical: String
    var siteAuthor: String?
    var breadcrumbs: [Breadcrumb]
    var section: String
    var source: SourceArticle
    var allowsRemoteImages = false
    /// The feed's absolute address, advertised in the head: only with a base URL and revisions.
    var feedURL: String?
    /// The origin of the base URL, for a page whose links start from it (404.html).
    var linksFrom: String?

    static let schema = ModelSchema<CommonPage>("CommonPage", [
        .text("pageTitle") { $0.pageTitle }, .text("siteTitle") { $0.siteTitle }, .text("language") { $0.language },
        .text("description") { $0.description }, .bool("hasBaseURL") { $0.hasBaseURL }, .text("canonical") { $0.canonical },
        .text("siteAuthor") { $0.siteAuthor ?? "" }, .bool("hasSiteAuthor") { $0.siteAuthor != nil },
        .list("breadcrumbs") { $0.breadcrumbs }, .bool("hasBreadcrumbs") { !$0.breadcrumbs.isEmpty },
        .link("searchHref") { _ in PagePaths.search }, .link("stylesheet") { _ in "style.css" }, .link("home") { _ in PagePaths.index },
        .link("methodHref") { _ in PagePaths.index + "#how-to-read" }, .text("section") { $0.section },
        .list("nav") { page in NavItem.all.map { NavItem(label: $0.label, path: $0.path, current: $0.section == page.section) } },
        .model("source") { $0.source },
        .text("feedURL") { $0.feedURL ?? "" }, .bool("hasFeed") { $0.feedURL != nil },
        .text("contentSecurityPolicy") { ContentSecurityPolicy.forPages(allowingRemoteImages: $0.allowsRemoteImages, stylesFrom: $0.linksFrom) },
    ])
}

/// One entry of the site's navigation.
struct NavItem: TemplateModel {
    var label: String
    var path: String
    var current: Bool

    static let all: [(label: String, path: String, section: String?)] = [
        ("Report", PagePaths.index, "index"), ("Article", PagePaths.article, "article"), ("Evidence", PagePaths.evidence, "evidence"),
        ("Agreement", PagePaths.agreement, "agreement"), ("Search", PagePaths.search, "search"), ("Data (JSON)", PagePaths.reportJSON, nil),
    ]

    static let schema = ModelSchema<NavItem>("NavItem", [
        .text("label") { $0.label }, .link("href") { $0.path }, .bool("current") { $0.current },
    ])
}

/// A step of the breadcrumb trail.
struct Breadcrumb: TemplateModel {
    var label: String
    var path: String

    static let schema = ModelSchema<Breadcrumb>("Breadcrumb", [.text("label") { $0.label }, .link("href") { $0.path }])
}

/// The article under analysis, as the header and footer name it.
struct SourceArticle: TemplateModel {
    var article: Article

    static let schema = ModelSchema<SourceArticle>("SourceArticle", [
        .text("title") { $0.article.title }, .text("author") { $0.article.author },
        .text("outlet") { $0.article.outlet ?? "" }, .bool("hasOutlet") { $0.article.outlet != nil },
        .text("date") { $0.article.date ?? "" }, .bool("hasDate") { $0.article.date != nil },
        .text("url") { $0.article.url ?? "" }, .bool("hasURL") { $0.article.url != nil },
        .link("href") { _ in PagePaths.article },
    ])
}

/// The top frame of the layout's context: the page's own HTML, rendered where the layout places it.
struct LayoutContent: TemplateModel {
    var content: TemplateProducer
    static let schema = ModelSchema<LayoutContent>("LayoutContent", [Field("content", kind: .scalar) { .producer($0.content) }])
}
