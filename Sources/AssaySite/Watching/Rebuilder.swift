import AssayCore
import Foundation

/// One build under watch: what set it off, how it ended and how long it took.
public struct BuildOutcome: Sendable {
    public enum Result: Sendable {
        case built(SiteBuilder.Summary)
        /// The build's diagnostics; `Output/` holds the last good build.
        case failed([Diagnostic])
    }

    /// Counts builds from 1, so that a page can tell whether it shows the latest.
    public var number: Int
    /// The paths the watcher reported; empty for the first build.
    public var trigger: [String]
    public var result: Result
    public var seconds: Double

    /// What changed, for one line of output: the inputs whose bytes changed since the last good build when the
    /// build could tell, else the paths the watcher saw.
    public var changed: [String] {
        if case .built(let summary) = result, !summary.changes.changedInputs.isEmpty { return summary.changes.changedInputs }
        return trigger
    }
}

/// Builds, then builds again after every burst of changes under the content and templates folders, one build
/// at a time: changes that arrive during a build are taken together by the next one.
public final class Rebuilder: @unchecked Sendable {
    private let builder: SiteBuilder
    private let paths: SiteBuilder.Paths
    public let watcher: FolderWatcher
    /// Kept across builds: each build reads, parses and renders only what the last one's changes touch.
    private let session = BuildSession()
    private var count = 0
    /// The inputs of the last good build, to tell an editor's passing temporary file from a deleted input.
    private var inputs: Set<String> = []

    public init(builder: SiteBuilder, paths: SiteBuilder.Paths, polling: Bool = false) throws {
        self.builder = builder
        self.paths = paths
        watcher = try FolderWatcher(roots: [paths.content] + (paths.templates.map { [$0] } ?? []), polling: polling)
    }

    /// Builds once, now.
    public func build(trigger: [String] = []) -> BuildOutcome {
        count += 1
        let trigger = trigger.filter { inputs.contains($0) || FileManager.default.fileExists(atPath: $0) }
        let clock = ContinuousClock()
        let start = clock.now
        let result: BuildOutcome.Result
        do {
            // The first build reads everything; later ones re-read only what the watcher saw change.
            let summary = try builder.build(paths, session: session, changedPaths: trigger.isEmpty ? nil : Set(trigger))
            inputs = Set(summary.inputDigests.keys)
            result = .built(summary)
        } catch let error as DiagnosticsError {
            result = .failed(error.diagnostics)
        } catch {
            result = .failed([.error(at: .start(of: paths.content), "the build failed: \(error)")])
        }
        let elapsed = clock.now - start
        return BuildOutcome(number: count, trigger: trigger, result: result,
                            seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Builds now and after every change, reporting each outcome, until `watcher.stop()`.
    public func run(_ report: (BuildOutcome) -> Void) {
        report(build())
        while true {
            let changes = watcher.nextChanges()
            if changes.isEmpty { return }
            report(build(trigger: changes))
        }
    }
}
