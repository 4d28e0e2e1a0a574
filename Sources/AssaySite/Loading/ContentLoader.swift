import AssayCore

/// Reads every file of the content folder, refusing links that lead out of it.
struct ContentLoader {
    let fileSystem: FileSystem

    /// The files, and diagnostics for what cannot be read or must not be followed.
    func load(from folder: String, displayName: String) -> (files: [ContentFile], diagnostics: [Diagnostic]) {
        guard fileSystem.kind(folder) == .directory else {
            return ([], [.error(at: .start(of: displayName), "the content folder does not exist",
                                hint: "pass --content with the folder that holds article.md")])
        }
        let entries: [(path: String, kind: FileSystem.EntryKind)]
        do {
            entries = try fileSystem.files(under: folder)
        } catch {
            return ([], [.error(at: .start(of: displayName), "the content folder cannot be read: \(error)")])
        }
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        let root = PathRules.standardize(folder)
        for entry in entries where !PathRules.isHidden(entry.path) {
            let display = "\(displayName)/\(entry.path)"
            if case .symbolicLink(let destination) = entry.kind {
                guard PathRules.isInside(destination, root), fileSystem.kind(destination) == .file else {
                    diagnostics.append(.error(at: .start(of: display), "a symbolic link that leads outside the content folder",
                                              hint: "copy the file into the content folder instead of linking to it"))
                    continue
                }
            }
            do {
                files.append(ContentFile(relativePath: entry.path, displayPath: display,
                                         bytes: try fileSystem.read("\(folder)/\(entry.path)")))
            } catch {
                diagnostics.append(.error(at: .start(of: display), "the file cannot be read: \(error)"))
            }
        }
        return (files, diagnostics)
    }
}
