import Foundation
import Testing
@testable import AssayRender

/// The theme compiled into assay is the repository's Templates/, byte for byte: `make theme` after editing it.
@Suite struct BuiltInThemeTests {
    static let templates = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Templates").path

    static func filesOnDisk() throws -> [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let walker = try #require(FileManager.default.enumerator(atPath: templates))
        for case let path as String in walker where !path.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: templates + "/" + path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            files[path] = Array(try Data(contentsOf: URL(fileURLWithPath: templates + "/" + path)))
        }
        return files
    }

    @Test func theBuiltInThemeIsTheTemplatesFolder() throws {
        let onDisk = try Self.filesOnDisk()
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltInTheme.files.map { ($0.path, $0.contents) })
        #expect(Set(builtIn.keys) == Set(onDisk.keys), "run make theme: the built-in theme's files differ from Templates/")
        for (path, bytes) in onDisk {
            #expect(builtIn[path] == bytes, "run make theme: \(path) differs from the built-in theme's")
        }
    }

    @Test func theBuiltInThemeBindsToThePages() throws {
        let sources = Dictionary(uniqueKeysWithValues: BuiltInTheme.files.filter { $0.path.hasSuffix(".mustache") }
            .map { ($0.path, String(decoding: $0.contents, as: UTF8.self)) })
        #expect(Set(TemplateSet.pageTemplates.map { "\($0).mustache" }).isSubset(of: sources.keys))
        _ = try TemplateSet(sources: sources, folder: BuiltInTheme.displayFolder)
    }
}
