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
    public var selector: QuoteSelector
    /// The anchor name the analyst chose, if any.
    public var explicitID: String?
    /// Where the quote is written, so anchoring errors can point at it.
    public var location: SourceLocation

    public init(selector: QuoteSelector, explicitID: String? = nil, location: SourceLocation) {
        self.selector = selector
        self.explicitID = explicitID
        self.location = location
    }
}
