import AssayCore
import AssayRender
import Foundation

/// Brings an existing `Output/` up to date in place: writes the files whose bytes changed and removes the
/// files the report no longer has, leaving every other file untouched.
///
/// Each file is written beside its place and renamed over it, so a reader never sees half a file; the whole
/// update is one exclusive step, so a signal never leaves it half done.
struct IncrementalWriter {
    let fileSystem: FileSystem
    var exclusive: SiteBuilder.Exclusive = { try $1() }

    func update(_ output: String, writing files: [OutputFile], removing removed: [String], displayName: String) throws(DiagnosticsError) {
        do {
            try exclusive(true) {
                let folders = Set(files.map { ($0.path as NSString).deletingLastPathComponent }).filter { !$0.isEmpty }
                for folder in folders.sorted() where fileSystem.kind("\(output)/\(folder)") != .directory {
                    try fileSystem.createDirectory("\(output)/\(folder)")
                }
                // Every new file is written beside its place first; only when all are written are they renamed
                // over the old ones, so a full disk leaves the old report whole.
                let token = UUID().uuidString.prefix(8)
                let temporaries = files.map { file in
                    let folder = (file.path as NSString).deletingLastPathComponent
                    return "\(output)/\(folder.isEmpty ? "" : folder + "/").assay-\(token)-\((file.path as NSString).lastPathComponent)"
                }
                let failures = Parallel.map(Array(zip(files, temporaries))) { file, temporary -> String? in
                    do {
                        try fileSystem.write(temporary, file.contents)
                        return nil
                    } catch {
                        return "\(error)"
                    }
                }
                if let failure = failures.compactMap({ $0 }).first {
                    for temporary in temporaries where fileSystem.kind(temporary) != nil { try? fileSystem.remove(temporary) }
                    throw FileSystemError(path: output, reason: failure)
                }
                for (file, temporary) in zip(files, temporaries) { try fileSystem.move(temporary, "\(output)/\(file.path)") }
                for path in removed where fileSystem.kind("\(output)/\(path)") != nil {
                    try fileSystem.remove("\(output)/\(path)")
                }
                try pruneEmptyFolders(above: removed, in: output)
            }
        } catch {
            throw DiagnosticsError([.error(at: .start(of: displayName), "the report cannot be updated: \(error)",
                                           hint: "check that the output folder is writable; 'assay build --clean' writes it afresh")])
        }
    }

    /// A clean build has no empty folders, so neither may an updated one: removing an option's last page
    /// removes its folder too.
    private func pruneEmptyFolders(above removed: [String], in output: String) throws {
        var folders = Set(removed.map { ($0 as NSString).deletingLastPathComponent }.filter { !$0.isEmpty })
        while let folder = folders.max(by: { $0.count < $1.count }) {
            folders.remove(folder)
            let path = "\(output)/\(folder)"
            guard fileSystem.kind(path) == .directory, (try? fileSystem.list(path))?.isEmpty == true else { continue }
            try fileSystem.remove(path)
            let parent = (folder as NSString).deletingLastPathComponent
            if !parent.isEmpty { folders.insert(parent) }
        }
    }
}
