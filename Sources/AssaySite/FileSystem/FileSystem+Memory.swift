import Foundation

extension FileSystem {
    /// A file system held in memory, for tests: paths are plain strings, directories are implied by files.
    public static func inMemory(_ files: [String: [UInt8]] = [:]) -> (FileSystem, MemoryDisk) {
        let disk = MemoryDisk(files)
        let system = FileSystem(
            read: { path in
                guard let contents = disk.get(path) else { throw FileSystemError(path: path, reason: "does not exist") }
                return contents
            },
            write: { path, contents in disk.set(path, contents) },
            list: { path in
                let names = disk.children(of: path)
                if names.isEmpty && !disk.isDirectory(path) { throw FileSystemError(path: path, reason: "is not a directory") }
                return names
            },
            kind: { path in
                if disk.get(path) != nil { return .file }
                return disk.isDirectory(path) ? .directory : nil
            },
            tree: TreeOperations(createDirectory: { path in disk.makeDirectory(path) }, move: { from, to in try disk.move(from, to) },
                                 remove: { path in disk.remove(path) })
        )
        return (system, disk)
    }
}

/// The storage behind `FileSystem.inMemory`, readable by tests.
public final class MemoryDisk: @unchecked Sendable {
    private let lock = NSLock()
    private var files: [String: [UInt8]]
    private var directories: Set<String> = []

    init(_ files: [String: [UInt8]]) { self.files = files }

    public var snapshot: [String: [UInt8]] { lock.withLock { files } }

    func get(_ path: String) -> [UInt8]? { lock.withLock { files[path] } }
    func set(_ path: String, _ contents: [UInt8]) { lock.withLock { files[path] = contents } }

    func isDirectory(_ path: String) -> Bool {
        lock.withLock { directories.contains(path) || files.keys.contains { $0.hasPrefix(path + "/") } }
    }

    func makeDirectory(_ path: String) { _ = lock.withLock { directories.insert(path) } }

    func children(of path: String) -> [String] {
        lock.withLock {
            let prefix = path + "/"
            let names = (Array(files.keys) + Array(directories)).filter { $0.hasPrefix(prefix) }.map {
                String($0.dropFirst(prefix.count).split(separator: "/").first ?? "")
            }
            return Array(Set(names)).filter { !$0.isEmpty }.sorted()
        }
    }

    func move(_ from: String, _ to: String) throws {
        try lock.withLock {
            var moved = false
            for (path, contents) in files where path == from || path.hasPrefix(from + "/") {
                files[path] = nil
                files[to + path.dropFirst(from.count)] = contents
                moved = true
            }
            for directory in directories where directory == from || directory.hasPrefix(from + "/") {
                directories.remove(directory)
                directories.insert(to + directory.dropFirst(from.count))
                moved = true
            }
            if !moved { throw FileSystemError(path: from, reason: "does not exist") }
        }
    }

    func remove(_ path: String) {
        lock.withLock {
            for key in files.keys where key == path || key.hasPrefix(path + "/") { files[key] = nil }
            directories = directories.filter { $0 != path && !$0.hasPrefix(path + "/") }
        }
    }
}
