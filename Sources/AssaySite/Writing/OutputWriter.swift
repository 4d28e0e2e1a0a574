import AssayCore
import AssayRender
import Foundation

/// Writes a finished report into a fresh folder beside `Output/`, then swaps it in.
///
/// Readers and static servers never see a half-written report, and a build that fails
/// before the swap leaves the previous `Output/` exactly as it was.
struct OutputWriter {
    let fileSystem: FileSystem
    var exclusive: SiteBuilder.Exclusive = { try $1() }

    /// The prefix of this process's temporary folders beside `output`, so an interrupted build can remove its own.
    static func temporaryPrefixes(for output: String) -> [String] {
        let pid = ProcessInfo.processInfo.processIdentifier
        return ["\(output).tmp-\(pid)-", "\(output).old-\(pid)-"]
    }

    /// Kept in every output so the folder can stay in git while its contents are ignored.
    static let gitignore = OutputFile(path: ".gitignore", contents: Array("*\n!.gitignore\n".utf8))

    func write(_ files: [OutputFile], to output: String, displayName: String) throws(DiagnosticsError) {
        if let kind = fileSystem.kind(output), kind != .directory {
            throw DiagnosticsError([.error(at: .start(of: displayName), "the output path exists and is not a folder",
                                           hint: "remove it or pass --output with another folder")])
        }
        let token = UUID().uuidString.prefix(8)
        let prefixes = Self.temporaryPrefixes(for: output)
        let staging = prefixes[0] + token
        let retired = prefixes[1] + token
        do {
            // One exclusive step: a signal waits for the writing to finish, then removes the folder whole.
            try exclusive(false) {
                let all = files + [Self.gitignore]
                let folders = Set(all.map { ($0.path as NSString).deletingLastPathComponent }).sorted()
                try fileSystem.createDirectory(staging)
                for folder in folders where !folder.isEmpty { try fileSystem.createDirectory("\(staging)/\(folder)") }
                let failures = Parallel.map(all) { file -> String? in
                    do {
                        try fileSystem.write("\(staging)/\(file.path)", file.contents)
                        return nil
                    } catch {
                        return "\(error)"
                    }
                }
                if let failure = failures.compactMap({ $0 }).first { throw FileSystemError(path: staging, reason: failure) }
            }
        } catch {
            try? fileSystem.remove(staging)
            throw DiagnosticsError([.error(at: .start(of: displayName), "the report cannot be written: \(error)",
                                           hint: "check that the folder containing the output is writable")])
        }
        do {
            try exclusive(true) {
                let hadOutput = fileSystem.kind(output) != nil
                if hadOutput { try fileSystem.move(output, retired) }
                do {
                    try fileSystem.move(staging, output)
                } catch {
                    if hadOutput { try? fileSystem.move(retired, output) }
                    throw error
                }
                if hadOutput { try? fileSystem.remove(retired) }
            }
        } catch {
            try? fileSystem.remove(staging)
            throw DiagnosticsError([.error(at: .start(of: displayName), "the new report cannot replace the old one: \(error)",
                                           hint: "check the permissions of the output folder and the folder around it")])
        }
    }
}
