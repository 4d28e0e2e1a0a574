/// Something an actor wants (a weighted preference) or refuses outright (a red line).
public struct Criterion: Sendable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case redLine = "red-line"
        case preference
    }

    /// One step of a preference's scale.
    public struct Level: Sendable, Hashable {
        public var id: String
        public var label: String
        public var value: Double
        public var location: SourceLocation

        public init(id: String, label: String, value: Double, location: SourceLocation) {
            self.id = id
            self.label = label
            self.value = value
            self.location = location
        }
    }

    public var id: String
    public var actorID: String
    public var kind: Kind
    public var title: String
    /// The relative weight of a preference; `nil` for red lines.
    public var weight: Double?
    /// Worst first, values strictly increasing; empty for red lines.
    public var scale: [Level]
    public var citations: [Citation]
    public var isInference: Bool
    public var body: String
    public var location: SourceLocation
    /// Where `actor:` is written, for errors about the reference.
    public var actorLocation: SourceLocation

    public init(id: String, actorID: String, kind: Kind, title: String, weight: Double?, scale: [Level],
                citations: [Citation], isInference: Bool = false, body: String = "",
                location: SourceLocation, actorLocation: SourceLocation? = nil) {
        self.id = id
        self.actorID = actorID
        self.kind = kind
        self.title = title
        self.weight = weight
        self.scale = scale
        self.citations = citations
        self.isInference = isInference
        self.body = body
        self.location = location
        self.actorLocation = actorLocation ?? location
    }

    public func level(_ id: String) -> Level? { scale.first { $0.id == id } }
}
