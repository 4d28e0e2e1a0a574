import AssayCore
import AssayRender

/// What `Output/` holds before a build, for an incremental one: each file's digest, the inputs it was made from,
/// and every file present (files the report no longer has are removed).
struct PreviousBuild {
    var outputs: [String: ContentDigest]
    var inputs: [String: ContentDigest]
    var present: Set<String>

    /// From a session's last good build: the output holds what it wrote, and the .gitignore beside it.
    init(_ good: BuildSession.GoodBuild) {
        outputs = Dictionary(good.files.map { ($0.path, $0.digest) }, uniquingKeysWith: { _, last in last })
        inputs = good.analysis.inputs.merging(good.templateInputs) { $1 }
        present = Set(good.files.map(\.path) + [OutputWriter.gitignore.path])
    }

    /// From the on-disk cache, when it was written with the same key, for the files still in the output; nil when
    /// there is no usable cache or no output.
    init?(store: BuildCacheStore?, key: BuildCache.Key, output: String, fileSystem: FileSystem) {
        guard let cache = store?.load(), cache.key == key, fileSystem.kind(output) == .directory,
              let entries = try? fileSystem.files(under: output) else { return nil }
        let present = Set(entries.filter { $0.kind == .file }.map(\.path))
        self.present = present
        outputs = cache.outputs.filter { present.contains($0.key) }
        inputs = cache.inputs
    }
}
