import ArgumentParser
import Foundation
import AssaySite

/// The folders every command works with.
struct Folders: ParsableArguments {
    @Option(name: [.customShort("c"), .long], help: "The folder with article.md and the annotation folders.")
    var content = "Content"

    @Option(name: [.customShort("t"), .long], help: "The folder with the Mustache templates and the stylesheet.")
    var templates = "Templates"

    @Option(name: [.customShort("o"), .long], help: "The folder the report is written to; a build that succeeds replaces it as a whole or updates the files that changed.")
    var output = "Output"

    @Option(help: "The hidden folder of the build cache, which lets a build rewrite only what changed (default: .assay-cache beside the output folder).")
    var cache: String?

    var paths: SiteBuilder.Paths { .init(content: content, templates: templates, output: output, cache: cache ?? Self.defaultCache(for: output)) }

    /// Beside the output, so that every build of one output folder finds the same cache, wherever it is run from.
    static func defaultCache(for output: String) -> String {
        let parent = ((output as NSString).standardizingPath as NSString).deletingLastPathComponent
        return parent.isEmpty ? ".assay-cache" : parent + "/.assay-cache"
    }
}
