/// A course of action the article discusses.
public struct Option: Sendable, Identifiable, Equatable {
    public var id: OptionID
    public var title: String
    public var summary: String
    public var body: String
    public var citations: [Citation]
    public var isInference: Bool
    public var location: SourceLocation

    public init(id: OptionID, title: String, summary: String, body: String = "", citations: [Citation],
                isInference: Bool = false, location: SourceLocation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = body
        self.citations = citations
        self.isInference = isInference
        self.location = location
    }
}
