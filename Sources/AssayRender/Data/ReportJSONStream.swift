/// Writes `data/report.json` in pieces (see `JSONStreamWriter`): the long lists element by element. A test holds
/// the result equal to encoding the whole `ReportDocument`.
enum ReportJSONStream {
    /// Writes the document, without a final line break, through `write`.
    static func write(_ document: ReportDocument, to write: @escaping ([UInt8]) -> Void) throws {
        let json = JSONStreamWriter(write: write)
        json.beginObject()
        // Keys in the order of their UTF-8 bytes, as the encoder sorts them.
        json.key("actors", depth: 1, first: true)
        try json.list(document.actors, depth: 1)
        json.key("assessments", depth: 1, first: false)
        try json.list(document.assessments, depth: 1)
        json.key("criteria", depth: 1, first: false)
        try json.list(document.criteria, depth: 1)
        json.key("evaluation", depth: 1, first: false)
        try json.value(document.evaluation, depth: 1)
        json.key("expectations", depth: 1, first: false)
        try json.list(document.expectations, depth: 1)
        json.key("options", depth: 1, first: false)
        try json.list(document.options, depth: 1)
        json.key("passages", depth: 1, first: false)
        try json.list(document.passages, depth: 1)
        json.key("schemaVersion", depth: 1, first: false)
        try json.value(document.schemaVersion, depth: 1)
        json.key("source", depth: 1, first: false)
        try json.value(document.source, depth: 1)
        json.key("statedRankings", depth: 1, first: false)
        try json.list(document.statedRankings, depth: 1)
        json.key("summary", depth: 1, first: false)
        try json.value(document.summary, depth: 1)
        json.endObject(depth: 0)
    }
}
