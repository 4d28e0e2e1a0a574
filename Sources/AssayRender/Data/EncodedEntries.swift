import AssayCore

/// What a build session keeps of `data/report.json` between builds: each option's and each assessment's entry with
/// the bytes it was written as, so that an entry equal to the one written last time is copied, not encoded again.
/// One changed assessment then costs one entry's encoding instead of fifty thousand.
///
/// Reuse is decided by comparing entries, never by what the caller believes changed: an entry's bytes depend on its
/// value and its depth in the document alone, so a memo from any earlier build (even a failed one) is safe to use.
/// Comparing is cheap where it matters: an unchanged entry's strings and lists share their storage with last time's.
public final class EncodedEntries: @unchecked Sendable {
    // Used by the one job that writes report.json during a build, and a session runs one build at a time.
    var options = Memo<OptionID, ReportDocument.OptionEntry>()
    var assessments = Memo<AssessmentID, ReportDocument.AssessmentEntry>()

    public init() {}

    /// How many entries the last write encoded afresh, and how many it copied.
    public var lastWrite: (encoded: Int, copied: Int) { (options.encoded + assessments.encoded, options.copied + assessments.copied) }

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
