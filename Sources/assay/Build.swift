import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the content, evaluate it and write the report.",
        discussion: """
            Every problem in the content is printed as 'path:line:col: error: message' with a hint, \
            and the exit status is 1; the previous report in the output folder is then left untouched. \
            An interrupted build (Ctrl-C, SIGTERM) also leaves it untouched and removes its temporary folder.
            """
    )

    @OptionGroup var folders: Folders

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @ArgumentParser.Option(help: "Random draws for the rank acceptability analysis (0 leaves it out).")
    var draws = RankAcceptability.defaultDraws

    @Flag(help: "Print how long each stage took, to standard error.")
    var timings = false

    @Flag(name: .shortAndLong, help: "Print only problems.")
    var quiet = false

    func run() throws {
        let interruption = Interruption.install(output: folders.output)
        let builder = SiteBuilder(fileSystem: .local, settings: .init(strict: strict, draws: max(0, draws)),
                                  exclusive: interruption.exclusive)
        do {
            let summary = try builder.build(folders.paths)
            DiagnosticPrinter.print(summary.warnings)
            if timings { DiagnosticPrinter.printLine(summary.timings.table) }
            if !quiet {
                let pages = summary.files.filter { $0.path.hasSuffix(".html") }.count
                let model = summary.model
                print("Wrote \(pages) pages to \(folders.output)/ (\(model.options.count) options, \(model.criteria.count) criteria, "
                      + "\(model.actors.count) actors, \(model.assessments.count) assessments).")
            }
        } catch let error as DiagnosticsError {
            DiagnosticPrinter.print(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.printLine("assay: \(count) error\(count == 1 ? "" : "s"); \(folders.output)/ was left as it was.")
            throw ExitCode.failure
        }
    }
}
