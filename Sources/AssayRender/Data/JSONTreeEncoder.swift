import Foundation

/// The `Encoder` behind `PrettyJSONEncoder`: one instance encodes a whole value, nested values included, into a
/// `JSONTree`. Encoding a child saves `slot`, lets the child fill it, and restores it, so no encoder is allocated per
/// value; the coding path is a stack kept for error messages and for types that read it.
///
/// Coding paths are Foundation's: a nested container's own `codingPath` ends with its key, but the values encoded
/// through it (and their errors) have the path of the container that made it, plus their own key.
final class JSONTreeEncoder: Encoder {
    fileprivate(set) var tree = JSONTree()
    /// The node of the value being encoded; `-1` until it asks for a container or encodes a single value.
    fileprivate var slot: Int32 = -1
    fileprivate var path: [any CodingKey] = []

    deinit { tree.scalars.deallocate() }

    var codingPath: [any CodingKey] { path }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// The node of a top-level value, or `nil` when it encoded nothing.
    func encodeTopLevel<T: Encodable>(_ value: T) throws -> Int32? {
        let node = try encode(value, key: nil)
        return node < 0 ? nil : node
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(JSONTreeKeyedContainer<Key>(encoder: self, object: slotContainer(.object), depth: path.count, nestedKeys: []))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        JSONTreeUnkeyedContainer(encoder: self, array: slotContainer(.array), depth: path.count, nestedKeys: [])
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        JSONTreeSingleValueContainer(encoder: self, depth: path.count)
    }

    /// The container of the value being encoded, made on the first request; a value asks for one kind only.
    private func slotContainer(_ kind: JSONTree.Kind) -> Int32 {
        if slot < 0 {
            slot = tree.container(kind)
        } else {
            precondition(tree.nodes[Int(slot)].kind == kind, "Attempt to push a new \(kind) container when already previously encoded at this path.")
        }
        return slot
    }

    /// The coding path of a container made at `depth`, with the keys of the nested containers it lies in.
    fileprivate func path(depth: Int, nestedKeys: [any CodingKey]) -> [any CodingKey] {
        Array(path.prefix(depth)) + nestedKeys
    }

    /// Encodes a child value: primitives and the types Foundation treats specially directly, anything else by its
    /// `encode(to:)` with this encoder. A child that encodes nothing is an empty object, as in Foundation.
    fileprivate func encodeChild<T: Encodable>(_ value: T, key: (any CodingKey)?) throws -> Int32 {
        let node = try encode(value, key: key)
        return node < 0 ? tree.container(.object) : node
    }

    /// The node of `value`, `-1` if it encoded nothing.
    private func encode<T: Encodable>(_ value: T, key: (any CodingKey)?) throws -> Int32 {
        // `T` is the exact type here, so the bit casts are conversions to the type itself.
        if T.self == String.self { return tree.string(unsafeBitCast(value, to: String.self)) }
        if T.self == Double.self { return try number(unsafeBitCast(value, to: Double.self), key: key) }
        if T.self == Int.self { return tree.integer(unsafeBitCast(value, to: Int.self)) }
        if T.self == Bool.self { return tree.bool(unsafeBitCast(value, to: Bool.self)) }
        if T.self == Float.self { return try number(unsafeBitCast(value, to: Float.self), key: key) }
        if T.self == URL.self { return tree.string((value as! URL).absoluteString) }
        if T.self == Data.self { return tree.string((value as! Data).base64EncodedString()) }
        if T.self == Decimal.self { return tree.verbatim((value as! Decimal).description) }
        let saved = slot
        slot = -1
        if let key { path.append(key) }
        defer {
            slot = saved
            if key != nil { path.removeLast() }
        }
        try value.encode(to: self)
        return slot
    }

    /// A `Double` or `Float`; non-finite ones throw, as with Foundation's default `nonConformingFloatEncodingStrategy`.
    fileprivate func number<F: BinaryFloatingPoint & LosslessStringConvertible>(_ number: F, key: (any CodingKey)?) throws -> Int32 {
        guard number.isFinite else {
            var codingPath = path
            if let key { codingPath.append(key) }
            throw EncodingError.invalidValue(number, .init(codingPath: codingPath,
                                                           debugDescription: "Unable to encode \(F.self).\(number) directly in JSON."))
        }
        return tree.floatingPoint(description: number.description)
    }
}

/// The key of an unkeyed container's element in a coding path, named as Foundation names it.
private struct JSONTreeIndexKey: CodingKey {
    var intValue: Int?
    var stringValue: String { "Index \(intValue ?? 0)" }
    init(index: Int) { intValue = index }
    init?(stringValue: String) { nil }
    init?(intValue: Int) { self.intValue = intValue }
}

