import AssayCore
import Foundation

/// The keys a `Decodable` type reads, found by decoding it from a decoder that answers every question with a
/// placeholder and writes down what was asked: which keys, which of them optional, and what each holds. It is how a
/// test holds a hand-written JSON Schema to the types that are the shape's one declaration.
indirect enum CodableShape: Equatable, CustomStringConvertible {
    case string, number, integer, boolean
    /// Text that is one of these (an enum's raw values).
    case enumeration([String])
    /// Keys and whether each is required.
    case object([String: (shape: CodableShape, required: Bool)])
    /// An object keyed by ids: no fixed keys.
    case map
    case array(CodableShape)
    /// A type the probe does not open (see `ShapeSample`).
    case opaque(String)

    static func == (lhs: CodableShape, rhs: CodableShape) -> Bool { lhs.description == rhs.description }

    var description: String {
        switch self {
        case .string: "string"
        case .number: "number"
        case .integer: "integer"
        case .boolean: "boolean"
        case .map: "map"
        case .enumeration(let values): "enum(\(values.sorted().joined(separator: ", ")))"
        case .opaque(let name): "opaque(\(name))"
        case .array(let element): "[\(element)]"
        case .object(let fields):
            "{" + fields.keys.sorted().map { "\($0)\(fields[$0]!.required ? "" : "?"): \(fields[$0]!.shape)" }.joined(separator: ", ") + "}"
        }
    }

    static func of<T: Decodable>(_ type: T.Type) throws -> CodableShape {
        let node = ShapeNode()
        _ = try T(from: ShapeProbe(node: node))
        return node.finish()
    }
}

/// A type the probe cannot decode from placeholders (an enum with associated values reads exactly one key it cannot
/// guess): it gives a value of its own instead, and its shape is `opaque`.
protocol ShapeSample {
    static var shapeSample: Self { get }
}

private final class ShapeNode {
    var shape: CodableShape = .opaque("unread")
    var fields: [String: (node: ShapeNode, required: Bool)] = [:]
    var element: ShapeNode?
    var isObject = false
    var isMap = false

    func finish() -> CodableShape {
        if isMap { return .map }
        if isObject { return .object(fields.mapValues { ($0.node.finish(), $0.required) }) }
        if let element { return .array(element.finish()) }
        return shape
    }
}

private extension ShapeNode {
    /// A placeholder of `T`, writing its shape into this node.
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if let sample = T.self as? any ShapeSample.Type {
            shape = .opaque(String(describing: T.self))
            return sample.shapeSample as! T
        }
        if let enumeration = T.self as? any (CaseIterable & RawRepresentable).Type, let first = firstCase(enumeration) as? T {
            shape = .enumeration(rawValues(enumeration))
            return first
        }
        switch T.self {
        case is String.Type: shape = .string; return "" as! T
        case is Double.Type: shape = .number; return 0.5 as! T
        case is Int.Type: shape = .integer; return 1 as! T
        case is UInt64.Type: shape = .integer; return UInt64(1) as! T
        case is Bool.Type: shape = .boolean; return false as! T
        default: return try T(from: ShapeProbe(node: self))
        }
    }
}

private func firstCase<C: CaseIterable>(_ type: C.Type) -> Any? { C.allCases.first }
private func rawValues<C: CaseIterable & RawRepresentable>(_ type: C.Type) -> [String] { C.allCases.map { "\($0.rawValue)" } }

private struct ShapeProbe: Decoder {
    let node: ShapeNode
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        // Dictionaries keyed by ids ask for a container whose keys they enumerate: nothing fixed to record.
        if String(describing: Key.self).contains("DictionaryCodingKey") { node.isMap = true } else { node.isObject = true }
        return KeyedDecodingContainer(KeyedProbe<Key>(node: node))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        let element = ShapeNode()
        node.element = element
        return UnkeyedProbe(element: element)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { SingleProbe(node: node) }
}

private struct KeyedProbe<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let node: ShapeNode
    var codingPath: [any CodingKey] = []
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }
    func decodeNil(forKey key: Key) throws -> Bool { false }

    private func field(_ key: Key, required: Bool) -> ShapeNode {
        if let existing = node.fields[key.stringValue] { return existing.node }
        let child = ShapeNode()
        node.fields[key.stringValue] = (child, required)
        return child
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try field(key, required: true).value(T.self) }
    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? { try field(key, required: false).value(T.self) }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try field(key, required: true).value(String.self) }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? { try field(key, required: false).value(String.self) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try field(key, required: true).value(Double.self) }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? { try field(key, required: false).value(Double.self) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try field(key, required: true).value(Int.self) }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try field(key, required: false).value(Int.self) }
    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try field(key, required: true).value(UInt64.self) }
    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? { try field(key, required: false).value(UInt64.self) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try field(key, required: true).value(Bool.self) }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try field(key, required: false).value(Bool.self) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try ShapeProbe(node: field(key, required: true)).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try ShapeProbe(node: field(key, required: true)).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { ShapeProbe(node: node) }
    func superDecoder(forKey key: Key) throws -> any Decoder { ShapeProbe(node: field(key, required: true)) }
}

/// One element, then the end: an array's elements share one shape.
private struct UnkeyedProbe: UnkeyedDecodingContainer {
    let element: ShapeNode
    var codingPath: [any CodingKey] = []
    var count: Int? { 1 }
    var currentIndex = 0
    var isAtEnd: Bool { currentIndex >= 1 }

    mutating func decodeNil() throws -> Bool { false }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        currentIndex += 1
        return try element.value(T.self)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        currentIndex += 1
        return try ShapeProbe(node: element).container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        currentIndex += 1
        return try ShapeProbe(node: element).unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { ShapeProbe(node: element) }
}

private struct SingleProbe: SingleValueDecodingContainer {
    let node: ShapeNode
    var codingPath: [any CodingKey] = []

    func decodeNil() -> Bool { false }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try node.value(T.self) }
    func decode(_ type: String.Type) throws -> String { try node.value(String.self) }
    func decode(_ type: Double.Type) throws -> Double { try node.value(Double.self) }
    func decode(_ type: Int.Type) throws -> Int { try node.value(Int.self) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try node.value(UInt64.self) }
    func decode(_ type: Bool.Type) throws -> Bool { try node.value(Bool.self) }
}
