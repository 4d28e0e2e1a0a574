import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, evaluate it and write the report.",
        discussion: """
            Every problem in the content is printed as 'path:line:col: error: message' with a hint, \
            and the exit status is 1; the previous report in the output folder is then left untouched.
            """
    )

    @ArgumentParser.Option(help: "The folder with article.md and the annotation folders.")
    var content = "Content"

    @ArgumentParser.Option(help: "The folder with the Mustache templates and the stylesheet.")
    var templates = "Templates"

    @ArgumentParser.Option(help: "The folder the report is written to; it is replaced as a whole when the build succeeds.")
    var output = "Output"

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    func run() throws {
        let builder = SiteBuilder(fileSystem: .local)
        do {
            let summary = try builder.build(.init(content: content, templates: templates, output: output))
            DiagnosticPrinter.print(summary.warnings)
            if !quiet {
                let pages = summary.files.filter { $0.path.hasSuffix(".html") }.count
                let model = summary.model
                print("Wrote \(pages) pages to \(output)/ (\(model.options.count) options, \(model.criteria.count) criteria, "
                      + "\(model.actors.count) actors, \(model.assessments.count) assessments).")
            }
        } catch {
            DiagnosticPrinter.print(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.printLine("assay: \(count) error\(count == 1 ? "" : "s"); \(output)/ was left as it was.")
            throw ExitCode.failure
        }
    }
}
