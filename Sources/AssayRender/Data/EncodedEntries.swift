import AssayCore

/// What a build session keeps of the two large data files between builds: each option's and each assessment's entry
/// of `data/report.json`, its evaluation, and each annotation of `data/annotations.jsonld`, with the bytes each was
/// written as, so that a value equal to the one written last time is copied, not encoded again. One changed
/// assessment then costs one entry's encoding instead of fifty thousand.
///
/// Reuse is decided by comparing values, never by what the caller believes changed: a value's bytes depend on the value
/// and its depth in the document alone, so a memo from any earlier build (even a failed one) is safe to use.
/// Comparing is cheap where it matters: an unchanged value's strings and lists share their storage with last time's.
public final class EncodedEntries: @unchecked Sendable {
    // A session runs one build at a time, and in a build the job that writes report.json uses the first three
    // properties and the job that writes annotations.jsonld the last: no property is used by two threads.
    var options = Memo<OptionID, ReportDocument.OptionEntry>()
    var assessments = Memo<AssessmentID, ReportDocument.AssessmentEntry>()
    /// The evaluation, one value: unchanged by an edit that changes no level, weight or red line.
    var evaluation = Memo<Int, ReportEvaluation>()
    /// annotations.jsonld's annotations, one per passage.
    var annotations = Memo<String, AnnotationExport.Annotation>()

    public init() {}

    /// How many of report.json's entries the last write encoded afresh, and how many it copied.
    public var lastWrite: (encoded: Int, copied: Int) {
        (options.encoded + assessments.encoded + evaluation.encoded, options.copied + assessments.copied + evaluation.copied)
    }

    /// Entries by key, with their bytes as written at one depth.
    struct Memo<Key: Hashable, Entry: Equatable & Encodable> {
        private var kept: [Key: (entry: Entry, bytes: [UInt8])] = [:]
        private(set) var encoded = 0
        private(set) var copied = 0

        /// The bytes of each entry, in order, copied from last time where the entry is equal, else from `encode`;
        /// keeps exactly these entries for next time.
        mutating func bytes(of entries: [Entry], key: (Entry) -> Key, encode: (Entry) throws -> [UInt8],
                            each: ([UInt8]) -> Void) rethrows {
            encoded = 0
            copied = 0
            var seen = 0
            for entry in entries {
                let id = key(entry)
                if let old = kept[id], old.entry == entry {
                    copied += 1
                    each(old.bytes)
                } else {
                    encoded += 1
                    let bytes = try encode(entry)
                    kept[id] = (entry, bytes)
                    each(bytes)
                }
                seen += 1
            }
            // Entities that are gone are forgotten (a duplicate key, which validation refuses, would only cost a miss).
            if kept.count > seen {
                let present = Set(entries.map(key))
                kept = kept.filter { present.contains($0.key) }
            }
        }
    }
}
