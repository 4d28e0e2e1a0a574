import AssayCore

/// Comparing two builds' inputs, each a digest by path.
enum InputDigests {
    /// The paths whose digest differs between `old` and `new`, or that only one of them has, sorted. A walk over each
    /// side rather than over the union of both, which for tens of thousands of files would be built for a handful.
    /// - Parameter candidates: the only paths that can differ, when the caller knows them (the files a watcher saw
    ///   change); nil compares every path.
    static func changed(from old: [String: ContentDigest], to new: [String: ContentDigest], among candidates: Set<String>? = nil) -> [String] {
        var paths: [String] = []
        if let candidates {
            paths = candidates.filter { old[$0] != new[$0] }
        } else {
            for (path, digest) in new where old[path] != digest { paths.append(path) }
            for path in old.keys where new[path] == nil { paths.append(path) }
        }
        return paths.sorted()
    }
}
