/// The annotations read from every content file, before cross-references are checked.
public struct ParsedContent: Sendable {
    public var articles: [Article] = []
    public var actors: [Actor] = []
    public var criteria: [Criterion] = []
    public var options: [Option] = []
    public var assessments: [Assessment] = []
    public var statedRankings: [StatedRanking] = []
    /// Where each id was declared, by kind, to report duplicates and find files.
    public var declarations: [ContentKind: [String: SourceLocation]] = [:]

    public init() {}
}
