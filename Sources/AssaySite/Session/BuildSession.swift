import AssayCore
import AssayRender
import Foundation

/// What one build keeps for the next in the same process (`watch`, `serve`): every content file as read and
/// parsed, the Markdown bodies, and the last good build's model, passages, evaluation and what each output file
/// read. With it a build reads only the files that changed, parses and renders only what they change, and makes
/// again only the pages and data files that read something that changed.
///
/// A fresh session knows nothing: its first build is a full one (or an incremental one from the on-disk cache).
public final class BuildSession: @unchecked Sendable {
    /// The content as last read, and the results that depend only on one file's bytes.
    struct Inputs {
        var folder: String
        var files: [ContentFile]
        /// Whether reading them gave diagnostics: then only a full read can tell what is there now.
        var hadLoadProblems: Bool
        /// By display path.
        var digests: [String: ContentDigest]
        /// Every file's parse, and where its annotations sit among all of them.
        var assembly: ContentAssembly?
        var markdown = MarkdownLint.Kept()
    }

    /// The last build that replaced the output: what `Output/` holds and what it was made from.
    struct GoodBuild {
        var key: BuildCache.Key
        var analysis: SiteBuilder.Analysis
        var templateInputs: [String: ContentDigest]
        /// Every output file, in the report's order, with its digest and what it read.
        var files: [RenderedFile]
    }

    var inputs: Inputs?
    var good: GoodBuild?
    /// report.json's options and assessments as last written, each reused while its entry is the same.
    let encoded = EncodedEntries()
    /// Content files (display paths) read since the good build whose bytes may differ from what it read.
    var changedSinceGood: Set<String> = []
    private let lock = NSLock()
    /// Whether anything is kept: a one-off build (the command line's) records nothing it would only drop.
    let keeps: Bool

    public init() { keeps = true }

    /// A session for one build, which keeps nothing for a next one.
    static func oneOff() -> BuildSession { BuildSession(keeps: false) }

    private init(keeps: Bool) { self.keeps = keeps }

    /// One build at a time: a session's memory belongs to the build that holds it.
    func exclusively<T>(_ body: () throws -> T) rethrows -> T {
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
