/// The source under analysis: its metadata and its Markdown body.
public struct Article: Sendable, Equatable {
    public var title: String
    /// The authors' names, as the report prints them: "A", "A and B", "A, B and C".
    public var author: String
    /// Each author, in the order given.
    public var authors: [String]
    public var outlet: String?
    public var date: String?
    public var url: String?
    /// Whether bare inline HTML tags in the body are kept (`allow-raw-html: true`); anything else is still omitted.
    public var allowsRawHTML: Bool
    public var body: String
    /// The file line on which the body starts, to locate problems inside it.
    public var bodyLine: Int
    public var location: SourceLocation

    /// What the report says of the article beside its text: the front matter of `article.md`.
    public struct Metadata: Sendable, Equatable {
        public var title: String
        public var authors: [String]
        public var outlet: String?
        public var date: String?
        public var url: String?

        public init(title: String, authors: [String], outlet: String? = nil, date: String? = nil, url: String? = nil) {
            self.title = title
            self.authors = authors
            self.outlet = outlet
            self.date = date
            self.url = url
        }
    }

    public init(_ metadata: Metadata, body: String, bodyLine: Int = 1, allowsRawHTML: Bool = false, location: SourceLocation) {
        self.allowsRawHTML = allowsRawHTML
        self.title = metadata.title
        self.author = Self.names(metadata.authors)
        self.authors = metadata.authors
        self.outlet = metadata.outlet
        self.date = metadata.date
        self.url = metadata.url
        self.body = body
        self.bodyLine = bodyLine
        self.location = location
    }
}

extension Article {
    /// Several authors joined as a sentence lists them.
    public static func names(_ authors: [String]) -> String {
        switch authors.count {
        case 0: ""
        case 1: authors[0]
        default: authors.dropLast().joined(separator: ", ") + " and " + authors[authors.count - 1]
        }
    }
}
