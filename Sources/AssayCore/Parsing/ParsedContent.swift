/// The annotations read from every content file, before cross-references are checked.
public struct ParsedContent: Sendable {
    public var articles: [Article] = []
    public var actors: [Actor] = []
    public var criteria: [Criterion] = []
    public var options: [Option] = []
    public var assessments: [Assessment] = []
    public var statedRankings: [StatedRanking] = []
    public var expectations: [Expectation] = []
    public var site = SiteConfiguration()
    /// The revisions under `revisions/`, as read.
    public var revisions: [Revision] = []
    /// Every id that has a file, by kind, even where the file could not be parsed:
    /// references to it are not reported again as unknown.
    public var declarations: [ContentKind: [String: SourceLocation]] = [:]
    /// The file line each file's (trimmed) Markdown body starts on, by display path.
    public var bodyLines: [String: Int] = [:]

    public init() {}

    /// Adds what another file declared (declarations and site settings are gathered before files are read).
    mutating func merge(_ other: ParsedContent) {
        articles += other.articles
        actors += other.actors
        criteria += other.criteria
        options += other.options
        assessments += other.assessments
        statedRankings += other.statedRankings
        expectations += other.expectations
        bodyLines.merge(other.bodyLines) { first, _ in first }
    }
}
