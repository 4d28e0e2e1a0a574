import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// The last good report survives every failure, and builds do not depend on the order files were made in.
@Suite struct OutputSafetyTests {
    static func minimalFiles() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        for root in [("/site/Content", RepositoryPaths.fixtures + "/minimal"), ("/site/Templates", RepositoryPaths.templates)] {
            for entry in try FileSystem.local.files(under: root.1) {
                files[root.0 + "/" + entry.path] = try FileSystem.local.read(root.1 + "/" + entry.path)
            }
        }
        return files
    }

    static let paths = SiteBuilder.Paths(content: "/site/Content", templates: "/site/Templates", output: "/site/Output")

    @Test func aFailedBuildLeavesTheOutputAsItWas() throws {
        let (fileSystem, disk) = FileSystem.inMemory(try Self.minimalFiles())
        _ = try SiteBuilder(fileSystem: fileSystem).build(Self.paths)
        let before = disk.snapshot
        try fileSystem.write("/site/Content/options/north-site.md", Array("---\ntitle: broken\n".utf8))
        #expect(throws: DiagnosticsError.self) { try SiteBuilder(fileSystem: fileSystem).build(Self.paths) }
        var after = disk.snapshot
        after["/site/Content/options/north-site.md"] = before["/site/Content/options/north-site.md"]
        #expect(after == before)
    }

    /// The previous report, swapped out by a clean build, that cannot be removed is said, not left silently.
    @Test func aPreviousReportThatCannotBeRemovedIsAWarning() throws {
        let (memory, disk) = FileSystem.inMemory(try Self.minimalFiles())
        _ = try SiteBuilder(fileSystem: memory).build(Self.paths)
        var stuck = memory
        stuck.remove = { path in
            if path.hasPrefix("/site/Output.tmp-") { throw FileSystemError(path: path, reason: "cannot be removed: permission denied") }
            try memory.remove(path)
        }
        let summary = try SiteBuilder(fileSystem: stuck, settings: .init(clean: true)).build(Self.paths)
        let warning = try #require(summary.warnings.first { $0.message.hasPrefix("the previous report is still beside the new one, at /site/Output.tmp-") })
        #expect(warning.location == .start(of: "/site/Output"))
        #expect(warning.message.hasSuffix("cannot be removed: permission denied"))
        #expect(disk.snapshot["/site/Output/index.html"] != nil)
        // The next build, able to remove it, leaves nothing beside the output.
        _ = try SiteBuilder(fileSystem: memory).build(Self.paths)
        #expect(!disk.snapshot.keys.contains { $0.hasPrefix("/site/Output.tmp-") || $0.hasPrefix("/site/Output.old-") })
    }

    @Test func anOutputThatCannotBeWrittenIsAnErrorAndNothingIsLeftBehind() throws {
        let (memory, disk) = FileSystem.inMemory(try Self.minimalFiles())
        _ = try SiteBuilder(fileSystem: memory).build(Self.paths)
        let before = disk.snapshot
        var readOnly = memory
        readOnly.write = { path, contents in
            if path.hasPrefix("/site/Output.tmp-") && path.hasSuffix("index.html") {
                throw FileSystemError(path: path, reason: "cannot be written: read-only file system")
            }
            try memory.write(path, contents)
        }
        do {
            _ = try SiteBuilder(fileSystem: readOnly).build(Self.paths)
            Issue.record("the build should have failed")
        } catch let error as DiagnosticsError {
            #expect(error.diagnostics.map(\.message).first?.hasPrefix("the report cannot be written: /site/Output.tmp-") == true)
            #expect(error.diagnostics.first?.location == .start(of: "/site/Output"))
        }
        #expect(disk.snapshot == before)
    }

    @Test func removedPagesDisappearAndTheIgnoreFileStays() throws {
        let (fileSystem, disk) = FileSystem.inMemory(try Self.minimalFiles())
        _ = try SiteBuilder(fileSystem: fileSystem).build(Self.paths)
        #expect(disk.snapshot["/site/Output/options/mill-site.html"] != nil)
        #expect(disk.snapshot["/site/Output/.gitignore"] == Array("*\n!.gitignore\n".utf8))
        for file in disk.snapshot.keys where file.contains("mill-site") && file.hasPrefix("/site/Content") {
            try fileSystem.remove(file)
        }
        try fileSystem.write("/site/Content/rankings/council.md",
                             Array("---\nactor: council\norder: [north-site]\ninference: true\n---\n".utf8))
        _ = try SiteBuilder(fileSystem: fileSystem).build(Self.paths)
        #expect(disk.snapshot["/site/Output/options/mill-site.html"] == nil)
        #expect(disk.snapshot.keys.filter { $0.hasPrefix("/site/Output.") }.isEmpty)
    }

    @Test func aMissingContentFolderIsOneError() {
        let (fileSystem, _) = FileSystem.inMemory([:])
        let paths = SiteBuilder.Paths(content: "/site/Content", templates: "/site/Templates", output: "/site/Output")
        #expect(SiteBuilder(fileSystem: fileSystem).check(paths).map(\.message) == ["the content folder does not exist"])
    }

    @Test func theOutputMayNotContainTheContent() {
        let paths = SiteBuilder.Paths(content: "/site/Content", templates: "/site/Templates", output: "/site")
        let (fileSystem, _) = FileSystem.inMemory([:])
        #expect(SiteBuilder(fileSystem: fileSystem).check(paths).map(\.message) == ["the output folder overlaps the content folder"])
    }

    @Test func twoCleanBuildsAreByteIdenticalWhateverOrderTheFilesWereMadeIn() throws {
        let folder = try RepositoryPaths.scratch()
        let entries = try FileSystem.local.files(under: RepositoryPaths.content).map(\.path)
        for (name, order) in [("forward", entries), ("backward", entries.reversed())] {
            for path in order {
                try FileSystem.local.write("\(folder)/\(name)/\(path)", try FileSystem.local.read(RepositoryPaths.content + "/" + path))
            }
            _ = try SiteBuilder(fileSystem: .local).build(
                .init(content: "\(folder)/\(name)", templates: RepositoryPaths.templates, output: "\(folder)/\(name)-out"))
        }
        let forward = try FileSystem.local.files(under: folder + "/forward-out").map(\.path)
        #expect(forward == (try FileSystem.local.files(under: folder + "/backward-out").map(\.path)))
        for path in forward {
            let a = try FileSystem.local.read("\(folder)/forward-out/\(path)")
            let b = try FileSystem.local.read("\(folder)/backward-out/\(path)")
            #expect(a == b, "\(path) differs between the two builds")
            // Nothing time-dependent: the content provides no dates, so none may appear.
            #expect(!String(decoding: a, as: UTF8.self).contains("2026"), "\(path) contains a date")
        }
    }
}
