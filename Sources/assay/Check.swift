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
            severity, file, line, column, message and hint, for editors; with --format github, one GitHub Actions \
            annotation per line (::error file=…,line=…,col=…::message), which marks the line in a pull request.
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json, github
    }

    @OptionGroup var folders: Folders

    @ArgumentParser.Option(help: "How to print diagnostics: text, json (one object per line) or github (GitHub Actions annotations).")
    var format: Format = .text

    @Flag(help: "Treat warnings as errors for the exit status.")
    var strict = false

    func run() throws {
        let checked = SiteBuilder(fileSystem: .local).checkCounting(folders.paths)
        let diagnostics = checked.diagnostics.sortedByLocation()
        switch format {
        case .text:
            DiagnosticPrinter.print(diagnostics)
            // One line either way, so a check that finds nothing still says what it looked at.
            let errors = diagnostics.filter { $0.severity == .error }.count, warnings = diagnostics.count - errors
            let problems = [errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil,
                            warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil].compactMap { $0 }
            print("checked \(checked.files) file\(checked.files == 1 ? "" : "s"): " + (problems.isEmpty ? "no problems" : problems.joined(separator: ", ")))
            print(themeLine())
        case .json: DiagnosticPrinter.printJSONLines(diagnostics)
        case .github: diagnostics.forEach { print(DiagnosticPrinter.githubAnnotation($0)) }
        }
        if diagnostics.containsErrors { throw ExitCode(2) }
        if strict && !diagnostics.isEmpty { throw ExitCode(1) }
    }

    /// Which theme the report uses, and what the project's templates folder changes of it.
    private func themeLine() -> String {
        guard let folder = folders.templatesFolder else { return "theme: built in" }
        let overrides = ThemeFolder.overrides(in: folder, fileSystem: .local)
        let list = { (paths: [String]) in
            paths.count <= 6 ? paths.joined(separator: ", ") : paths.prefix(5).joined(separator: ", ") + " and \(paths.count - 5) more"
        }
        var parts: [String] = []
        if !overrides.replaced.isEmpty { parts.append("\(folder)/ overrides \(list(overrides.replaced))") }
        if !overrides.added.isEmpty { parts.append("adds \(list(overrides.added))") }
        if !overrides.unchanged.isEmpty {
            parts.append("\(overrides.unchanged.count) file\(overrides.unchanged.count == 1 ? " is" : "s are") the same as the built-in ones")
        }
        return "theme: built in" + (parts.isEmpty ? "; \(folder)/ is empty" : "; " + parts.joined(separator: "; "))
    }
}
