/// The id of one kind of entity, so that an option's id cannot be passed where an actor's is wanted. It is
/// written, sorted, hashed and encoded exactly as the text the analyst wrote.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, Codable, CodingKeyRepresentable,
                                ExpressibleByStringInterpolation, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    // Keyed by ids, a dictionary encodes as a JSON object, not as a list of keys and values.
    public var codingKey: any CodingKey { Key(stringValue: rawValue) }
    public init?<T: CodingKey>(codingKey: T) { self.rawValue = codingKey.stringValue }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}

public typealias ActorID = EntityID<Actor>
public typealias CriterionID = EntityID<Criterion>
public typealias OptionID = EntityID<Option>
public typealias AssessmentID = EntityID<Assessment>
/// A passage's anchor: the `id:` a citation gives it, or one derived from the quote (`PassageAnchor.derivedID`).
public typealias PassageID = EntityID<Passage>
/// A level of a preference's scale, or a figure as a level (`=150`, `=140..185`; see `Measure.levelID`).
public typealias LevelID = EntityID<Criterion.Level>

extension Sequence {
    /// Ids joined as text, for messages and hints: `a, b, c`.
    public func joined<Entity>(separator: String = "") -> String where Element == EntityID<Entity> {
        map(\.rawValue).joined(separator: separator)
    }
}
