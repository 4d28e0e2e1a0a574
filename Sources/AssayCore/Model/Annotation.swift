/// What every annotation file holds beside its own fields: its Markdown, what it cites, and where it is written.
/// Options, criteria, assessments and stated rankings are made from one.
public struct Annotation: Sendable, Equatable {
    /// The Markdown after the front matter: an assessment's rationale, the notes of the others.
    public var body: String
    public var citations: [Citation]
    /// The analyst's own inference, resting on no passage.
    public var isInference: Bool
    /// Where the file is written.
    public var location: SourceLocation
    /// Where the values that name other entities are written, for errors about those references; the file's place
    /// when absent.
    public var keyLocations: [Reference: SourceLocation]

    /// A value of the front matter that refers to something else.
    public enum Reference: Hashable, Sendable {
        /// A criterion's `actor:`.
        case actor
        /// An assessment's `option:` and `criterion:`.
        case option, criterion
        /// The key holding an assessment's judgement: `level:`, `crosses:` or `value:`.
        case judgement
    }

    public init(body: String = "", citations: [Citation] = [], isInference: Bool = false, location: SourceLocation,
                keyLocations: [Reference: SourceLocation] = [:]) {
        self.body = body
        self.citations = citations
        self.isInference = isInference
        self.location = location
        self.keyLocations = keyLocations
    }

    /// Where a key's value is written, or the file's place.
    public func location(of reference: Reference) -> SourceLocation { keyLocations[reference] ?? location }
}
