import AssayCore

/// What the last successful build read and wrote, kept in a hidden folder so the next build can rewrite
/// only what changed.
///
/// Content hashes, never modification times: a file touched but not changed costs nothing, and a file
/// changed within the same second as the last build is never missed.
struct BuildCache: Codable, Equatable, Sendable {
    /// Bumped whenever the layout of this file changes.
    static let format = 3

    /// Everything besides the inputs that decides the output; a cache with another key is not used.
    struct Key: Codable, Equatable, Sendable {
        /// The `assay` executable that wrote the cache: a new version may render the same inputs differently.
        var tool: String
        var draws: Int
        var seed: UInt64
        var content: String
        var templates: String
        var output: String
    }

    var format: Int
    var key: Key
    /// Every input file (content and templates, as diagnostics name them) with the digest of its bytes.
    var inputs: [String: ContentDigest]
    /// Every output file with the digest of its bytes: a rebuild writes only the files whose bytes differ.
    var outputs: [String: ContentDigest]
}

/// Reads and writes the build cache through the injected file system.
struct BuildCacheStore {
    let fileSystem: FileSystem
    let folder: String
    /// One cache per output folder, so that building into a second folder does not spoil the first one's cache.
    let file: String

    init(fileSystem: FileSystem, folder: String, output: String) {
        self.fileSystem = fileSystem
        self.folder = folder
        let name = (output as NSString).lastPathComponent.filter { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        file = "\(folder)/\(name.prefix(40))-\(ContentDigest.of(output).description.prefix(12)).cache"
    }

    /// The cache, or nil when there is none or it cannot be used: a damaged cache only costs a full build.
    func load() -> BuildCache? {
        guard let bytes = try? fileSystem.read(file),
              let cache = BuildCacheFormat.decode(bytes),
              // Paths from the cache are removed from the output: none may lead out of it.
              cache.outputs.keys.allSatisfy(Self.isInsideOutput) else { return nil }
        return cache
    }

    func save(_ cache: BuildCache) throws {
        try fileSystem.createDirectory(folder)
        try fileSystem.write(file + ".tmp", BuildCacheFormat.encode(cache))
        try fileSystem.move(file + ".tmp", file)
    }

    static func isInsideOutput(_ path: String) -> Bool {
        !path.isEmpty && !path.hasPrefix("/") && !path.split(separator: "/", omittingEmptySubsequences: false)
            .contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }

    /// Forgets the cache, before `Output/` is changed in place: if that is cut short, the next build is a full one.
    func invalidate() {
        if fileSystem.kind(file) != nil { try? fileSystem.remove(file) }
    }
}

import Foundation
