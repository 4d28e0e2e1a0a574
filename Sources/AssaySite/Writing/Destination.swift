import AssayCore
import AssayRender
import Foundation

/// Where a build's files go as the renderer makes them.
enum Destination: Sendable {
    /// A full build: into a staging folder that replaces the output once everything is written.
    case staged(OutputWriter.Staging)
    /// An incremental build: kept only when their bytes differ from the previous build's, to be written in place.
    case changed(ChangedFiles)

    var emit: ReportRenderer.Emit {
        switch self {
        case .staged(let staging): { path, contents in try staging.write(path, contents) }
        case .changed(let changed): { path, contents in changed.offer(path, contents) }
        }
    }
}

/// The files of an incremental build whose bytes changed; every other file is dropped as soon as it is compared.
final class ChangedFiles: @unchecked Sendable {
    private let previous: [String: ContentDigest]
    private let lock = NSLock()
    private var kept: [OutputFile] = []

    init(previous: [String: ContentDigest]) { self.previous = previous }

    func offer(_ path: String, _ contents: [UInt8]) {
        guard previous[path] != ContentDigest.of(contents) else { return }
        lock.withLock { kept.append(OutputFile(path: path, contents: contents)) }
    }

    /// Sorted by path, so the order never depends on which thread finished first.
    var files: [OutputFile] { lock.withLock { kept.sorted { $0.path < $1.path } } }
}
