import ArgumentParser
import AssayCore
import AssaySite
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build, serve the report on this machine, and rebuild and reload open pages on every change.",
        discussion: """
            Serves the output folder (index files for folders, the report's 404 page) and watches the content and \
            templates folders as 'assay watch' does. After each good build, open pages reload; after a failed one, \
            they show its diagnostics over the last good build until it is fixed. The reload script is added only to \
            the pages served, never to the files in the output folder. Ctrl-C stops and frees the port.
            """
    )

    @OptionGroup var folders: Folders
    @OptionGroup var options: BuildOptions

    @ArgumentParser.Option(help: "The address to listen on; the default serves this machine only.")
    var host = "127.0.0.1"

    @ArgumentParser.Option(help: "The port to listen on; 0 picks a free one.")
    var port: UInt16 = 8000

    @Flag(help: "Look for changes by comparing file dates a few times a second instead of using inotify.")
    var poll = false

    func run() throws {
        let session = try WatchSession(folders: folders, options: options, poll: poll)
        let reload = LiveReload()
        let files = StaticResponder(fileSystem: .local, root: folders.output, injection: { reload.injection })
        let policy = ServedPolicy()
        let server = HTTPServer(host: host, port: port, policy: { policy.current }) { request in
            reload.route(request) ?? .respond(files.respond(to: request))
        }
        let bound: UInt16
        do {
            bound = try server.start()
        } catch {
            DiagnosticPrinter.print(error, of: "serve")
            throw ExitCode.failure
        }
        if !["127.0.0.1", "localhost"].contains(host) {
            DiagnosticPrinter.print(Diagnostic.Problem("serving to other machines on \(host); the server is meant for previews",
                                                       hint: "pass --host 127.0.0.1 to serve this machine only"),
                                    of: "serve", severity: .warning)
        }
        session.printFlushed("Serving \(folders.output)/ at http://\(host == "0.0.0.0" ? "127.0.0.1" : host):\(bound)/ with live reload; "
                             + "watching \(folders.content)/" + (folders.templatesFolder.map { " and \($0)/" } ?? "") + " (\(session.rebuilder.watcher.method)); Ctrl-C stops.")
        session.rebuilder.run { outcome in
            if case .built(let summary) = outcome.result { policy.current = SecurityHeaders.policy(for: summary.model.site) }
            session.report(outcome)
            reload.announce(outcome)
        }
    }
}

/// The policy header of the last good build's site settings, read by the server's workers.
private final class ServedPolicy: @unchecked Sendable {
    private let lock = NSLock()
    private var value = SecurityHeaders.defaultPolicy

    var current: String {
        get { lock.withLock { value } }
        set { lock.withLock { value = newValue } }
    }
}
