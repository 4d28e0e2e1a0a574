import Foundation
import Testing
@testable import AssaySite

/// The watcher sees a changed file, a file in a folder created after it started, and a deletion, with
/// inotify and with polling. Waits are bounded; nothing is asserted about how fast.
@Suite(.serialized) struct FolderWatcherTests {
    /// The next burst of changes, or nil when none came within `limit`.
    static func next(_ watcher: FolderWatcher, limit: TimeInterval = 15) -> [String]? {
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var result: [String] = []
        Thread.detachNewThread {
            result = watcher.nextChanges()
            done.signal()
        }
        guard done.wait(timeout: .now() + limit) == .success else {
            watcher.stop()
            done.wait()
            return nil
        }
        return result
    }

    @Test(arguments: [false, true])
    func seesChangesNewFoldersAndDeletions(polling: Bool) throws {
        let root = try RepositoryPaths.scratch() + "/Content"
        try FileManager.default.createDirectory(atPath: root + "/options", withIntermediateDirectories: true)
        try "one".write(toFile: root + "/options/a.md", atomically: false, encoding: .utf8)
        let watcher = try FolderWatcher(roots: [root], polling: polling)
        defer { watcher.stop() }

        try "two".write(toFile: root + "/options/a.md", atomically: false, encoding: .utf8)
        #expect(Self.next(watcher) == [root + "/options/a.md"])

        try FileManager.default.createDirectory(atPath: root + "/rankings", withIntermediateDirectories: true)
        try "order".write(toFile: root + "/rankings/council.md", atomically: false, encoding: .utf8)
        var seen = Set(try #require(Self.next(watcher), "the new folder's file is seen"))
        // The folder may be reported on its own before its file; take bursts until the file shows up.
        while !seen.contains(root + "/rankings/council.md"), let more = Self.next(watcher) { seen.formUnion(more) }
        #expect(seen.contains(root + "/rankings/council.md"))

        // A file changed inside the new folder: it is watched now.
        try "order 2".write(toFile: root + "/rankings/council.md", atomically: false, encoding: .utf8)
        #expect(Self.next(watcher)?.contains(root + "/rankings/council.md") == true)

        try FileManager.default.removeItem(atPath: root + "/options/a.md")
        #expect(Self.next(watcher) == [root + "/options/a.md"])
    }

    @Test func editorSwapFilesAreNotChanges() throws {
        let root = try RepositoryPaths.scratch() + "/Content"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let watcher = try FolderWatcher(roots: [root])
        defer { watcher.stop() }
        // An editor's save: a swap file, vim's probe file, a backup, then the file itself.
        for name in [".article.md.swp", "4913", "article.md~", "article.md"] {
            try "x".write(toFile: root + "/" + name, atomically: false, encoding: .utf8)
        }
        #expect(Self.next(watcher) == [root + "/article.md"])
    }
}
