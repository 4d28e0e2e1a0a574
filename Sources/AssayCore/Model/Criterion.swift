/// Something an actor wants (a weighted preference) or refuses outright (a red line).
public struct Criterion: Sendable, Identifiable, Equatable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case redLine = "red-line"
        case preference
    }

    /// One step of a preference's scale.
    public struct Level: Sendable, Hashable {
        public var id: LevelID
        public var label: String
        public var value: Double
        public var location: SourceLocation
        /// For a range of figures: half the width of the values it spans (the rank probabilities draw within it).
        public var halfWidth: Double

        public init(id: LevelID, label: String, value: Double, location: SourceLocation, halfWidth: Double = 0) {
            self.id = id
            self.label = label
            self.value = value
            self.location = location
            self.halfWidth = halfWidth
        }
    }

    public var id: CriterionID
    public var actorID: ActorID
    public var kind: Kind
    public var title: String
    /// The relative weight of a preference; `nil` for red lines.
    public var weight: Double?
    /// Worst first, values strictly increasing; empty for red lines.
    public var scale: [Level]
    /// How figures from the text map onto values, for a preference measured in numbers.
    public var measure: Measure?
    public var citations: [Citation]
    public var isInference: Bool
    public var body: String
    public var location: SourceLocation
    /// Where `actor:` is written, for errors about the reference.
    public var actorLocation: SourceLocation

    /// What a criterion does with an option's assessment: veto it, or count it with a weight.
    public enum Rule: Sendable, Equatable {
        case redLine
        /// Levels worst first; a measure maps figures onto values (with no levels, linearly).
        case preference(weight: Double, scale: [Level], measure: Measure? = nil)
    }

    /// `annotation.keyLocations[.actor]` locates errors about the actor.
    public init(id: CriterionID, actorID: ActorID, title: String, rule: Rule, annotation: Annotation) {
        self.id = id
        self.actorID = actorID
        self.title = title
        switch rule {
        case .redLine:
            (kind, weight, scale, measure) = (.redLine, nil, [], nil)
        case .preference(let weight, let scale, let measure):
            (kind, self.weight, self.scale, self.measure) = (.preference, weight, scale, measure)
        }
        self.citations = annotation.citations
        self.isInference = annotation.isInference
        self.body = annotation.body
        self.location = annotation.location
        self.actorLocation = annotation.location(of: .actor)
    }

    /// A level of the scale, or, on a measured preference, the figure (or range of figures) an assessment gives.
    public func level(_ id: LevelID) -> Level? {
        if let level = scale.first(where: { $0.id == id }) { return level }
        guard let measure, let figures = Measure.figures(id), let low = measure.value(of: figures.low, scale: scale),
              let high = measure.value(of: figures.high, scale: scale) else { return nil }
        let label = Measure.text(figures.low, figures.high, unit: measure.unit)
        return Level(id: id, label: label, value: (low + high) / 2, location: location, halfWidth: abs(high - low) / 2)
    }

    /// The lowest and highest values an assessment can give: the scale's, or 0 and 1 for a measure without one.
    public var valueBounds: (min: Double, max: Double) {
        let values = scale.map(\.value)
        guard let low = values.min(), let high = values.max() else { return measure == nil ? (0, 0) : (0, 1) }
        return measure?.worst != nil ? (min(0, low), max(1, high)) : (low, high)
    }
}
