import Foundation

/// Reading, writing and listing through the system calls themselves: Foundation's `FileManager` and `Data`
/// copy every file's bytes once more and ask for each listed entry's attributes one by one.
enum POSIXFiles {
    static func read(_ path: String) throws -> [UInt8] {
        // Non-blocking, then checked: a pipe put in a file's place after the folder was listed cannot stall the read.
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(path, "cannot be read") }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw failure(path, "cannot be read") }
        guard status.st_mode & S_IFMT == S_IFREG else {
            throw FileSystemError(path: path, reason: "is not a regular file (a pipe, socket, device or folder)")
        }
        // Read the size fstat gave; a file that grew meanwhile is read on to its end, a file that shrank is cut.
        var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
        var filled = 0
        while true {
            if filled == bytes.count {
                var probe = [UInt8](repeating: 0, count: 4_096)
                let extra = try readSome(descriptor, into: &probe, at: 0, path: path)
                if extra == 0 { return bytes }
                bytes += probe[..<extra]
                filled += extra
                continue
            }
            let count = try readSome(descriptor, into: &bytes, at: filled, path: path)
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    /// Up to `length` bytes from `offset` of a regular file (fewer at its end).
    static func read(_ path: String, offset: Int, length: Int) throws -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard descriptor >= 0 else { throw failure(path, "cannot be read") }
        defer { close(descriptor) }
        var bytes = [UInt8](repeating: 0, count: length)
        var filled = 0
        while filled < length {
            let count = bytes.withUnsafeMutableBytes { buffer in
                pread(descriptor, buffer.baseAddress! + filled, length - filled, off_t(offset + filled))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot be read")
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }

    private static func readSome(_ descriptor: Int32, into bytes: inout [UInt8], at offset: Int, path: String) throws -> Int {
        while true {
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
            }
            if count >= 0 { return count }
            if errno != EINTR { throw failure(path, "cannot be read") }
        }
    }

    /// Writes the whole file, creating or truncating it, or adds to its end.
    static func write(_ path: String, _ contents: [UInt8], appending: Bool = false) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | (appending ? O_APPEND : O_TRUNC) | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path, "cannot be written") }
        defer { close(descriptor) }
        var written = 0
        while written < contents.count {
            let count = contents.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + written, contents.count - written) }
            if count < 0 {
                if errno == EINTR { continue }
                throw failure(path, "cannot be written")
            }
            written += count
        }
    }

    /// Creates a folder and any missing folders above it, with the system's own reason when it cannot (a read-only
    /// file system, a file in the way), not Foundation's error text.
    static func makeDirectories(_ path: String) throws {
        var isFolder = stat()
        if stat(path, &isFolder) == 0 {
            guard isFolder.st_mode & S_IFMT == S_IFDIR else { throw FileSystemError(path: path, reason: "exists and is not a folder") }
            return
        }
        // The part before the last '/', by hand: Foundation's NSString path methods trapped here on short relative
        // paths when the process had no environment (`env -i`).
        var parent = path
        while parent.hasSuffix("/") { parent.removeLast() }
        if let slash = parent.lastIndex(of: "/") {
            parent = String(parent[..<slash])
            if !parent.isEmpty { try makeDirectories(parent) }
        }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else { throw failure(path, "cannot be created") }
    }

    /// The entries of a folder; the kind of each where `readdir` reports it (nil for links and unknown types).
    static func list(_ path: String) throws -> [(name: String, kind: FileSystem.EntryKind?)] {
        guard let directory = opendir(path) else { throw failure(path, "cannot be listed") }
        defer { closedir(directory) }
        var entries: [(String, FileSystem.EntryKind?)] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard name != ".", name != ".." else { continue }
            let kind: FileSystem.EntryKind? = switch Int32(entry.pointee.d_type) {
            case Int32(DT_REG): .file
            case Int32(DT_DIR): .directory
            case Int32(DT_FIFO), Int32(DT_SOCK), Int32(DT_CHR), Int32(DT_BLK): .special
            default: nil
            }
            entries.append((name, kind))
        }
        return entries
    }

    private static func failure(_ path: String, _ what: String) -> FileSystemError {
        FileSystemError(path: path, reason: "\(what): \(String(cString: strerror(errno)))")
    }
}
