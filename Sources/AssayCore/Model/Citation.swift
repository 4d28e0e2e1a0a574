/// A quote selector in the sense of the W3C Web Annotation `TextQuoteSelector`.
public struct QuoteSelector: Hashable, Sendable, Codable {
    public var exact: String
    public var prefix: String?
    public var suffix: String?

    public init(exact: String, prefix: String? = nil, suffix: String? = nil) {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// One citation of the article, as written in an annotation file.
public struct Citation: Hashable, Sendable {
    /// A quote `assay reanchor` rewrote after the article was reworded: the day and the words it quoted before.
    /// It stays, and the judgement is shown as resting on reworded evidence, until the analyst removes it.
    public struct Rewording: Hashable, Sendable, Codable {
        public var date: String
        public var was: String

        public init(date: String, was: String) {
            self.date = date
            self.was = was
        }
    }

    public var selector: QuoteSelector
    /// The anchor name the analyst chose, if any.
    public var explicitID: PassageID?
    public var rewording: Rewording?
    /// Where the quote is written, so anchoring errors can point at it.
    public var location: SourceLocation

    public init(selector: QuoteSelector, explicitID: PassageID? = nil, rewording: Rewording? = nil, location: SourceLocation) {
        self.selector = selector
        self.explicitID = explicitID
        self.rewording = rewording
        self.location = location
    }
}
