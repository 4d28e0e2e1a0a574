/// A course of action the article discusses.
public struct Option: Sendable, Identifiable, Equatable {
    public var id: OptionID
    public var title: String
    public var summary: String
    public var body: String
    public var citations: [Citation]
    public var isInference: Bool
    public var location: SourceLocation

    public init(id: OptionID, title: String, summary: String, annotation: Annotation) {
        self.id = id
        self.title = title
        self.summary = summary
        self.body = annotation.body
        self.citations = annotation.citations
        self.isInference = annotation.isInference
        self.location = annotation.location
    }
}
