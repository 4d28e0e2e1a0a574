import AssayCore
import AssayTemplates

/// Where one file of the report goes as it is written, piece by piece.
public protocol FileSink: AnyObject, Sendable {
    /// The next piece of the file.
    func write(_ bytes: ArraySlice<UInt8>) throws
    /// The file is complete; `digest` is the digest of all its bytes.
    func finish(digest: ContentDigest) throws
}

/// One file being written: what has been rendered so far goes to its sink in pieces while its digest is taken, so
/// no page, however large, is held in memory whole. Used by one thread at a time.
final class FileStream: @unchecked Sendable {
    /// Pieces are about this size; a page smaller than this goes to its sink in one piece.
    static let pieceSize = 256 * 1024

    private let sink: any FileSink
    private var hasher = Hasher128()
    private var failure: Error?

    init(_ sink: any FileSink) { self.sink = sink }

    /// A drain for the template engine: takes the buffer's bytes but for a tail of fewer than eight, since the digest
    /// is fed eight bytes at a time and must come out as if the file were hashed whole.
    var drain: TemplateDrain {
        TemplateDrain(threshold: Self.pieceSize) { [self] buffer in take(&buffer) }
    }

    private func take(_ buffer: inout [UInt8]) {
        let count = buffer.count & ~7
        guard count > 0, failure == nil else { return }
        buffer.withUnsafeBytes { hasher.update(UnsafeRawBufferPointer(rebasing: $0[..<count])) }
        do { try sink.write(buffer[..<count]) } catch { failure = error }
        buffer.removeFirst(count)
    }

    /// Adds bytes to the file, passing them on to the sink in pieces.
    func append(_ bytes: [UInt8]) {
        pending += bytes
        if pending.count >= Self.pieceSize { take(&pending) }
    }

    private var pending: [UInt8] = []

    /// Closes a file written with `append`.
    func finish() throws -> ContentDigest { try finish(pending) }

    /// Writes the rest and closes the file; throws the first error any piece met.
    func finish(_ rest: [UInt8]) throws -> ContentDigest {
        if let failure { throw failure }
        rest.withUnsafeBytes { hasher.update($0) }
        try sink.write(rest[...])
        let digest = hasher.finalize()
        try sink.finish(digest: digest)
        return digest
    }
}
