import CAssaySystem
import Foundation

extension FileSystem {
    /// The machine's own disk.
    public static let local = FileSystem(
        read: { path in try POSIXFiles.read(path) },
        write: { path, contents in
            // Try the write first: creating the folder on every write costs a system call per file.
            do {
                try POSIXFiles.write(path, contents)
            } catch {
                if let slash = path.lastIndex(of: "/"), slash > path.startIndex { try POSIXFiles.makeDirectories(String(path[..<slash])) }
                try POSIXFiles.write(path, contents)
            }
        },
        list: { path in try FileManager.default.contentsOfDirectory(atPath: path) },
        kind: { path in
            // lstat, not Foundation's attributes: those call a named pipe or a socket a file.
            var status = stat()
            guard lstat(path, &status) == 0 else { return nil }
            switch status.st_mode & S_IFMT {
            case S_IFREG: return .file
            case S_IFDIR: return .directory
            case S_IFLNK:
                let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().standardizedFileURL.path
                return .symbolicLink(destination: resolved)
            default: return .special
            }
        },
        tree: TreeOperations(
            createDirectory: { path in try POSIXFiles.makeDirectories(path) },
            move: { from, to in
                // rename(2) directly: atomic on one file system, and it never merges or copies.
                guard Foundation.rename(from, to) == 0 else {
                    throw FileSystemError(path: from, reason: "cannot be moved to \(to): \(String(cString: strerror(errno)))")
                }
            },
            remove: { path in
                do {
                    try FileManager.default.removeItem(atPath: path)
                } catch {
                    throw FileSystemError(path: path, reason: "cannot be removed: \((error as NSError).localizedDescription)")
                }
            }
        ),
        shortcuts: Shortcuts(
            listKinds: { path in try POSIXFiles.list(path) },
            append: { path, contents in try POSIXFiles.write(path, contents, appending: true) },
            exchange: { first, second in
                if assay_exchange_paths(first, second) == 0 { return }
                guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else {
                    throw FileSystemError(path: first, reason: "cannot be exchanged with \(second): \(String(cString: strerror(errno)))")
                }
                // A file system without the exchange: the old report steps aside for an instant.
                let aside = second + ".exchange"
                for (from, to) in [(second, aside), (first, second), (aside, first)] where Foundation.rename(from, to) != 0 {
                    throw FileSystemError(path: from, reason: "cannot be moved to \(to): \(String(cString: strerror(errno)))")
                }
            },
            link: { existing, new in
                guard Foundation.link(existing, new) == 0 else {
                    throw FileSystemError(path: existing, reason: "cannot be linked as \(new): \(String(cString: strerror(errno)))")
                }
            },
            size: { path in
                var status = stat()
                guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
                return Int(status.st_size)
            },
            readRange: { path, offset, length in try POSIXFiles.read(path, offset: offset, length: length) }
        )
    )
}

/// A file-system operation that failed, with the path it concerned.
public struct FileSystemError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String { "\(path) \(reason)" }
}
