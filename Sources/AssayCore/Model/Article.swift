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

    public init(title: String, author: String, outlet: String? = nil, date: String? = nil, url: String? = nil,
                body: String, bodyLine: Int = 1, allowsRawHTML: Bool = false, location: SourceLocation) {
        self.allowsRawHTML = allowsRawHTML
        self.title = title
        self.author = author
        self.authors = [author]
        self.outlet = outlet
        self.date = date
        self.url = url
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