private struct JSONTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: JSONTreeEncoder
    let object: Int32
    /// The length of the encoder's path when this container was made, and the keys of the nested containers it is in.
    let depth: Int
    let nestedKeys: [any CodingKey]

    var codingPath: [any CodingKey] { encoder.path(depth: depth, nestedKeys: nestedKeys) }

    private func add(_ node: Int32, _ key: Key) { encoder.tree.link(node, to: object, key: key.stringValue) }

    mutating func encodeNil(forKey key: Key) throws { add(encoder.tree.null(), key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { add(encoder.tree.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { add(encoder.tree.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { add(try encoder.number(value, key: key), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { add(try encoder.number(value, key: key), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { add(encoder.tree.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { add(encoder.tree.integer(value), key) }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        add(try encoder.encodeChild(value, key: key), key)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let nested = encoder.tree.container(.object)
        add(nested, key)
        return KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(encoder: encoder, object: nested, depth: depth,
                                                                        nestedKeys: nestedKeys + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = encoder.tree.container(.array)
        add(nested, key)
        return JSONTreeUnkeyedContainer(encoder: encoder, array: nested, depth: depth, nestedKeys: nestedKeys + [key])
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("PrettyJSONEncoder does not support superEncoder()") }
    mutating func superEncoder(forKey key: Key) -> any Encoder { preconditionFailure("PrettyJSONEncoder does not support superEncoder(forKey:)") }
}

private struct JSONTreeUnkeyedContainer: UnkeyedEncodingContainer {
    let encoder: JSONTreeEncoder
    let array: Int32
    let depth: Int
    let nestedKeys: [any CodingKey]
    private(set) var count = 0

    init(encoder: JSONTreeEncoder, array: Int32, depth: Int, nestedKeys: [any CodingKey]) {
        self.encoder = encoder
        self.array = array
        self.depth = depth
        self.nestedKeys = nestedKeys
        // A container asked for again continues the same array.
        count = encoder.tree.count(of: array)
    }

    var codingPath: [any CodingKey] { encoder.path(depth: depth, nestedKeys: nestedKeys) }

    private var nextKey: JSONTreeIndexKey { JSONTreeIndexKey(index: count) }

    private mutating func add(_ node: Int32) {
        encoder.tree.link(node, to: array, key: "")
        count += 1
    }

    mutating func encodeNil() throws { add(encoder.tree.null()) }
    mutating func encode(_ value: Bool) throws { add(encoder.tree.bool(value)) }
    mutating func encode(_ value: String) throws { add(encoder.tree.string(value)) }
    mutating func encode(_ value: Double) throws { add(try encoder.number(value, key: nextKey)) }
    mutating func encode(_ value: Float) throws { add(try encoder.number(value, key: nextKey)) }
    mutating func encode(_ value: Int) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int8) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int16) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int32) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int64) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt8) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt16) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt32) throws { add(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt64) throws { add(encoder.tree.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        add(try encoder.encodeChild(value, key: nextKey))
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let key = nextKey
        let nested = encoder.tree.container(.object)
        add(nested)
        return KeyedEncodingContainer(JSONTreeKeyedContainer<NestedKey>(encoder: encoder, object: nested, depth: depth,
                                                                        nestedKeys: nestedKeys + [key]))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let key = nextKey
        let nested = encoder.tree.container(.array)
        add(nested)
        return JSONTreeUnkeyedContainer(encoder: encoder, array: nested, depth: depth, nestedKeys: nestedKeys + [key])
    }

    mutating func superEncoder() -> any Encoder { preconditionFailure("PrettyJSONEncoder does not support superEncoder()") }
}

private struct JSONTreeSingleValueContainer: SingleValueEncodingContainer {
    let encoder: JSONTreeEncoder
    let depth: Int

    var codingPath: [any CodingKey] { encoder.path(depth: depth, nestedKeys: []) }

    private func set(_ node: Int32) {
        precondition(encoder.slot < 0, "Attempt to encode value through single value container when previously value already encoded.")
        encoder.slot = node
    }

    mutating func encodeNil() throws { set(encoder.tree.null()) }
    mutating func encode(_ value: Bool) throws { set(encoder.tree.bool(value)) }
    mutating func encode(_ value: String) throws { set(encoder.tree.string(value)) }
    mutating func encode(_ value: Double) throws { set(try encoder.number(value, key: nil)) }
    mutating func encode(_ value: Float) throws { set(try encoder.number(value, key: nil)) }
    mutating func encode(_ value: Int) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int8) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int16) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int32) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: Int64) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt8) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt16) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt32) throws { set(encoder.tree.integer(value)) }
    mutating func encode(_ value: UInt64) throws { set(encoder.tree.integer(value)) }

    mutating func encode<T: Encodable>(_ value: T) throws {
        precondition(encoder.slot < 0, "Attempt to encode value through single value container when previously value already encoded.")
        // Encoded with this same encoder and coding path, as Foundation does; a value that encodes nothing is `{}`.
        let node = try encoder.encodeChild(value, key: nil)
        encoder.slot = node
    }
}
