/// The site's settings, from `site.yml` in the content folder: all optional.
public struct SiteConfiguration: Sendable, Equatable {
    /// The report's title; the article's title when absent.
    public var title: String?
    /// Where the report is published (`https://example.org/reports/ukraine/`). With it, pages get canonical
    /// links and Open Graph tags, and the build writes `sitemap.xml`; every other link stays relative.
    public var baseURL: String?
    /// The pages' language, as a BCP 47 tag.
    public var language: String
    public var author: String?
    public var description: String?
    /// Whether Markdown images may load from other hosts (`remote-images: true`). Off by default, so that a
    /// report never tells a third party who reads it; the pages' Content-Security-Policy follows this setting.
    public var allowsRemoteImages: Bool
    /// The order in which the report's summary and rankings present the actors (`actors: [a, b]`), the leading
    /// actor first; actors not listed follow, by `ReportSummary.actorOrder`'s rule.
    public var actorOrder: [ActorID] = []
    /// Where each id of `actorOrder` is written, for diagnostics.
    public var actorOrderLocations: [SourceLocation] = []

    public init(title: String? = nil, baseURL: String? = nil, language: String = "en", author: String? = nil, description: String? = nil,
                allowsRemoteImages: Bool = false) {
        self.title = title
        self.baseURL = baseURL
        self.language = language
        self.author = author
        self.description = description
        self.allowsRemoteImages = allowsRemoteImages
    }

    /// `baseURL` with a trailing slash, ready to prefix a page path.
    public var base: String? {
        guard let baseURL else { return nil }
        return baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
    }
}
