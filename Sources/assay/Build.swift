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
            An interrupted build (Ctrl-C, SIGTERM) also leaves it untouched and removes its temporary folder. \
            A build cache (--cache, .assay-cache by default) records the digest of every file of the report, so the next \
            build rewrites only the files whose bytes changed; --clean ignores it.
            """
    )

    @OptionGroup var folders: Folders
    @OptionGroup var options: BuildOptions

    func run() throws {
        let lock = try folders.lockOutput()
        defer { withExtendedLifetime(lock) {} }
        let interruption = Interruption.install(output: folders.output)
        let progress = ProgressLine(enabled: !options.quiet && isatty(STDERR_FILENO) == 1)
        let builder = SiteBuilder(fileSystem: .local, settings: options.settings, exclusive: interruption.exclusive,
                                  progress: progress.report)
        do {
            let summary = try builder.build(folders.paths)
            progress.finish()
            DiagnosticPrinter.print(summary.warnings)
            if options.timings && !options.verbose { DiagnosticPrinter.printLine(summary.timings.table) }
            if !options.quiet {
                print(BuildReport.summaryLine(summary, output: folders.output))
                if options.verbose { BuildReport.details(summary).forEach { print($0) } }
            }
            // The report is written and said: end here. Returning would first free the whole model, page by page and
            // string by string, which costs large reports a tenth of their build for nothing the system would not do.
            withExtendedLifetime(summary) { Foundation.exit(EXIT_SUCCESS) }
        } catch let error as DiagnosticsError {
            progress.finish()
            DiagnosticPrinter.print(error.diagnostics)
            let count = error.diagnostics.filter { $0.severity == .error }.count
            DiagnosticPrinter.printLine("assay: \(count) error\(count == 1 ? "" : "s"); \(folders.output)/ was left as it was.")
            throw ExitCode.failure
        }
    }
}
