/// A party whose point of view is modelled: a state, a leader, an alliance.
public struct Actor: Sendable, Identifiable, Equatable {
    public var id: ActorID
    public var name: String
    public var description: String
    public var body: String
    public var location: SourceLocation

    public init(id: ActorID, name: String, description: String, body: String = "", location: SourceLocation) {
        self.id = id
        self.name = name
        self.description = description
        self.body = body
        self.location = location
    }
}
