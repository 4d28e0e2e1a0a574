import Foundation

/// What `PrettyJSONEncoder` collects before writing: every value a node in one array, every scalar already rendered as
/// JSON into one byte buffer. Containers link their children (members in the order encoded), so nothing is allocated
/// per value and a container can keep growing after it has been placed in its parent
/// (`nestedContainer(keyedBy:forKey:)`). The owner frees `scalars`.
struct JSONTree {
    enum Kind: UInt8 { case scalar, object, array }

    struct Node {
        var kind: Kind
        /// A scalar's bytes in `scalars`; a container's first and last child (`-1` when empty).
        var start: Int32
        var end: Int32
        /// The next child of the same container, `-1` for the last.
        var next: Int32 = -1
    }

    var nodes: [Node] = []
    /// Per node: its key when its parent is an object.
    var keys: [String] = []
    var scalars = JSONByteBuffer(capacity: 1 << 16)

    private mutating func add(_ node: Node) -> Int32 {
        nodes.append(node)
        keys.append("")
        return Int32(nodes.count - 1)
    }

    mutating func container(_ kind: Kind) -> Int32 { add(Node(kind: kind, start: -1, end: -1)) }

    /// Adds `child` as the last child of `parent`, with `key` for an object.
    mutating func link(_ child: Int32, to parent: Int32, key: String) {
        if !key.isEmpty { keys[Int(child)] = key }
        let last = nodes[Int(parent)].end
        if last < 0 { nodes[Int(parent)].start = child } else { nodes[Int(last)].next = child }
        nodes[Int(parent)].end = child
    }

    func count(of container: Int32) -> Int {
        var count = 0
        var child = nodes[Int(container)].start
        while child >= 0 {
            count += 1
            child = nodes[Int(child)].next
        }
        return count
    }

    // MARK: Scalars, rendered as Foundation renders them

    private mutating func scalar(_ write: (inout JSONByteBuffer) -> Void) -> Int32 {
        let start = Int32(scalars.count)
        write(&scalars)
        return add(Node(kind: .scalar, start: start, end: Int32(scalars.count)))
    }

    mutating func null() -> Int32 { scalar { $0.append("null" as StaticString) } }
    mutating func bool(_ value: Bool) -> Int32 { scalar { $0.append(value ? "true" as StaticString : "false") } }
    mutating func string(_ value: String) -> Int32 { scalar { $0.appendString(value) } }
    mutating func verbatim(_ text: String) -> Int32 { scalar { $0.append(text) } }

    mutating func integer<I: BinaryInteger>(_ value: I) -> Int32 {
        scalar { bytes in
            if value < 0 { bytes.append(UInt8(ascii: "-")) }
            var magnitude = UInt64(value.magnitude)
            var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)  // 24 bytes: UInt64.max has 20 digits
            withUnsafeMutableBytes(of: &digits) { digits in
                var first = digits.count
                repeat {
                    first -= 1
                    digits[first] = UInt8(ascii: "0") + UInt8(magnitude % 10)
                    magnitude /= 10
                } while magnitude > 0
                bytes.append(UnsafeBufferPointer(rebasing: digits.bindMemory(to: UInt8.self)[first...]))
            }
        }
    }

    /// Foundation writes a `Double` or `Float` as its `description`, less a trailing `.0`.
    mutating func floatingPoint(description: String) -> Int32 {
        scalar { bytes in
            bytes.append(description)
            if description.utf8.count >= 2, description.utf8.last == UInt8(ascii: "0"),
               description.utf8[description.utf8.index(description.utf8.endIndex, offsetBy: -2)] == UInt8(ascii: ".") {
                bytes.removeLast(2)
            }
        }
    }
}
