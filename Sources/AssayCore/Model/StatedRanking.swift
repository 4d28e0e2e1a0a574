/// The order in which the article's author ranks options from one actor's point of view.
public struct StatedRanking: Sendable {
    public var actorID: String
    /// Best first.
    public var order: [String]
    /// Options the author says the actor will not accept.
    public var unacceptable: [String]
    public var citations: [Citation]
    public var body: String
    public var location: SourceLocation
    /// Where each listed option id is written, for reference errors.
    public var optionLocations: [String: SourceLocation]

    public init(actorID: String, order: [String], unacceptable: [String] = [], citations: [Citation],
                body: String = "", location: SourceLocation, optionLocations: [String: SourceLocation] = [:]) {
        self.actorID = actorID
        self.order = order
        self.unacceptable = unacceptable
        self.citations = citations
        self.body = body
        self.location = location
        self.optionLocations = optionLocations
    }
}
