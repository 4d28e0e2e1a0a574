/// Rules for the ids that name actors, criteria, options and passages.
///
/// Ids become file names and URL fragments in `Output/`, so only lower-case ASCII letters,
/// digits and inner hyphens are allowed: no id can climb out of `Output/`, and no two ids
/// can collide on a case-insensitive file system.
public enum Identifier {
    public static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, id.unicodeScalars.count <= 80 else { return false }
        guard isLowerAlphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { isLowerAlphanumeric($0) || $0 == "-" }
    }

    /// A valid id made from arbitrary text: lower-cased, with every other run of characters turned into one hyphen.
    public static func slug(_ text: String, maxLength: Int = 40) -> String {
        var result = ""
        var pendingHyphen = false
        for scalar in text.lowercased().unicodeScalars {
            if isLowerAlphanumeric(scalar) {
                // Stop before a hyphen that would have nothing after it.
                let needed = pendingHyphen && !result.isEmpty ? 2 : 1
                if result.unicodeScalars.count + needed > maxLength { break }
                if needed == 2 { result.append("-") }
                pendingHyphen = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingHyphen = true
            }
        }
        return result
    }

    public static let hint = "ids use lower-case letters, digits and hyphens, e.g. 'western-troops'"

    private static func isLowerAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }
}

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

extension Sequence {
    /// Ids joined as text, for messages and hints: `a, b, c`.
    public func joined<Entity>(separator: String = "") -> String where Element == EntityID<Entity> {
        map(\.rawValue).joined(separator: separator)
    }
}
public typealias PassageID = EntityID<Passage>
/// A level of a preference's scale, or a figure as a level (`=150`, `=140..185`; see `Measure.levelID`).
public typealias LevelID = EntityID<Criterion.Level>
