/// The plain text of the rendered article, as runs of text in reading order.
///
/// The renderer makes it from the Markdown tree (one run per text node), so the core can
/// anchor quotes without knowing Markdown; run indexes lead back to the nodes to highlight.
public struct ArticleText: Sendable {
    public struct Run: Sendable, Hashable {
        public var text: String
        /// Whether a new block (paragraph, heading, list item) starts here: a break counts as white space.
        public var startsBlock: Bool

        public init(_ text: String, startsBlock: Bool = false) {
            self.text = text
            self.startsBlock = startsBlock
        }
    }

    public var runs: [Run]

    public init(runs: [Run]) { self.runs = runs }
}
