import AssayCore

/// Writes `data/report.json` in pieces (see `JSONStreamWriter`): the long lists element by element. The keys are
/// `ReportDocument`'s own, in the order of their UTF-8 bytes as the encoder sorts them; a test holds the result equal
/// to encoding the whole document.
enum ReportJSONStream {
    /// Writes the document, without a final line break, through `write`; with `memo`, the options and assessments
    /// that equal those of the memo's last write are copied from it.
    static func write(_ document: ReportDocument, memo: EncodedEntries? = nil, to write: @escaping ([UInt8]) -> Void) throws {
        let json = JSONStreamWriter(write: write)
        json.beginObject()
        for (index, key) in keys.enumerated() {
            json.key(key.stringValue, depth: 1, first: index == 0)
            switch key {
            case .actors: try json.list(document.actors, depth: 1)
            case .assessments:
                if let memo { try json.list(document.assessments, depth: 1, key: { $0.id }, memo: &memo.assessments) } else {
                    try json.list(document.assessments, depth: 1)
                }
            case .criteria: try json.list(document.criteria, depth: 1)
            case .evaluation:
                if let memo { try json.value(document.evaluation, depth: 1, memo: &memo.evaluation) } else {
                    try json.value(document.evaluation, depth: 1)
                }
            case .expectations: try json.list(document.expectations, depth: 1)
            case .options:
                if let memo { try json.list(document.options, depth: 1, key: { $0.id }, memo: &memo.options) } else {
                    try json.list(document.options, depth: 1)
                }
            case .passages: try json.list(document.passages, depth: 1)
            case .schemaVersion: try json.value(document.schemaVersion, depth: 1)
            case .source: try json.value(document.source, depth: 1)
            case .statedRankings: try json.list(document.statedRankings, depth: 1)
            case .summary: try json.value(document.summary, depth: 1)
            }
        }
        json.endObject(depth: 0)
    }

    private static let keys = ReportDocument.CodingKeys.allCases.sorted {
        Array($0.stringValue.utf8).lexicographicallyPrecedes(Array($1.stringValue.utf8))
    }
}
