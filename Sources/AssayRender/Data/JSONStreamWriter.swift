/// Writes a large pretty-printed JSON document in pieces: objects member by member and long lists element by
/// element, each value encoded by `PrettyJSONEncoder` and indented to its depth, so the document is never held whole
/// yet its bytes are those of encoding it whole. Every line break in pretty-printed JSON is structural (strings
/// escape theirs), so indenting a value means indenting after each of its line breaks, but for the blank line of an
/// empty list or object, which the encoder leaves blank at any depth. Callers give members in the encoder's key order
/// (UTF-8 bytes).
struct JSONStreamWriter {
    let write: ([UInt8]) -> Void

    func beginObject() { write(Array("{".utf8)) }

    /// Closes an object opened at `depth`.
    func endObject(depth: Int) { write(Array(("\n" + indent(depth) + "}").utf8)) }

    /// A member's key, at `depth` (the depth of the member, one more than its object's).
    func key(_ key: String, depth: Int, first: Bool) {
        write(Array(((first ? "\n" : ",\n") + indent(depth) + "\"\(key)\" : ").utf8))
    }

    /// A whole value, written where a member's value or a list's element starts at `depth`.
    func value<T: Encodable>(_ value: T, depth: Int) throws {
        write(Self.indented(try PrettyJSONEncoder.encode(value), by: 2 * depth))
    }

    /// A list whose elements are encoded one at a time; the list itself stands at `depth`.
    func list<T: Encodable>(_ items: [T], depth: Int) throws {
        guard !items.isEmpty else {
            write(Array(("[\n\n" + indent(depth) + "]").utf8))
            return
        }
        write(Array("[".utf8))
        for (index, item) in items.enumerated() {
            write(Array(((index == 0 ? "\n" : ",\n") + indent(depth + 1)).utf8))
            try value(item, depth: depth + 1)
        }
        write(Array(("\n" + indent(depth) + "]").utf8))
    }

    /// As `value(_:depth:)`, the bytes taken from `memo` when the value is the one written there last.
    func value<T>(_ value: T, depth: Int, memo: inout EncodedEntries.Memo<Int, T>) throws {
        try memo.bytes(of: [value], key: { _ in 0 }, encode: { try Self.indented(PrettyJSONEncoder.encode($0), by: 2 * depth) }) { write($0) }
    }

    /// As `list(_:depth:)`, each element's bytes taken from `memo` where the element is the one written there last.
    func list<Key, T>(_ items: [T], depth: Int, key: (T) -> Key, memo: inout EncodedEntries.Memo<Key, T>) throws {
        guard !items.isEmpty else { return try list(items, depth: depth) }
        write(Array("[".utf8))
        var first = true
        let separator = Array((",\n" + indent(depth + 1)).utf8)
        try memo.bytes(of: items, key: key, encode: { try Self.indented(PrettyJSONEncoder.encode($0), by: 2 * (depth + 1)) }) { bytes in
            write(first ? Array(("\n" + indent(depth + 1)).utf8) : separator)
            first = false
            write(bytes)
        }
        write(Array(("\n" + indent(depth) + "]").utf8))
    }

    private func indent(_ depth: Int) -> String { String(repeating: "  ", count: depth) }

    static func indented(_ json: [UInt8], by spaces: Int) -> [UInt8] {
        guard spaces > 0 else { return json }
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 8)
        let indent = [UInt8](repeating: 0x20, count: spaces)
        json.withUnsafeBufferPointer { bytes in
            // Whole lines at a time: copy up to and including each line break, then the indentation.
            var start = 0
            while let newline = bytes[start...].firstIndex(of: 0x0A) {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...newline]))
                if newline + 1 < bytes.count, bytes[newline + 1] != 0x0A { out.append(contentsOf: indent) }
                start = newline + 1
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start...]))
        }
        return out
    }
}
