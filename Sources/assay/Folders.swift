import ArgumentParser
import AssaySite

/// The folders every command works with.
struct Folders: ParsableArguments {
    @Option(name: [.customShort("c"), .long], help: "The folder with article.md and the annotation folders.")
    var content = "Content"

    @Option(name: [.customShort("t"), .long], help: "The folder with the Mustache templates and the stylesheet.")
    var templates = "Templates"

    @Option(name: [.customShort("o"), .long], help: "The folder the report is written to; it is replaced as a whole when a build succeeds.")
    var output = "Output"

    @Option(help: "The hidden folder of the build cache, which lets a build rewrite only what changed.")
    var cache = ".assay-cache"

    var paths: SiteBuilder.Paths { .init(content: content, templates: templates, output: output, cache: cache) }
}
