import Foundation
import Testing

/// A scratch folder with `Content/` (a copy of the minimal fixture), `Templates/` (a copy of the
/// shipped templates) and a good `Output/`, in which the real `assay` command is run.
struct AssayRun {
    let folder: String

    static var executable: String { RepositoryPaths.root + "/.build/debug/assay" }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func prepared(content: String = RepositoryPaths.fixtures + "/minimal") throws -> AssayRun {
        let run = AssayRun(folder: try RepositoryPaths.scratch())
        let manager = FileManager.default
        try manager.copyItem(atPath: content, toPath: run.folder + "/Content")
        try manager.copyItem(atPath: RepositoryPaths.templates, toPath: run.folder + "/Templates")
        let result = try run.assay(["build", "--quiet"])
        try #require(result.status == 0, "the starting content must build: \(result.stderr)")
        return run
    }

    /// The `assay` command with `arguments`, to run in this folder; not started.
    func command(_ arguments: [String]) throws -> Process {
        try #require(FileManager.default.isExecutableFile(atPath: Self.executable),
                     "build the command first with 'swift build' (make test does)")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: Self.executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        return process
    }

    /// Synthetic content from `assay-synth` in `name` below this folder: one actor, two criteria.
    func synthesize(_ name: String, options: Int, paragraphs: Int) throws {
        let synth = Process()
        synth.executableURL = URL(fileURLWithPath: RepositoryPaths.root + "/.build/debug/assay-synth")
        synth.arguments = [folder + "/" + name, "--options", String(options), "--actors", "1", "--criteria", "2",
                           "--paragraphs", String(paragraphs)]
        try synth.run()
        synth.waitUntilExit()
        try #require(synth.terminationStatus == 0)
    }

    func assay(_ arguments: [String]) throws -> Result {
        let process = try command(arguments)
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    func apply(_ changes: [BadInputCase.Change]) throws {
        let manager = FileManager.default
        let content = folder + "/Content/", templates = folder + "/Templates/"
        for change in changes {
            switch change {
            case .replace(let path, let old, let new):
                let text = try String(contentsOfFile: content + path, encoding: .utf8)
                try #require(text.contains(old), "\(path) does not contain \(old)")
                try text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old))
                    .write(toFile: content + path, atomically: true, encoding: .utf8)
            case .write(let path, let text):
                try manager.createDirectory(atPath: ((content + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
                try text.write(toFile: content + path, atomically: true, encoding: .utf8)
            case .bytes(let path, let bytes):
                try Data(bytes).write(to: URL(fileURLWithPath: content + path))
            case .delete(let path):
                try manager.removeItem(atPath: content + path)
            case .symlink(let path, let target):
                try manager.createSymbolicLink(atPath: content + path, withDestinationPath: target)
            case .deleteTemplate(let path):
                try manager.removeItem(atPath: templates + path)
            case .replaceTemplate(let path, let old, let new):
                let text = try String(contentsOfFile: templates + path, encoding: .utf8)
                try #require(text.contains(old), "\(path) does not contain \(old)")
                try text.replacingOccurrences(of: old, with: new, options: [], range: text.range(of: old))
                    .write(toFile: templates + path, atomically: true, encoding: .utf8)
            case .outputIsAFile:
                try manager.removeItem(atPath: folder + "/Output")
                try "not a folder".write(toFile: folder + "/Output", atomically: true, encoding: .utf8)
            }
        }
    }

    /// Every file below `Output` (or the file itself) with its bytes.
    func snapshotOutput() throws -> [String: Data] {
        let output = folder + "/Output"
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: output, isDirectory: &isDirectory) else { return [:] }
        guard isDirectory.boolValue else { return ["": try Data(contentsOf: URL(fileURLWithPath: output))] }
        var snapshot: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: output) ?? FileManager.default.enumerator(atPath: "/")! {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: output + "/" + path, isDirectory: &isFolder)
            if !isFolder.boolValue { snapshot[path] = try Data(contentsOf: URL(fileURLWithPath: output + "/" + path)) }
        }
        return snapshot
    }

    /// Temporary folders a build left beside `Output`.
    func strayFolders() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("Output.") }
    }
}
