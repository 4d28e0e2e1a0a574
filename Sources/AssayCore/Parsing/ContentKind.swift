/// What a content file is, decided by the folder it sits in.
public enum ContentKind: String, Sendable, CaseIterable {
    case article
    case actor = "actors"
    case criterion = "criteria"
    case option = "options"
    case assessment = "assessments"
    case statedRanking = "rankings"
    case expectation = "expectations"

    /// The kind of the file at `relativePath` and the id its name gives, or why it does not belong.
    public static func classify(_ relativePath: String) -> Result<(kind: ContentKind, id: String), ClassificationProblem> {
        let parts = relativePath.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard let name = parts.last, name.hasSuffix(".md") else { return .failure(.notMarkdown) }
        let stem = String(name.dropLast(3))
        if parts.count == 1 {
            return stem == "article" ? .success((.article, "article")) : .failure(.unknownFolder)
        }
        guard parts.count == 2, let kind = ContentKind(rawValue: parts[0]), kind != .article else {
            return .failure(.unknownFolder)
        }
        return .success((kind, stem))
    }

    public enum ClassificationProblem: Error, Sendable {
        case notMarkdown
        case unknownFolder
    }

    /// The folders annotation files go in, for hints.
    public static var folders: [String] {
        allCases.filter { $0 != .article }.map { $0.rawValue + "/" }
    }
}
