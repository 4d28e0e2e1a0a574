import ArgumentParser

@main
struct Assay: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "assay",
        abstract: "Turns an annotated article into a cross-linked HTML report.",
        discussion: """
            Content/ holds the article and the analyst's annotations (see docs/authoring.md); Templates/ the Mustache \
            templates; the report goes to Output/. While annotating, 'assay serve' rebuilds on every save and reloads \
            the open page (docs/authoring-loop.md).
            """,
        version: "0.1.0",
        subcommands: [New.self, Build.self, Check.self, Quote.self, Schema.self, Evaluate.self, Snapshot.self, Diff.self, Watch.self, Serve.self],
        defaultSubcommand: Build.self
    )
}

