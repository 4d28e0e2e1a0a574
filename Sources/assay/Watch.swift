import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Watch: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, then build again whenever something under the content or templates folder changes.",
        discussion: """
            Prints one line per build: what changed, how many files were rewritten, how long it took. A build \
            that fails prints its diagnostics and leaves the output folder as the last good build left it. \
            Ctrl-C stops.
            """
    )

    @OptionGroup var folders: Folders
    @OptionGroup var options: BuildOptions

    @Flag(help: "Look for changes by comparing file dates a few times a second instead of using inotify.")
    var poll = false

    func run() throws {
        let session = try WatchSession(folders: folders, options: options, poll: poll)
        if !options.quiet {
            session.printFlushed("Watching \(folders.content)/" + (folders.templatesFolder.map { " and \($0)/" } ?? "") + " (\(session.rebuilder.watcher.method)); Ctrl-C stops.")
        }
        session.rebuilder.run { outcome in session.report(outcome) }
    }
}

/// What `watch` and `serve` share: the builder, the watcher, and the line printed for each build.
struct WatchSession {
    let folders: Folders
    let options: BuildOptions
    let rebuilder: Rebuilder
    let progress: ProgressLine
    /// Held for the whole session: it builds into the output again and again.
    let lock: OutputLock

    init(folders: Folders, options: BuildOptions, poll: Bool) throws {
        lock = try folders.lockOutput()
        self.folders = folders
        self.options = options
        let interruption = Interruption.install(output: folders.output, longRunning: true)
        progress = ProgressLine(enabled: !options.quiet && isatty(STDERR_FILENO) == 1)
        let builder = SiteBuilder(fileSystem: .local, settings: options.settings, exclusive: interruption.exclusive,
                                  progress: progress.report)
        do {
            rebuilder = try Rebuilder(builder: builder, paths: folders.paths, polling: poll)
        } catch {
            DiagnosticPrinter.print(Diagnostic.Problem("\(folders.content)/ cannot be watched: \(error)",
                                                       hint: "pass --poll to look for changes without inotify"), of: "watch")
            throw ExitCode.failure
        }
    }

    /// One line per build on standard output (with --verbose, the details below it); diagnostics on standard error.
    func report(_ outcome: BuildOutcome) {
        progress.finish()
        switch outcome.result {
        case .built(let summary):
            DiagnosticPrinter.print(summary.warnings)
            if options.timings && !options.verbose { DiagnosticPrinter.printLine(summary.timings.table) }
            guard !options.quiet else { return }
            let result = summary.changes.isIncremental ? BuildReport.rewritten(summary.changes)
                : "\(summary.changes.written.count) files written"
            printFlushed(BuildReport.watchLine(number: outcome.number, changed: outcome.changed, outcome: result, seconds: outcome.seconds))
            if options.verbose { BuildReport.details(summary).forEach { printFlushed($0) } }
        case .failed(let diagnostics):
            DiagnosticPrinter.print(diagnostics)
            let errors = diagnostics.filter { $0.severity == .error }.count
            printFlushed(BuildReport.watchLine(number: outcome.number, changed: outcome.changed,
                                               outcome: "build failed with \(errors) error\(errors == 1 ? "" : "s"); \(folders.output)/ keeps the last good build",
                                               seconds: outcome.seconds))
        }
    }

    /// Standard output may be a pipe (an editor, a test): each line must arrive when it is printed.
    func printFlushed(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }
}
