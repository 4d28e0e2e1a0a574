import AssayCore
import AssayRender
import Foundation

/// Brings an existing `Output/` up to date: writes the files whose bytes changed and removes the files the report no
/// longer has, leaving every other file as it was.
///
/// All or nothing, even under `kill -9`: the update is made in a copy of the output beside it (hard links, so no
/// file's bytes are copied), which is then exchanged with the output in one step. At every instant `Output/` is the
/// old report or the new one; a killed update leaves only its copy beside it, which the next build removes.
struct IncrementalWriter {
    let fileSystem: FileSystem
    var exclusive: SiteBuilder.Exclusive = { try $1() }

    func update(_ output: String, writing files: [OutputFile], removing removed: [String], displayName: String) throws(DiagnosticsError) {
        let staging = OutputWriter.temporaryPrefixes(for: output)[0] + UUID().uuidString.prefix(8)
        do {
            try exclusive(false) { try clone(output, into: staging) }
            let folders = Set(files.map { PathRules.split($0.path).parent }).filter { !$0.isEmpty }
            for folder in folders.sorted() where fileSystem.kind("\(staging)/\(folder)") != .directory {
                try fileSystem.createDirectory("\(staging)/\(folder)")
            }
            // A changed file gets a new name in the copy: writing through a link would change the live output's bytes.
            let failures = Parallel.map(files) { file -> String? in
                let target = "\(staging)/\(file.path)"
                do {
                    if fileSystem.kind(target) != nil { try fileSystem.remove(target) }
                    try fileSystem.write(target, file.contents)
                    return nil
                } catch {
                    return "\(error)"
                }
            }
            if let failure = failures.compactMap({ $0 }).first { throw FileSystemError(path: output, reason: failure) }
            for path in removed where fileSystem.kind("\(staging)/\(path)") != nil {
                try fileSystem.remove("\(staging)/\(path)")
            }
            try pruneEmptyFolders(above: removed, in: staging)
            try exclusive(true) { try fileSystem.exchange(staging, output) }
            // The old report, now in the copy's place: what cannot be removed now, the next build removes.
            try? fileSystem.remove(staging)
        } catch {
            try? fileSystem.remove(staging)
            throw DiagnosticsError([.error(at: .start(of: displayName), "the report cannot be updated: \(error)",
                                           hint: "check that the output folder and the folder around it are writable; 'assay build --clean' writes it afresh")])
        }
    }

    /// The output's folders made again under `copy`, and each of its files linked there.
    private func clone(_ output: String, into copy: String) throws {
        try fileSystem.createDirectory(copy)
        // The copy is new: a folder made once here is there, without asking the disk again for each of its files.
        var made: Set<String> = [""]
        for entry in try fileSystem.files(under: output) {
            let parent = PathRules.split(entry.path).parent
            if made.insert(parent).inserted, fileSystem.kind("\(copy)/\(parent)") != .directory {
                try fileSystem.createDirectory("\(copy)/\(parent)")
            }
            switch entry.kind {
            case .file where PathRules.split(entry.path).name.hasPrefix(".assay-"): continue
            case .file: try fileSystem.link("\(output)/\(entry.path)", "\(copy)/\(entry.path)")
            // Files an older version left half-written, and anything that is not a file, are not carried over.
            case .directory, .symbolicLink, .special: continue
            }
        }
    }

    /// A clean build has no empty folders, so neither may an updated one: removing an option's last page
    /// removes its folder too.
    private func pruneEmptyFolders(above removed: [String], in output: String) throws {
        var folders = Set(removed.map { PathRules.split($0).parent }.filter { !$0.isEmpty })
        while let folder = folders.max(by: { $0.count < $1.count }) {
            folders.remove(folder)
            let path = "\(output)/\(folder)"
            guard fileSystem.kind(path) == .directory, (try? fileSystem.list(path))?.isEmpty == true else { continue }
            try fileSystem.remove(path)
            let parent = PathRules.split(folder).parent
            if !parent.isEmpty { folders.insert(parent) }
        }
    }
}
