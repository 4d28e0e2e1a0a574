import AssaySite
import Dispatch
import Foundation

/// Turns SIGINT and SIGTERM into a clean stop: the previous report stays, this build's temporary folders go.
///
/// Each file write and the final swap run under a lock; the signal handler takes the same lock, so it
/// never lands between the two renames of the swap, then removes this process's temporary folders and exits.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private let flagLock = NSLock()
    private var interrupted = false
    /// Whether this build has put its report in place: after that, an interruption leaves the new report.
    private var replaced = false
    private let output: String
    private let isLongRunning: Bool
    private var sources: [DispatchSourceSignal] = []

    private init(output: String, isLongRunning: Bool) {
        self.output = output
        self.isLongRunning = isLongRunning
    }

    /// - Parameter longRunning: for `watch` and `serve`, which Ctrl-C is the normal way to end: they exit
    ///   with status 0 and say so, rather than reporting an interrupted build.
    static func install(output: String, longRunning: Bool = false) -> Interruption {
        let interruption = Interruption(output: output, isLongRunning: longRunning)
        for (signalNumber, status) in [(SIGINT, Int32(longRunning ? 0 : 130)), (SIGTERM, Int32(longRunning ? 0 : 143))] {
            signal(signalNumber, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global())
            source.setEventHandler { interruption.stop(status: status) }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }

    /// Runs `step` so that a signal waits for it to finish; once a signal has come, no further step starts.
    var exclusive: SiteBuilder.Exclusive {
        { [self] replacesOutput, step in
            lock.lock()
            if flagLock.withLock({ interrupted }) {
                // The handler is cleaning up and will end the process: let it, and start nothing new.
                lock.unlock()
                while true { sleep(3600) }
            }
            defer { lock.unlock() }
            try step()
            if replacesOutput { flagLock.withLock { replaced = true } }
        }
    }

    private func stop(status: Int32) {
        flagLock.withLock { interrupted = true }
        lock.lock()  // Never released: the process ends here.
        let folder = (output as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        let prefixes = SiteBuilder.temporaryPrefixes(for: output).map { ($0 as NSString).lastPathComponent }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        where prefixes.contains(where: name.hasPrefix) {
            try? FileManager.default.removeItem(atPath: directory + "/" + name)
        }
        let message = isLongRunning ? "\nassay: stopped; \(output)/ holds the last good build.\n"
            : flagLock.withLock({ replaced }) ? "assay: interrupted; \(output)/ already holds the new report, complete.\n"
            : "assay: interrupted; \(output)/ was left as it was.\n"
        FileHandle.standardError.write(Data(message.utf8))
        exit(status)
    }
}
