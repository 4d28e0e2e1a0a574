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
        for (path, line) in other.bodyLines where bodyLines[path] == nil { bodyLines[path] = line }
    }

    /// Room for everything `parts` hold, so that merging tens of thousands of files does not grow each list many times.
    mutating func reserveCapacity<Parts: Sequence>(for parts: Parts) where Parts.Element == ParsedContent {
        var counts = (actors: 0, criteria: 0, options: 0, assessments: 0, bodyLines: 0)
        for part in parts {
            counts.actors += part.actors.count
            counts.criteria += part.criteria.count
            counts.options += part.options.count
            counts.assessments += part.assessments.count
            counts.bodyLines += part.bodyLines.count
        }
        actors.reserveCapacity(actors.count + counts.actors)
        criteria.reserveCapacity(criteria.count + counts.criteria)
        options.reserveCapacity(options.count + counts.options)
        assessments.reserveCapacity(assessments.count + counts.assessments)
        bodyLines.reserveCapacity(bodyLines.count + counts.bodyLines)
    }
}
