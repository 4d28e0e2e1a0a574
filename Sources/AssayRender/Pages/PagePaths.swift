import AssayCore

/// Where each page lives in `Output/`; ids are validated, so these paths never leave it.
public enum PagePaths {
    public static let index = "index.html"
    public static let article = "article.html"
    public static let evidence = "evidence.html"
    public static let reportJSON = "data/report.json"
    public static let reportSchema = "data/report.schema.json"
    public static let annotations = "data/annotations.jsonld"
    public static let matrix = "data/matrix.csv"
    public static let agreement = "agreement.html"
    public static let search = "search.html"
    public static let searchIndex = "data/search.json"
    public static let notFound = "404.html"
    public static let revisions = "revisions.html"
    public static let feed = "feed.xml"

    public static func option(_ id: OptionID) -> String { "options/\(id).html" }
    public static func criterion(_ id: CriterionID) -> String { "criteria/\(id).html" }
    public static func actor(_ id: ActorID) -> String { "actors/\(id).html" }
    /// A passage in its place on the article page.
    public static func passage(_ id: PassageID) -> String { article + "#" + id.rawValue }

    // The complete lists of a large report (see `ListPaging`) live in one folder. The page number follows the last
    // hyphen, so no actor id (which may hold hyphens) gives the same path as another's page.
    /// Page `number` (from 1) of an actor's complete ranking.
    public static func rankingList(_ actorID: ActorID, page number: Int) -> String { "lists/ranking-\(actorID)-\(number).html" }
    /// Page `number` (from 1) of every option's card.
    public static func optionList(page number: Int) -> String { "lists/options-\(number).html" }

    /// The fragment of a revision on the revisions page.
    public static func revisionFragment(_ date: String) -> String { "revision-\(date)" }

    /// The fragment of an assessment on its option's page.
    public static func assessmentFragment(criterion: CriterionID) -> String { "assessment-\(criterion)" }

    /// The link to `path` from a page at `from`: all links are relative, so the report works from
    /// `file://` and from any sub-folder of a web server.
    public static func link(_ path: String, from: String) -> String {
        let depth = from.split(separator: "/").count - 1
        return String(repeating: "../", count: depth) + path
    }
}
