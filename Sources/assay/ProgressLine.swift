import AssaySite
import Foundation

/// A build's progress on one line of a terminal: the stage, and pages done of all pages while rendering.
///
/// Silent for the first second (most builds are over by then) and whenever standard error is not a
/// terminal, so logs and pipes never get carriage returns.
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    /// When the current build started: its first report, as one line serves every build of `watch`.
    private var start: ContinuousClock.Instant?
    private var lastDrawn: ContinuousClock.Instant?
    private var drawn = false
    private let enabled: Bool

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) { self.enabled = enabled }

    /// The closure a `SiteBuilder` reports to, or nil when nothing would be shown.
    var report: SiteBuilder.Progress? {
        guard enabled else { return nil }
        return { [self] stage, done, total in update(stage: stage, done: done, total: total) }
    }

    private func update(stage: String, done: Int, total: Int) {
        lock.withLock {
            let now = ContinuousClock.now
            let start = self.start ?? now
            self.start = start
            guard now - start > .seconds(1) else { return }
            // Ten updates a second are plenty, except for the last page and each new stage.
            if let lastDrawn, now - lastDrawn < .milliseconds(100), total == 0 || done < total, done != 0 { return }
            lastDrawn = now
            drawn = true
            let text = total > 0 ? "\(stage): \(done)/\(total) pages" : "\(stage)…"
            FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        }
    }

    /// Clears the line, so the build's own output starts at the left margin, and readies it for the next build.
    func finish() {
        lock.withLock {
            if drawn { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            drawn = false
            start = nil
            lastDrawn = nil
        }
    }
}
