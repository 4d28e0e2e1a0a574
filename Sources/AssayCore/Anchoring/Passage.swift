/// A span of the article cited as evidence, with everything that cites it.
public struct Passage: Sendable, Identifiable, Hashable {
    /// A stretch of one text run, in unicode-scalar offsets: what the renderer highlights.
    public struct Span: Sendable, Hashable, Codable {
        public var run: Int
        public var start: Int
        public var end: Int

        public init(run: Int, start: Int, end: Int) {
            self.run = run
            self.start = start
            self.end = end
        }
    }

    /// The anchor name: from the annotation, never from the position.
    public var id: PassageID
    public var selector: QuoteSelector
    /// The article's own words for the span (its quotes and dashes, white space folded).
    public var text: String
    public var spans: [Span]
    /// Position in the folded article text, for article order; also the W3C TextPositionSelector.
    public var start: Int
    public var end: Int
    /// What cites it, sorted.
    public var citers: [Citer]
    /// Up to 32 characters of article text right before and after it, for a complete W3C TextQuoteSelector.
    public var textBefore: String
    public var textAfter: String

    /// The article's words for a passage, and a few either side.
    public struct Words: Sendable, Hashable {
        public var text: String
        public var before: String
        public var after: String

        public init(text: String, before: String = "", after: String = "") {
            self.text = text
            self.before = before
            self.after = after
        }
    }

    /// - Parameter range: the position in the folded article text.
    public init(id: PassageID, selector: QuoteSelector, words: Words, spans: [Span], range: Range<Int>, citers: [Citer]) {
        self.id = id
        self.selector = selector
        self.text = words.text
        self.textBefore = words.before
        self.textAfter = words.after
        self.spans = spans
        self.start = range.lowerBound
        self.end = range.upperBound
        self.citers = citers
    }
}

/// The passages of the article and which passage each citation resolved to.
public struct AnchoredPassages: Sendable {
    /// In article order.
    public let passages: [Passage]
    /// The passage id for each citation, keyed by where the citation is written.
    public let passageIDs: [SourceLocation: PassageID]

    /// The length of the article's folded plain text, the scale of passage positions.
    public let articleLength: Int
    private let indexByID: [PassageID: Int]

    public init(passages: [Passage], passageIDs: [SourceLocation: PassageID], articleLength: Int = 0) {
        self.articleLength = articleLength
        self.passages = passages
        self.passageIDs = passageIDs
        self.indexByID = Dictionary(passages.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func passage(for citation: Citation) -> Passage? {
        guard let id = passageIDs[citation.location] else { return nil }
        return passage(id)
    }

    public func passage(_ id: PassageID) -> Passage? { indexByID[id].map { passages[$0] } }
}
