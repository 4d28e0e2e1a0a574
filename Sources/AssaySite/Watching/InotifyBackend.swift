#if os(Linux)
import Foundation
import Glibc

/// Linux's inotify, with a watch on every folder (inotify is not recursive), folders created later included.
final class InotifyBackend: WatchBackend, @unchecked Sendable {
    private let descriptor: Int32
    private let roots: [String]
    private var folders: [Int32: String] = [:]
    /// Folders the kernel refused to watch (its limit on watches was reached): changes there go unseen.
    private var unwatched: [String] = []
    private static let mask = UInt32(IN_CREATE | IN_DELETE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO
        | IN_ATTRIB | IN_DELETE_SELF | IN_MOVE_SELF)

    init(roots: [String]) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
        guard descriptor >= 0 else {
            throw FileSystemError(path: roots.joined(separator: ", "), reason: "cannot be watched: \(String(cString: strerror(errno)))")
        }
        self.roots = roots
        for root in roots { _ = watchTree(root) }
    }

    deinit { close(descriptor) }

    var method: String {
        unwatched.isEmpty ? "inotify, \(folders.count) folders"
            : "inotify, \(folders.count) folders; \(unwatched.count) could not be watched, e.g. \(unwatched[0]): use --poll"
    }

    /// Events after which a file is complete: written and closed, moved, deleted. A file modified but not yet closed
    /// is still being written.
    private static let settling = UInt32(IN_CLOSE_WRITE | IN_MOVED_FROM | IN_MOVED_TO | IN_DELETE | IN_ATTRIB | IN_DELETE_SELF
        | IN_MOVE_SELF | IN_ISDIR)

    func poll(timeout: Duration) -> [String: Bool] {
        var pollDescriptor = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let milliseconds = Int32(timeout.components.seconds * 1000 + timeout.components.attoseconds / 1_000_000_000_000_000)
        guard Glibc.poll(&pollDescriptor, 1, milliseconds) > 0 else { return [:] }
        var changed: [String: Bool] = [:]
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { break }
            var offset = 0
            // Each event is a 16-byte header (wd, mask, cookie, len) and `len` bytes of NUL-padded name.
            while offset + 16 <= count {
                let (watch, eventMask, length) = buffer.withUnsafeBytes { bytes in
                    (bytes.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(bytes.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)].prefix { $0 != 0 }
                offset += 16 + length
                if eventMask & UInt32(IN_IGNORED) != 0 { folders[watch] = nil; continue }
                // Too many events at once (a branch switch, a bulk copy): some were lost, so look at everything
                // again, watching any folder that appeared meanwhile.
                if eventMask & UInt32(IN_Q_OVERFLOW) != 0 {
                    for root in roots { for path in watchTree(root) { changed[path] = true } }
                    continue
                }
                guard let folder = folders[watch] else { continue }
                let path = nameBytes.isEmpty ? folder : folder + "/" + String(decoding: nameBytes, as: UTF8.self)
                // The latest event says whether the file is complete.
                changed[path] = eventMask & Self.settling != 0
                // A folder created or moved in: watch it, and count what it already holds (it may have filled
                // before the watch was in place).
                if eventMask & UInt32(IN_ISDIR) != 0, eventMask & UInt32(IN_CREATE | IN_MOVED_TO) != 0 {
                    for file in watchTree(path) { changed[file] = true }
                }
            }
        }
        return changed
    }

    /// Watches `folder` and every folder below it; returns the files found there.
    private func watchTree(_ folder: String) -> [String] {
        var files: [String] = []
        var pending = [folder]
        while let next = pending.popLast() {
            let watch = inotify_add_watch(descriptor, next, Self.mask)
            if watch >= 0 { folders[watch] = next } else { unwatched.append(next) }
            for name in (try? FileManager.default.contentsOfDirectory(atPath: next)) ?? [] {
                let path = next + "/" + name
                // Not through symbolic links: the content loader does not follow linked folders either, and a
                // link to an enclosing folder would never end.
                switch (try? FileManager.default.attributesOfItem(atPath: path))?[.type] as? FileAttributeType {
                case .typeDirectory?: pending.append(path)
                case nil: continue
                default: files.append(path)
                }
            }
        }
        return files
    }
}
#endif
