import AssayCore
import AssayRender
import Foundation

/// Where a build's files go as the renderer makes them.
enum Destination: Sendable {
    /// A full build: into a staging folder that replaces the output once everything is written.
    case staged(OutputWriter.Staging)
    /// An incremental build: kept only when their bytes differ from the previous build's, to be written in place.
    case inPlace(ChangedFiles)
    /// A check: made and dropped.
    case nowhere

    var open: ReportRenderer.Open {
        switch self {
        case .staged(let staging): { path in StagedFile(staging: staging, path: path) }
        case .inPlace(let kept): { path in ComparedFile(keptIn: kept, path: path) }
        case .nowhere: { _ in DroppedFile() }
        }
    }
}

/// A file written straight into the staging folder, piece by piece.
private final class StagedFile: FileSink, @unchecked Sendable {
    let staging: OutputWriter.Staging
    let path: String
    private var started = false

    init(staging: OutputWriter.Staging, path: String) {
        self.staging = staging
        self.path = path
    }

    func write(_ bytes: ArraySlice<UInt8>) throws {
        guard !bytes.isEmpty || !started else { return }
        try staging.write(path, Array(bytes), appending: started)
        started = true
    }

    func finish(digest: ContentDigest) throws {}
}

/// A file of an incremental build: held until its digest says whether it changed.
private final class ComparedFile: FileSink, @unchecked Sendable {
    let kept: ChangedFiles
    let path: String
    private var bytes: [UInt8] = []

    init(keptIn kept: ChangedFiles, path: String) {
        self.kept = kept
        self.path = path
    }

    func write(_ piece: ArraySlice<UInt8>) throws { bytes += piece }

    func finish(digest: ContentDigest) throws { kept.offer(path, bytes, digest: digest) }
}

private final class DroppedFile: FileSink, @unchecked Sendable {
    func write(_ bytes: ArraySlice<UInt8>) throws {}
    func finish(digest: ContentDigest) throws {}
}

/// The files of an incremental build whose bytes changed; every other file is dropped as soon as it is compared.
final class ChangedFiles: @unchecked Sendable {
    private let previous: [String: ContentDigest]
    private let lock = NSLock()
    private var kept: [OutputFile] = []

    init(previous: [String: ContentDigest]) { self.previous = previous }

    func offer(_ path: String, _ contents: [UInt8], digest: ContentDigest) {
        guard previous[path] != digest else { return }
        lock.withLock { kept.append(OutputFile(path: path, contents: contents)) }
    }

    var files: [OutputFile] { lock.withLock { kept } }
}
