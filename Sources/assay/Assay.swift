import ArgumentParser

@main
struct Assay: ParsableCommand {

    static let configuration = CommandConfiguration(
        commandName: "assay",
        abstract: "Turns an annotated article into a cross-linked HTML report.",
        discussion: """
            Content/ holds the article and the analyst's annotations; the report goes to Output/. The theme is built \
            in: Templates/, if there is one, holds only the files a project changes ('assay theme copy' writes them \
            all out). 'assay new DIR --from ARTICLE' starts a report; while annotating, 'assay serve' rebuilds on every \
            save and reloads the open page.
            """,
        version: BuildInfo.versionLine,
        subcommands: [New.self, Build.self, Check.self, Quote.self, Schema.self, Evaluate.self, Snapshot.self, Diff.self, Reanchor.self, Watch.self, Serve.self, Theme.self],
        defaultSubcommand: Build.self
    )
}

