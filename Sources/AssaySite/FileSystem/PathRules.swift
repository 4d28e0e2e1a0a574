import Foundation

/// Path questions the site layer asks before it reads or replaces anything.
enum PathRules {
    static func standardize(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// Whether `path` is `folder` or lies below it (both standardised).
    static func isInside(_ path: String, _ folder: String) -> Bool {
        path == folder || path.hasPrefix(folder.hasSuffix("/") ? folder : folder + "/")
    }

    /// The folder a path is in ("" for a bare name, "/" at the root) and its last component, trailing slashes
    /// ignored. By hand: Foundation's NSString path methods have trapped on short relative paths (see POSIXFiles).
    static func split(_ path: String) -> (parent: String, name: String) {
        var path = path
        while path.count > 1 && path.hasSuffix("/") { path.removeLast() }
        guard let slash = path.lastIndex(of: "/") else { return ("", path) }
        let parent = slash == path.startIndex ? "/" : String(path[..<slash])
        return (parent, String(path[path.index(after: slash)...]))
    }

    /// Dot-files and dot-folders (editor swap files, `.DS_Store`, `.git`) are not content.
    static func isHidden(_ relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { $0.hasPrefix(".") || $0.hasSuffix("~") }
    }
}
