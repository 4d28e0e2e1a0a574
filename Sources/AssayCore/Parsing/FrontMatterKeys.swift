/// The top-level keys each kind of content file may hold, declared once: its reader refuses any other, its JSON
/// Schema lists exactly these (a test holds them together), and so do the key tables of `docs/authoring.md`.
public enum FrontMatterKeys {
    public static let article = ["title", "author", "outlet", "date", "url", "allow-raw-html"]
    public static let actor = ["name", "description"]
    public static let option = ["title", "summary", "cites", "inference"]
    public static let criterion = ["actor", "kind", "title", "weight", "scale", "measure", "cites", "inference"]
    public static let assessment = ["option", "criterion", "level", "value", "crosses", "confidence", "cites", "inference"]
    public static let ranking = ["actor", "order", "pairs", "unacceptable", "cites", "inference"]
    public static let expectation = ["expect"]
    /// `site.yml`, plain YAML rather than front matter, with the same rule.
    public static let site = ["title", "base-url", "language", "author", "description", "remote-images", "actors"]

    /// The keys of a kind, as `assay schema KIND` names it.
    public static func keys(of kind: String) -> [String]? {
        switch kind {
        case "article": article
        case "actor": actor
        case "option": option
        case "criterion": criterion
        case "assessment": assessment
        case "ranking": ranking
        case "expectation": expectation
        case "site": site
        default: nil
        }
    }
}
