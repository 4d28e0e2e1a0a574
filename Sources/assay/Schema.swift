import ArgumentParser
import AssayCore

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema of a kind of file's front matter, for editors.",
        discussion: """
            Kinds: \(FrontMatterSchemas.kinds.joined(separator: ", ")) (site is site.yml). The same schemas are in \
            docs/schemas/. With the YAML language server (VS Code's YAML extension, Neovim, Helix, Zed), a first line \
            '# yaml-language-server: $schema=../../docs/schemas/option.schema.json' in the front matter makes the editor \
            complete keys and flag mistakes as you type; see docs/authoring.md.
            """
    )

    @Argument(help: "The kind: \(FrontMatterSchemas.kinds.joined(separator: ", ")).")
    var kind: String

    func validate() throws {
        guard FrontMatterSchemas.schema(kind) != nil else {
            throw ValidationError("unknown kind '\(kind)'; \(Suggestion.hint(for: kind, among: FrontMatterSchemas.kinds, noun: "kind"))")
        }
    }

    func run() throws {
        print(FrontMatterSchemas.schema(kind) ?? "", terminator: "")
    }
}
