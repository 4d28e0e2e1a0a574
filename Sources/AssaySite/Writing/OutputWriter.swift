import AssayCore
import AssayRender
import Foundation

/// Writes a report into a fresh folder beside `Output/` as its files are made, then swaps it in.
///
/// Readers and static servers never see a half-written report, and a build that fails before the swap leaves the
/// previous `Output/` exactly as it was. Files stream in from the renderer's threads, so the report is never held
/// in memory whole.
struct OutputWriter {
    let fileSystem: FileSystem
    var exclusive: SiteBuilder.Exclusive = { try $1() }

    /// The prefix of this process's temporary folders beside `output`, so an interrupted build can remove its own.
    static func temporaryPrefixes(for output: String) -> [String] {
        let pid = ProcessInfo.processInfo.processIdentifier
        return ["\(output).tmp-\(pid)-", "\(output).old-\(pid)-"]
    }

    /// Removes what builds killed before they could clean up left beside `output`: their staging folders and the old
    /// reports they swapped out. (An older version's temporary files inside the output are not carried into the next
    /// update's copy: `IncrementalWriter`.) Only one build at a time writes into an output (`OutputLock`), so none of
    /// these belongs to a build still running.
    func removeLeftovers(of output: String) {
        let (parent, name) = PathRules.split(output)
        let folder = parent.isEmpty ? "." : parent
        for entry in (try? fileSystem.list(folder)) ?? []
        where entry.hasPrefix(name + ".tmp-") || entry.hasPrefix(name + ".old-") || entry == name + ".exchange" {
            try? fileSystem.remove(folder + "/" + entry)
        }
    }

    /// Kept in every output so the folder can stay in git while its contents are ignored.
    static let gitignore = OutputFile(path: ".gitignore", contents: Array("*\n!.gitignore\n".utf8))

    /// A new, empty staging folder for a report that will replace `output`.
    func begin(_ output: String, displayName: String) throws -> Staging {
        if let kind = fileSystem.kind(output), kind != .directory {
            throw DiagnosticsError([.error(at: .start(of: displayName), "the output path exists and is not a folder",
                                           hint: "remove it or pass --output with another folder")])
        }
        let token = UUID().uuidString.prefix(8)
        let prefixes = Self.temporaryPrefixes(for: output)
        let staging = Staging(writer: self, output: output, displayName: displayName, folder: prefixes[0] + token,
                              retired: prefixes[1] + token)
        do {
            try exclusive(false) { try fileSystem.createDirectory(staging.folder) }
        } catch {
            staging.abandon()
            throw staging.failure(error)
        }
        return staging
    }

    /// A report being written beside the output. Each file is written in a step of its own that a signal waits for;
    /// the signal handler then removes the folder whole.
    final class Staging: @unchecked Sendable {
        let writer: OutputWriter
        let output: String
        let displayName: String
        let folder: String
        let retired: String
        private let lock = NSLock()
        private var folders: Set<String> = [""]

        init(writer: OutputWriter, output: String, displayName: String, folder: String, retired: String) {
            self.writer = writer
            self.output = output
            self.displayName = displayName
            self.folder = folder
            self.retired = retired
        }

        /// Writes one file of the report, or a further piece of it; from any thread.
        func write(_ path: String, _ contents: [UInt8], appending: Bool = false) throws {
            let parent = PathRules.split(path).parent
            do {
                try writer.exclusive(false) {
                    if lock.withLock({ folders.insert(parent).inserted }) {
                        try writer.fileSystem.createDirectory("\(folder)/\(parent)")
                    }
                    if appending {
                        try writer.fileSystem.append("\(folder)/\(path)", contents)
                    } else {
                        try writer.fileSystem.write("\(folder)/\(path)", contents)
                    }
                }
            } catch {
                throw failure(error)
            }
        }

        /// Puts the staged report in place of the output; a warning when the previous report, swapped out, cannot be
        /// removed from beside it (the report is complete; the next build tries again).
        @discardableResult
        func commit() throws -> Diagnostic? {
            try write(OutputWriter.gitignore.path, OutputWriter.gitignore.contents)
            let fileSystem = writer.fileSystem
            var leftover: Error?
            do {
                try writer.exclusive(true) {
                    // One exchange: killed at any instant, the output is the old report or the new one, never neither;
                    // what is left beside it the next build removes (`OutputWriter.removeLeftovers`).
                    if fileSystem.kind(output) != nil {
                        try fileSystem.exchange(folder, output)
                        do { try fileSystem.remove(folder) } catch { leftover = error }
                    } else {
                        try fileSystem.move(folder, output)
                    }
                }
                return leftover.map {
                    .warning(at: .start(of: displayName), "the previous report is still beside the new one, at \(folder): \($0)",
                             hint: "the new report is complete; remove that folder by hand if the next build cannot")
                }
            } catch {
                abandon()
                throw DiagnosticsError([.error(at: .start(of: displayName), "the new report cannot replace the old one: \(error)",
                                               hint: "check the permissions of the output folder and the folder around it")])
            }
        }

        /// Removes the staging folder: the build failed, and the output stays as it was.
        func abandon() {
            try? writer.fileSystem.remove(folder)
        }

        /// The error of a failed write; the builder abandons the folder once no thread writes to it any more.
        func failure(_ error: Error) -> DiagnosticsError {
            DiagnosticsError([.error(at: .start(of: displayName), "the report cannot be written: \(error)",
                                            hint: "check that the folder containing the output is writable")])
        }
    }
}
