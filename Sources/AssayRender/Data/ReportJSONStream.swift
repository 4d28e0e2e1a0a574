/// Writes `data/report.json` in pieces: the top-level object member by member, and its long lists element by
/// element, each encoded by `PrettyJSONEncoder` and indented to its depth. The document is never held whole, yet the
/// bytes are those of encoding it whole (a test holds the two equal): every line break in pretty-printed JSON is
/// structural, since strings escape theirs, so indenting a value means indenting after each of its line breaks (but
/// for the blank line of an empty list or object).
enum ReportJSONStream {
    /// Writes the document, without a final line break, through `write`.
    static func write(_ document: ReportDocument, to write: ([UInt8]) -> Void) throws {
        // Keys in the order of their UTF-8 bytes, as the encoder sorts them.
        write(Array("{\n".utf8))
        try member("actors", list: document.actors, first: true, write)
        try member("assessments", list: document.assessments, write)
        try member("criteria", list: document.criteria, write)
        try member("evaluation", document.evaluation, write)
        try member("options", list: document.options, write)
        try member("passages", list: document.passages, write)
        try member("schemaVersion", document.schemaVersion, write)
        try member("source", document.source, write)
        try member("statedRankings", list: document.statedRankings, write)
        write(Array("\n}".utf8))
    }

    private static func member<T: Encodable>(_ key: String, _ value: T, first: Bool = false, _ write: ([UInt8]) -> Void) throws {
        write(Array(((first ? "" : ",\n") + "  \"\(key)\" : ").utf8))
        write(indented(try PrettyJSONEncoder.encode(value), by: 2))
    }

    private static func member<T: Encodable>(_ key: String, list: [T], first: Bool = false, _ write: ([UInt8]) -> Void) throws {
        write(Array(((first ? "" : ",\n") + "  \"\(key)\" : [\n").utf8))
        // An empty list is written as the encoder writes one: its brackets on two lines, a blank line between.
        if list.isEmpty { write(Array("\n  ]".utf8)); return }
        for (index, element) in list.enumerated() {
            write(Array("    ".utf8) + indented(try PrettyJSONEncoder.encode(element), by: 4) + Array((index == list.count - 1 ? "\n" : ",\n").utf8))
        }
        write(Array("  ]".utf8))
    }

    private static func indented(_ json: [UInt8], by spaces: Int) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(json.count + json.count / 8)
        for (index, byte) in json.enumerated() {
            out.append(byte)
            // The blank line inside an empty list or object stays blank, as the encoder writes it at any depth.
            if byte == 0x0A, index + 1 < json.count, json[index + 1] != 0x0A {
                out.append(contentsOf: repeatElement(0x20, count: spaces))
            }
        }
        return out
    }
}
