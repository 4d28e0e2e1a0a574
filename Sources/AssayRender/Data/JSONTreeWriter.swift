import Foundation

/// Writes a `JSONTree` as Foundation's pretty-printing, key-sorting JSON writer does (see `PrettyJSONEncoder`).
struct JSONTreeWriter {
    private let nodes: UnsafeBufferPointer<JSONTree.Node>
    private let keys: UnsafeBufferPointer<String>
    private let scalars: UnsafeBufferPointer<UInt8>
    private var output: JSONByteBuffer
    /// The members of the objects being written, each object's on top of its parent's: the node whose key is written
    /// and the node whose value is (the same but for repeated keys).
    private var order: [(key: Int32, value: Int32)] = []

    /// The JSON of `root`, without a final line break.
    static func write(_ tree: JSONTree, root: Int32) -> [UInt8] {
        tree.nodes.withUnsafeBufferPointer { nodes in
            tree.keys.withUnsafeBufferPointer { keys in
                // Scalars, plus a line break, indentation and a key for most nodes.
                var writer = JSONTreeWriter(nodes: nodes, keys: keys, scalars: tree.scalars.written,
                                            output: JSONByteBuffer(capacity: tree.scalars.count + 32 * nodes.count))
                writer.write(root, depth: 0)
                return writer.output.bytes()
            }
        }
    }

    private init(nodes: UnsafeBufferPointer<JSONTree.Node>, keys: UnsafeBufferPointer<String>, scalars: UnsafeBufferPointer<UInt8>,
                 output: JSONByteBuffer) {
        self.nodes = nodes
        self.keys = keys
        self.scalars = scalars
        self.output = output
    }

    private mutating func write(_ index: Int32, depth: Int) {
        let node = nodes[Int(index)]
        switch node.kind {
        case .scalar:
            output.append(UnsafeBufferPointer(rebasing: scalars[Int(node.start)..<Int(node.end)]))
        case .array:
            output.append(UInt8(ascii: "["))
            if node.start < 0 {
                output.append(0x0A)
            } else {
                var child = node.start
                while child >= 0 {
                    if child != node.start { output.append(UInt8(ascii: ",")) }
                    output.newline(indent: depth + 1)
                    write(child, depth: depth + 1)
                    child = nodes[Int(child)].next
                }
            }
            output.newline(indent: depth)
            output.append(UInt8(ascii: "]"))
        case .object:
            output.append(UInt8(ascii: "{"))
            if node.start < 0 {
                output.append(0x0A)
            } else {
                let base = order.count
                sortMembers(of: node)
                for position in base..<order.count {
                    let member = order[position]
                    if position > base { output.append(UInt8(ascii: ",")) }
                    output.newline(indent: depth + 1)
                    output.appendString(keys[Int(member.key)])
                    output.append(" : " as StaticString)
                    write(member.value, depth: depth + 1)
                }
                order.removeSubrange(base...)
            }
            output.newline(indent: depth)
            output.append(UInt8(ascii: "}"))
        }
    }

    /// Pushes the members of `object` on `order` in Foundation's order: sorted by the keys' UTF-8 bytes, one member per
    /// key as `String` equality sees it (Foundation collects members in a `[String: Value]`), spelt as first encoded,
    /// with the value encoded last. Objects of one type have the same keys in the same order: their order is worked out
    /// once per sequence of keys (`shapes`).
    private mutating func sortMembers(of object: JSONTree.Node) {
        let base = order.count
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        var child = object.start
        while child >= 0 {
            order.append((child, child))
            hash = (hash ^ Self.identity(of: keys[Int(child)]).0) &* 0x100_0000_01B3
            hash = (hash ^ Self.identity(of: keys[Int(child)]).1) &* 0x100_0000_01B3
            child = nodes[Int(child)].next
        }
        let count = order.count - base
        guard count > 1 else { return }
        if let shape = shapes[hash], shape.identities.count == 2 * count,
           (0..<count).allSatisfy({ position in
               let identity = Self.identity(of: keys[Int(order[base + position].key)])
               return identity.0 == shape.identities[2 * position] && identity.1 == shape.identities[2 * position + 1]
           }) {
            // The members in encoding order stay below the written order until it is complete.
            for (key, value) in shape.order { order.append((order[base + key].key, order[base + value].value)) }
            order.removeSubrange(base..<base + count)
            return
        }
        // Sort positions in encoding order, then keep the result for the next object with these keys.
        let members = Array(order[base...])
        order.removeSubrange(base...)
        let positions = Self.sortedPositions(of: members.map { keys[Int($0.key)] })
        for (key, value) in positions { order.append((members[key].key, members[value].value)) }
        shapes[hash] = Shape(identities: members.flatMap { member in
            let identity = Self.identity(of: keys[Int(member.key)])
            return [identity.0, identity.1]
        }, order: positions)
    }

    /// Members of an object, by the identities of their keys in encoding order, and their order when written: the
    /// position of the key written and of the value written.
    private struct Shape {
        var identities: [UInt64]
        var order: [(key: Int, value: Int)]
    }

    private var shapes: [UInt64: Shape] = [:]

    /// A string's two words. Equal words are the same string (the same inline small string or the same storage, kept
    /// alive by the tree while it is written); different words may still be equal strings, which only costs a sort.
    @inline(__always) private static func identity(of key: String) -> (UInt64, UInt64) {
        unsafeBitCast(key, to: (UInt64, UInt64).self)
    }

    /// Foundation's order for members with `keys`, in encoding order: each member's key and value position.
    static func sortedPositions(of keys: [String]) -> [(key: Int, value: Int)] {
        var members = keys.indices.map { (key: $0, value: $0) }
        if !keys.allSatisfy(isASCII) {
            // A non-ASCII key can equal another spelt differently ("é" and "e\u{301}", "K" and the Kelvin sign).
            var firsts: [String: Int] = [:]
            var kept: [(key: Int, value: Int)] = []
            for position in keys.indices {
                if let first = firsts[keys[position]] {
                    kept[first].value = position
                } else {
                    firsts[keys[position]] = kept.count
                    kept.append((position, position))
                }
            }
            members = kept
        }
        members.sort { a, b in
            let comparison = compareUTF8(keys[a.key], keys[b.key])
            return comparison != 0 ? comparison < 0 : a.key < b.key
        }
        // Equal bytes are left only among ASCII keys, sorted in encoding order: the last of each run stays.
        return members.indices.filter { index in
            index + 1 == members.count || compareUTF8(keys[members[index].key], keys[members[index + 1].key]) != 0
        }.map { members[$0] }
    }

    static func isASCII(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { utf8 in utf8.allSatisfy { $0 < 0x80 } }
    }

    /// Compares two strings by their UTF-8 bytes: negative, zero or positive.
    static func compareUTF8(_ a: String, _ b: String) -> Int {
        var a = a
        var b = b
        return a.withUTF8 { a in
            b.withUTF8 { b in
                let common = min(a.count, b.count)
                if common > 0, let pa = a.baseAddress, let pb = b.baseAddress {
                    let result = memcmp(pa, pb, common)
                    if result != 0 { return Int(result) }
                }
                return a.count - b.count
            }
        }
    }
}
