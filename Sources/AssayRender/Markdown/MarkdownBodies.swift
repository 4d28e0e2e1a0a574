import AssayCore

/// The HTML of every Markdown body of the content but the article's, rendered once per build from the same
/// cmark tree the lint reads.
public struct MarkdownBodies: Sendable {
    /// Whose body a text is.
    public enum Owner: Hashable, Sendable {
        case actor(ActorID), criterion(CriterionID), option(OptionID), assessment(AssessmentID), statedRanking(ActorID)
        /// A revision's note, by the revision's date.
        case revisionNote(String)
    }

    private let html: [Owner: String]

    init(html: [Owner: String]) { self.html = html }

    /// The body's HTML; empty for an empty body or an unknown owner.
    public func html(of owner: Owner) -> String { html[owner] ?? "" }
}
