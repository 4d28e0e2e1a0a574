import Foundation

/// The default theme, compiled into the binary from the repository's `Templates/` (see `.ci/embed-theme.py`): a report
/// builds with no templates folder at all, and a project's own folder need hold only the files it changes.
public enum BuiltInTheme {
    /// How diagnostics name a file of the built-in theme.
    public static let displayFolder = "<built-in theme>"

    /// Every file, by path relative to the templates folder (`partials/ranking.mustache`, `style.css`), sorted.
    public static let files: [(path: String, contents: [UInt8])] = encodedFiles.map { entry in
        // The generator writes valid base64 and a test decodes every file: a failure here is a broken build.
        guard let data = Data(base64Encoded: entry.base64) else {
            preconditionFailure("the built-in theme's \(entry.path) is damaged: run make theme")
        }
        return (entry.path, Array(data))
    }
}
