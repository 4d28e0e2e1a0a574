import ArgumentParser
import AssayCore
import AssayRender
import AssaySite

struct Theme: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "The built-in theme: write it out to edit, or list its files.",
        discussion: """
            A report needs no templates folder: the default theme is inside assay. To change a page, keep only the \
            files you change in Templates/ (or the folder --templates names), e.g. option.mustache or style.css; every \
            other file comes from the built-in theme. 'assay check' says which files a project overrides.
            """,
        subcommands: [Copy.self, List.self]
    )

    struct Copy: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Write every file of the built-in theme into a folder, to edit.")

        @Argument(help: "The folder to write the theme into, e.g. Templates.")
        var folder: String

        func run() throws {
            do {
                let written = try ThemeFolder.copy(to: folder, fileSystem: .local)
                print("Wrote \(written.count) files to \(folder)/. Keep the ones you change; assay uses the built-in theme for the rest.")
            } catch {
                DiagnosticPrinter.print(error.diagnostics)
                throw ExitCode(2)
            }
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the files of the built-in theme.")

        func run() {
            for file in BuiltInTheme.files { print(file.path) }
        }
    }
}
