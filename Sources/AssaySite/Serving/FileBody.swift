/// A response body sent from a file in pieces, so that no number of clients makes the server hold large files whole:
/// each connection holds one piece at a time.
public struct FileBody: Sendable {
    /// How much of the file is read and sent at once.
    public static let pieceBytes = 64 * 1024
    /// Files up to this size are sent from memory as before; larger ones are streamed.
    public static let threshold = 256 * 1024

    public var size: Int
    /// Bytes put in at `offset` of the file: the live-reload script before the page's last `</body>`.
    public var insertion: (offset: Int, bytes: [UInt8])?
    /// `length` bytes of the file from `offset`.
    let read: @Sendable (_ offset: Int, _ length: Int) throws -> [UInt8]

    /// What the body's `Content-Length` says.
    public var count: Int { size + (insertion?.bytes.count ?? 0) }

    /// Sends the whole body through `send`, piece by piece; false when the file or the client failed midway (the
    /// caller then closes the connection, and the client sees a short body, never a wrong one).
    func stream(_ send: ([UInt8]) -> Bool) -> Bool {
        var offset = 0
        while offset < size {
            if let insertion, insertion.offset == offset, !send(insertion.bytes) { return false }
            var end = min(size, offset + Self.pieceBytes)
            if let insertion, insertion.offset > offset, insertion.offset < end { end = insertion.offset }
            guard let piece = try? read(offset, end - offset), piece.count == end - offset, send(piece) else { return false }
            offset = end
        }
        if let insertion, insertion.offset >= size { return send(insertion.bytes) }
        return true
    }
}
