import AssayCore
import Foundation
import Testing
@testable import AssayRender

/// A JSON-like value that encodes itself through every path of the `Encoder` protocol, to compare `PrettyJSONEncoder`
/// with Foundation's `JSONEncoder`.
indirect enum JSONSample: Encodable, Sendable {
    case null
    case bool(Bool)
    case int(Int)
    case int8(Int8)
    case int64(Int64)
    case uint64(UInt64)
    case double(Double)
    case float(Float)
    case string(String)
    /// Through `Array`'s own `encode(to:)` (each element through the generic `encode<T>`).
    case array([JSONSample])
    /// Through an unkeyed container, leaves through its primitive overloads.
    case unkeyed([JSONSample])
    /// Through a keyed container, leaves through its primitive overloads; keys may repeat.
    case object([Member])
    /// Through `Dictionary`'s own `encode(to:)`.
    case dictionary([String: JSONSample])
    /// Members encoded with `encodeIfPresent`: `nil` ones are left out.
    case optionals([OptionalMember])
    /// `[Double?]` through `Array`'s and `Optional`'s own `encode(to:)`.
    case optionalDoubles([Double?])
    /// A keyed container whose members are written into nested keyed and unkeyed containers.
    case nested(key: String, inner: [Member], list: [JSONSample])
    /// Through a single-value container's generic `encode<T>`.
    case wrapped(JSONSample)
    /// A value that asks for no container at all.
    case nothing

    struct Member: Sendable { var key: String; var value: JSONSample }
    struct OptionalMember: Sendable { var key: String; var value: JSONSample? }

    struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(_ string: String) { stringValue = string }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        switch self {
        case .null:
            var container = encoder.singleValueContainer()
            try container.encodeNil()
        case .bool(let value): try value.encode(to: encoder)
        case .int(let value): try value.encode(to: encoder)
        case .int8(let value): try value.encode(to: encoder)
        case .int64(let value): try value.encode(to: encoder)
        case .uint64(let value): try value.encode(to: encoder)
        case .double(let value): try value.encode(to: encoder)
        case .float(let value): try value.encode(to: encoder)
        case .string(let value): try value.encode(to: encoder)
        case .array(let values): try values.encode(to: encoder)
        case .unkeyed(let values):
            var container = encoder.unkeyedContainer()
            for value in values { try Self.encode(value, into: &container) }
        case .object(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members { try Self.encode(member.value, forKey: Key(member.key), into: &container) }
        case .dictionary(let values): try values.encode(to: encoder)
        case .optionals(let members):
            var container = encoder.container(keyedBy: Key.self)
            for member in members {
                switch member.value {
                case .double(let value)?: try container.encodeIfPresent(value, forKey: Key(member.key))
                case .string(let value)?: try container.encodeIfPresent(value, forKey: Key(member.key))
                case .int(let value)?: try container.encodeIfPresent(value, forKey: Key(member.key))
                case .bool(let value)?: try container.encodeIfPresent(value, forKey: Key(member.key))
                default: try container.encodeIfPresent(member.value, forKey: Key(member.key))
                }
            }
        case .optionalDoubles(let values): try values.encode(to: encoder)
        case .nested(let key, let inner, let list):
            var container = encoder.container(keyedBy: Key.self)
            var object = container.nestedContainer(keyedBy: Key.self, forKey: Key(key))
            var array = container.nestedUnkeyedContainer(forKey: Key(key + "[]"))
            for member in inner { try Self.encode(member.value, forKey: Key(member.key), into: &object) }
            for value in list { try Self.encode(value, into: &array) }
            var deeper = array.nestedContainer(keyedBy: Key.self)
            try deeper.encode(list.count, forKey: Key("count"))
            var deepest = array.nestedUnkeyedContainer()
            try deepest.encodeNil()
        case .wrapped(let inner):
            var container = encoder.singleValueContainer()
            try container.encode(inner)
        case .nothing: break
        }
    }

    private static func encode(_ value: JSONSample, forKey key: Key, into container: inout KeyedEncodingContainer<Key>) throws {
        switch value {
        case .null: try container.encodeNil(forKey: key)
        case .bool(let value): try container.encode(value, forKey: key)
        case .int(let value): try container.encode(value, forKey: key)
        case .int8(let value): try container.encode(value, forKey: key)
        case .int64(let value): try container.encode(value, forKey: key)
        case .uint64(let value): try container.encode(value, forKey: key)
        case .double(let value): try container.encode(value, forKey: key)
        case .float(let value): try container.encode(value, forKey: key)
        case .string(let value): try container.encode(value, forKey: key)
        default: try container.encode(value, forKey: key)
        }
    }

    private static func encode(_ value: JSONSample, into container: inout any UnkeyedEncodingContainer) throws {
        switch value {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .int(let value): try container.encode(value)
        case .int8(let value): try container.encode(value)
        case .int64(let value): try container.encode(value)
        case .uint64(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .float(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        default: try container.encode(value)
        }
    }
}

/// Foundation's encoder with the options Assay's data files use.
func foundationJSON<T: Encodable>(_ value: T) throws -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    return Array(try encoder.encode(value))
}

/// Records an issue, with the first differing line, unless both encoders write the same bytes for `value` or both throw.
func expectSameJSON<T: Encodable>(_ value: T, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    let expected: [UInt8]
    do {
        expected = try foundationJSON(value)
    } catch {
        #expect(throws: EncodingError.self, "Foundation throws \(error)", sourceLocation: sourceLocation) { try PrettyJSONEncoder.encode(value) }
        return
    }
    let actual = try PrettyJSONEncoder.encode(value)
    guard actual != expected else { return }
    let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = String(decoding: actual, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let line = (0..<min(expectedLines.count, actualLines.count)).first { expectedLines[$0] != actualLines[$0] }
        ?? min(expectedLines.count, actualLines.count)
    let show = { (lines: [Substring]) in line < lines.count ? String(reflecting: String(lines[line])) : "(end)" }
    Issue.record("""
        output differs at line \(line + 1) (\(actual.count) bytes, Foundation \(expected.count)):
          Foundation: \(show(expectedLines))
          ours:       \(show(actualLines))
        """, sourceLocation: sourceLocation)
}

/// Seeded random `JSONSample`s: strings full of characters that need escaping or are multi-byte, doubles from
/// several distributions, nested and empty containers, repeated keys.
struct JSONSampleGenerator {
    private var random: SeededRandom

    init(seed: UInt64) { random = SeededRandom(seed: seed) }

    private mutating func below(_ bound: Int) -> Int { Int(random.next() % UInt64(bound)) }
    private mutating func pick<T>(_ choices: [T]) -> T { choices[below(choices.count)] }

    static let fragments: [String] = [
        "a", "Z", "0", " ", "_", "~", "-", ".", "\"", "\\", "/", "//", "\n", "\r", "\t", "\u{8}", "\u{C}", "\u{0}", "\u{1}",
        "\u{B}", "\u{1A}", "\u{1F}", "\u{7F}", "é", "e\u{301}", "K", "\u{212A}", "Å", "\u{212B}", "ß", "ü", "中文", "日本",
        "😀", "👍🏽", "👨‍👩‍👧", "🇺🇦", "\u{2028}", "\u{2029}", "\u{FEFF}", "\u{85}", "\u{FFFF}", "\u{10FFFF}", "\u{FF5E}",
        "“", "”", "</script>", "&amp;", "\\u0041", "null", "1e5", "word", "option-12",
    ]

    mutating func string() -> String {
        (0..<below(9)).map { _ in pick(Self.fragments) }.joined()
    }

    mutating func key() -> String {
        // A small alphabet often, so members repeat and canonically equivalent keys meet.
        below(3) == 0 ? string() : pick(["a", "b", "B", "é", "e\u{301}", "K", "\u{212A}", "id", "value", "item10", "item2", ""])
    }

    mutating func double() -> Double {
        switch below(9) {
        case 0: return Double(Int64(bitPattern: random.next()) >> Int64(below(63)))
        case 1: return random.unit()
        case 2:
            var value: Double
            repeat { value = Double(bitPattern: random.next()) } while !value.isFinite
            return value
        case 3: return Double(below(2000) - 1000) * pow(10, Double(below(60) - 30))
        case 4: return Double(1 << 53) + Double(below(64) - 32)
        case 5: return pick([0.0, -0.0, 1, -1, 0.1, 0.5, 1e21, 1e-7, 0.30000000000000004, .leastNonzeroMagnitude,
                             .greatestFiniteMagnitude, .leastNormalMagnitude, .ulpOfOne, 1e16, 1e15, 123456789012345680])
        case 6: return Double(below(10_000)) / 100
        case 7: return random.normal() * pow(10, Double(below(40) - 20))
        default: return Double(below(1000)) / 3
        }
    }

    mutating func float() -> Float {
        var value: Float
        repeat { value = below(2) == 0 ? Float(bitPattern: UInt32(truncatingIfNeeded: random.next())) : Float(double()) } while !value.isFinite
        return value
    }

    mutating func leaf() -> JSONSample {
        switch below(11) {
        case 0: return .null
        case 1: return .bool(below(2) == 0)
        case 2: return .int(Int(bitPattern: UInt(random.next())) >> below(64))
        case 3: return .int8(Int8(truncatingIfNeeded: random.next()))
        case 4: return .int64(Int64(bitPattern: random.next()))
        case 5: return .uint64(random.next() >> below(64))
        case 6: return .float(float())
        case 7, 8: return .double(double())
        default: return .string(string())
        }
    }

    mutating func value(depth: Int) -> JSONSample {
        guard depth > 0, below(3) != 0 else { return leaf() }
        let count = below(4) == 0 ? 0 : below(6) + 1
        switch below(10) {
        case 0: return .array((0..<count).map { _ in value(depth: depth - 1) })
        case 1: return .unkeyed((0..<count).map { _ in value(depth: depth - 1) })
        case 2, 3: return .object((0..<count).map { _ in JSONSample.Member(key: key(), value: value(depth: depth - 1)) })
        case 4:
            var dictionary: [String: JSONSample] = [:]
            for _ in 0..<count { dictionary[string()] = value(depth: depth - 1) }
            return .dictionary(dictionary)
        case 5: return .optionals((0..<count).map { _ in .init(key: string(), value: below(2) == 0 ? nil : value(depth: depth - 1)) })
        case 6: return .optionalDoubles((0..<count).map { _ in below(3) == 0 ? nil : double() })
        case 7: return .nested(key: key(), inner: (0..<count).map { _ in .init(key: key(), value: value(depth: depth - 1)) },
                               list: (0..<count).map { _ in value(depth: depth - 1) })
        case 8: return .wrapped(value(depth: depth - 1))
        default: return .nothing
        }
    }
}
