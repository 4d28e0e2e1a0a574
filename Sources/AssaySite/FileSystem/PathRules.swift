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

    /// Dot-files and dot-folders (editor swap files, `.DS_Store`, `.git`) are not content.
    static func isHidden(_ relativePath: String) -> Bool {
        relativePath.split(separator: "/").contains { $0.hasPrefix(".") || $0.hasSuffix("~") }
    }
}
