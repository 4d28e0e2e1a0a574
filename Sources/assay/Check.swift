import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content and templates and print every problem, without writing anything.",
        discussion: """
            Exit status: 0 when there is nothing to report, 1 when there are only warnings and --strict is given, \
            2 when there are errors. With --format json, each diagnostic is one JSON object per line with the keys \
            severity, file, line, column, message and hint, for editors and CI annotations.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @OptionGroup var folders: Folders

    @ArgumentParser.Option(help: "How to print diagnostics: text or json (one object per line).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    func run() throws {
        let diagnostics = SiteBuilder(fileSystem: .local).check(folders.paths).sortedByLocation()
        switch format {
        case .text: DiagnosticPrinter.print(diagnostics)
        case .json: DiagnosticPrinter.printJSONLines(diagnostics)
        }
        if diagnostics.containsErrors { throw ExitCode(2) }
        if strict && !diagnostics.isEmpty { throw ExitCode(1) }
    }
}
