import AssayCore
import Foundation
import Testing
@testable import AssaySite

/// The whole output of three reports, pinned: the default content (every file kept under
/// `Tests/Fixtures/golden/default`, so a change shows as a line diff) and two synthetic reports (a digest per file,
/// in `Tests/Fixtures/golden/<name>.digests`). A change to rendering must reproduce them byte for byte, or
/// re-record them on purpose, saying why: `RECORD_GOLDEN="what changes and why" swift test --filter GoldenOutputTests`
/// prints the difference and adds the reason to `Tests/Fixtures/golden/CHANGES.md`, so a review sees both.
@Suite(.serialized) struct GoldenOutputTests {
    static let golden = RepositoryPaths.fixtures + "/golden"

    /// Why the golden output is being recorded again; nil when it is not. A bare `1` is refused: it gives no reason.
    static func recordingReason() throws -> String? {
        guard let reason = ProcessInfo.processInfo.environment["RECORD_GOLDEN"]?.trimmingCharacters(in: .whitespacesAndNewlines) else {
            return nil
        }
        try #require(reason.count >= 12 && reason.contains(" "),
                     "say why the output changes: RECORD_GOLDEN=\"what changes and why\" swift test --filter GoldenOutputTests")
        return reason
    }

    /// Prints what recording changes and appends the reason to CHANGES.md.
    static func noteRecording(_ name: String, reason: String, changed: [String]) throws {
        guard !changed.isEmpty else { return }
        print("Recording golden output '\(name)' again (\(changed.count) files differ): \(reason)")
        let log = golden + "/CHANGES.md"
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        defer { try? handle.close() }
        try handle.seekToEnd()
        let day = ISO8601DateFormatter.string(from: Date(), timeZone: TimeZone(identifier: "UTC")!, formatOptions: [.withFullDate])
        let shown = changed.prefix(8).joined(separator: ", ") + (changed.count > 8 ? ", and \(changed.count - 8) more" : "")
        try handle.write(contentsOf: Data("- \(day), \(name): \(reason) (\(shown))\n".utf8))
    }

    /// `diff -ru` of the golden folder against the new output, printed for review.
    static func printDifference(_ golden: String, _ built: String) throws {
        let diff = Process()
        diff.executableURL = URL(fileURLWithPath: "/usr/bin/diff")
        diff.arguments = ["-ru", golden, built]
        try diff.run()
        diff.waitUntilExit()
    }

    /// Every file a build writes, by path (the output's own `.gitignore` left out).
    static func build(content: String, draws: Int) throws -> [String: [UInt8]] {
        let output = try RepositoryPaths.scratch() + "/Output"
        defer { try? FileManager.default.removeItem(atPath: (output as NSString).deletingLastPathComponent) }
        _ = try SiteBuilder(fileSystem: .local, settings: .init(draws: draws))
            .build(.init(content: content, templates: RepositoryPaths.templates, output: output))
        var files: [String: [UInt8]] = [:]
        for entry in try FileSystem.local.files(under: output) where entry.kind == .file && entry.path != ".gitignore" {
            files[entry.path] = Array(try Data(contentsOf: URL(fileURLWithPath: output + "/" + entry.path)))
        }
        return files
    }

    static func synthesize(options: Int, actors: Int, criteria: Int) throws -> String {
        let folder = try RepositoryPaths.scratch() + "/content"
        let synth = Process()
        synth.executableURL = URL(fileURLWithPath: RepositoryPaths.root + "/.build/debug/assay-synth")
        synth.arguments = [folder, "--options", String(options), "--actors", String(actors), "--criteria", String(criteria),
                           "--paragraphs", "60"]
        try synth.run()
        synth.waitUntilExit()
        try #require(synth.terminationStatus == 0, "build assay-synth first with 'swift build' (make test does)")
        return folder
    }

    @Test func defaultContentMatchesItsGoldenFiles() throws {
        let built = try Self.build(content: RepositoryPaths.content, draws: RankAcceptability.defaultDraws)
        let folder = Self.golden + "/default"
        if let reason = try Self.recordingReason() {
            let staged = try RepositoryPaths.scratch() + "/golden"
            defer { try? FileManager.default.removeItem(atPath: (staged as NSString).deletingLastPathComponent) }
            for (path, bytes) in built {
                let file = staged + "/" + path
                try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try Data(bytes).write(to: URL(fileURLWithPath: file))
            }
            let old = try FileSystem.local.files(under: folder).filter { $0.kind == .file }.map(\.path)
            let changed = Set(old).union(built.keys).filter { path in
                built[path] != (try? Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))).map(Array.init)
            }.sorted()
            try Self.printDifference(folder, staged)
            try Self.noteRecording("default", reason: reason, changed: changed)
            try? FileManager.default.removeItem(atPath: folder)
            try FileManager.default.copyItem(atPath: staged, toPath: folder)
        }
        let expected = try FileSystem.local.files(under: folder).filter { $0.kind == .file }.map(\.path)
        #expect(Set(built.keys) == Set(expected), "the same files")
        for path in expected.sorted() {
            let golden = Array(try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
            guard let bytes = built[path], bytes != golden else { continue }
            Issue.record("\(path) differs from its golden file: \(Self.firstDifference(bytes, golden))")
        }
    }

    @Test(arguments: [("synthetic-30", 30, 2, 3, 400), ("synthetic-160", 160, 1, 4, 0)])
    func syntheticReportMatchesItsDigests(name: String, options: Int, actors: Int, criteria: Int, draws: Int) throws {
        let content = try Self.synthesize(options: options, actors: actors, criteria: criteria)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let built = try Self.build(content: content, draws: draws)
        let manifest = built.keys.sorted().map { "\(ContentDigest.of(built[$0]!)) \($0)" }.joined(separator: "\n") + "\n"
        let file = Self.golden + "/\(name).digests"
        if let reason = try Self.recordingReason() {
            let old = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
            let before = Set(old.split(separator: "\n")), after = Set(manifest.split(separator: "\n"))
            for line in before.subtracting(after).sorted() { print("- \(line)") }
            for line in after.subtracting(before).sorted() { print("+ \(line)") }
            let changed = Set(before.symmetricDifference(after).map { String($0.split(separator: " ", maxSplits: 1).last ?? "") }).sorted()
            try Self.noteRecording(name, reason: reason, changed: changed)
            try manifest.write(toFile: file, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOfFile: file, encoding: .utf8)
        let differing = zip(expected.split(separator: "\n"), manifest.split(separator: "\n")).filter { $0 != $1 }.map { "\($0.0)" }
        #expect(manifest == expected, "files that differ: \(differing.prefix(10))")
    }

    /// Where two files part, with a little of each around that place.
    static func firstDifference(_ actual: [UInt8], _ golden: [UInt8]) -> String {
        let index = (0..<min(actual.count, golden.count)).first { actual[$0] != golden[$0] } ?? min(actual.count, golden.count)
        let line = golden[..<min(index, golden.count)].filter { $0 == 0x0A }.count + 1
        let excerpt = { (bytes: [UInt8]) in String(decoding: bytes[max(0, index - 60)..<min(bytes.count, index + 60)], as: UTF8.self) }
        return "line \(line): got …\(excerpt(actual))… expected …\(excerpt(golden))…"
    }
}
