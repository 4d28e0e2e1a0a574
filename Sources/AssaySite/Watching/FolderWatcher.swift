import Foundation

/// Tells which files under some folders changed, in bursts: an editor's save (write a temporary file,
/// rename it over the old one, touch a backup) arrives as one set of paths, not five.
public final class FolderWatcher: @unchecked Sendable {
    private let backend: WatchBackend
    private let roots: [String]
    private let lock = NSLock()
    private var stopped = false

    /// - Parameter polling: compare the folders' listings and file dates a few times a second instead of
    ///   asking the kernel (inotify); for systems without inotify and for network file systems.
    public init(roots: [String], polling: Bool = false) throws {
        self.roots = roots
        #if os(Linux)
        backend = polling ? PollingBackend(roots: roots) : try InotifyBackend(roots: roots)
        #else
        backend = PollingBackend(roots: roots)
        #endif
    }

    /// How the watcher learns of changes, for messages.
    public var method: String { backend.method }

    /// Waits for a change and returns the changed paths, sorted, as soon as every changed file is complete (closed
    /// after writing, moved into place or deleted): an editor's save starts a build at once. A file still being
    /// written is waited for until it is complete or the folders have been quiet for `quiet` (or `longest` has
    /// passed since the first change). Changes made during a build wait in the kernel's queue for the next call.
    /// Empty once `stop()` was called.
    public func nextChanges(settle: Duration = .milliseconds(3), quiet: Duration = .milliseconds(40),
                            longest: Duration = .seconds(1)) -> [String] {
        var changes: [String: Bool] = [:]
        while changes.isEmpty {
            if isStopped { return [] }
            changes = relevant(backend.poll(timeout: .milliseconds(250)))
        }
        let clock = ContinuousClock()
        let first = clock.now
        while clock.now - first < longest, !isStopped {
            // An editor's save is several events within microseconds (a temporary file written, closed, renamed over
            // the old one): a moment's wait takes them together. A file still open for writing is waited for longer.
            let complete = changes.values.allSatisfy { $0 }
            let more = relevant(backend.poll(timeout: complete ? settle : quiet))
            if more.isEmpty { break }
            changes.merge(more) { _, latest in latest }
        }
        return changes.keys.sorted()
    }

    /// Makes `nextChanges` return (within a quarter of a second) and stop watching.
    public func stop() { lock.withLock { stopped = true } }

    private var isStopped: Bool { lock.withLock { stopped } }

    /// Editors' swap and backup files, and vim's `4913` probe, are not content: a save should build once.
    private func relevant(_ paths: [String: Bool]) -> [String: Bool] {
        paths.filter { path, _ in
            let name = (path as NSString).lastPathComponent
            let relative = roots.lazy.compactMap { root in path.hasPrefix(root + "/") ? String(path.dropFirst(root.count + 1)) : nil }.first ?? name
            return !PathRules.isHidden(relative) && name != "4913" && !name.hasSuffix(".swp") && !name.hasSuffix(".tmp")
        }
    }
}

/// One way of learning of changes.
protocol WatchBackend: Sendable {
    var method: String { get }
    /// The paths that changed since the last call, waiting up to `timeout` for the first one, each with whether the
    /// file is complete (false while it is being written).
    func poll(timeout: Duration) -> [String: Bool]
}

/// Compares snapshots of the folders (every file's size and modification date).
final class PollingBackend: WatchBackend, @unchecked Sendable {
    private let roots: [String]
    private var snapshot: [String: FileSnapshot]
    private let interval: Duration = .milliseconds(200)

    struct FileSnapshot: Equatable {
        var size: UInt64
        var modified: Date
    }

    init(roots: [String]) {
        self.roots = roots
        snapshot = Self.take(roots)
    }

    var method: String { "polling every 200 ms" }

    func poll(timeout: Duration) -> [String: Bool] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        repeat {
            let next = Self.take(roots)
            let changed = Set(next.keys).union(snapshot.keys).filter { next[$0] != snapshot[$0] }
            snapshot = next
            if !changed.isEmpty { return Dictionary(changed.map { ($0, true) }, uniquingKeysWith: { first, _ in first }) }
            if clock.now + interval > deadline { break }
            Thread.sleep(forTimeInterval: 0.2)
        } while clock.now < deadline
        return [:]
    }

    static func take(_ roots: [String]) -> [String: FileSnapshot] {
        var result: [String: FileSnapshot] = [:]
        let manager = FileManager.default
        for root in roots {
            for case let relative as String in manager.enumerator(atPath: root) ?? FileManager.DirectoryEnumerator() {
                let path = root + "/" + relative
                guard let attributes = try? manager.attributesOfItem(atPath: path),
                      attributes[.type] as? FileAttributeType != .typeDirectory else { continue }
                result[path] = FileSnapshot(size: (attributes[.size] as? NSNumber)?.uint64Value ?? 0,
                                            modified: attributes[.modificationDate] as? Date ?? .distantPast)
            }
        }
        return result
    }
}
