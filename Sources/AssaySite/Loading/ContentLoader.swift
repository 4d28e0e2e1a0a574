import AssayCore

/// Reads every file of the content folder, refusing links that lead out of it.
struct ContentLoader {
    let fileSystem: FileSystem

    /// The files, and diagnostics for what cannot be read or must not be followed.
    func load(from folder: String, displayName: String) -> (files: [ContentFile], diagnostics: [Diagnostic]) {
        guard let resolved = Self.folder(folder, fileSystem: fileSystem) else {
            return ([], [.error(at: .start(of: displayName), "the content folder does not exist",
                                hint: "pass --content with the folder that holds article.md")])
        }
        let entries: [(path: String, kind: FileSystem.EntryKind)]
        do {
            entries = try fileSystem.files(under: folder)
        } catch {
            return ([], [.error(at: .start(of: displayName), "the content folder cannot be read: \(error)")])
        }
        let root = PathRules.standardize(resolved)
        let fileSystem = self.fileSystem
        // Files are read on every core; the results keep the sorted order of `entries`.
        let results = Parallel.map(entries.filter { !PathRules.isHidden($0.path) }) { entry -> Result<ContentFile, Diagnostic> in
            let display = "\(displayName)/\(entry.path)"
            if let refusal = EntryRefusal.check(entry.kind, inside: root, folder: "content", fileSystem: fileSystem) {
                return .failure(Diagnostic(at: .start(of: display), refusal))
            }
            do {
                return .success(ContentFile(relativePath: entry.path, displayPath: display,
                                            bytes: try fileSystem.read("\(folder)/\(entry.path)")))
            } catch {
                // A name that is not UTF-8 is listed with U+FFFD in place of its bad bytes, and no such path exists.
                if entry.path.unicodeScalars.contains("\u{FFFD}") {
                    return .failure(.error(at: .start(of: display), "the file name is not valid UTF-8, so the file cannot be opened",
                                           hint: "rename the file with a name in UTF-8 (its bad bytes are shown as \u{FFFD})"))
                }
                return .failure(.error(at: .start(of: display), "the file cannot be read: \(error)",
                                       hint: "check the file's permissions"))
            }
        }
        var files: [ContentFile] = []
        var diagnostics: [Diagnostic] = []
        for result in results {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let diagnostic): diagnostics.append(diagnostic)
            }
        }
        return (files, diagnostics)
    }
}

extension ContentLoader {
    /// Where a folder given on the command line really is: itself, or the folder a symbolic link leads to; nil when it
    /// is neither.
    static func folder(_ path: String, fileSystem: FileSystem) -> String? {
        switch fileSystem.kind(path) {
        case .directory?: return path
        case .symbolicLink(let destination)? where fileSystem.kind(destination) == .directory: return destination
        default: return nil
        }
    }

    /// The content after the files at `changedPaths` (paths as the watcher names them, under `folder`) changed: those
    /// read again or dropped, the others as they were, and the display paths of the files read again. Nil when
    /// only a full read can tell (a folder or a link changed, or the last read had problems).
    func reload(_ previous: [ContentFile], hadProblems: Bool, from folder: String, displayName: String,
                changedPaths: Set<String>) -> (files: [ContentFile], reread: Set<String>)? {
        guard !hadProblems else { return nil }
        var files = previous
        // A save changes a file or two: a scan finds them sooner than an index of tens of thousands of files is made.
        let index = changedPaths.count > 16
            ? Dictionary(files.enumerated().map { ($1.relativePath, $0) }, uniquingKeysWith: { first, _ in first }) : nil
        func position(_ relative: String) -> Int? {
            index.map { $0[relative] } ?? files.firstIndex { $0.relativePath == relative }
        }
        var appended: [ContentFile] = []
        var reread: Set<String> = [], removed: Set<String> = []
        var added = false
        for path in changedPaths {
            guard path.hasPrefix(folder + "/") else { continue }
            let relative = String(path.dropFirst(folder.count + 1))
            if PathRules.isHidden(relative) { continue }
            switch fileSystem.kind(path) {
            case nil:
                if position(relative) != nil || appended.contains(where: { $0.relativePath == relative }) { removed.insert(relative) }
            case .file?:
                guard let bytes = try? fileSystem.read(path) else { return nil }
                let file = ContentFile(relativePath: relative, displayPath: "\(displayName)/\(relative)", bytes: bytes)
                if let at = position(relative) {
                    files[at] = file
                } else if let at = appended.firstIndex(where: { $0.relativePath == relative }) {
                    appended[at] = file
                } else {
                    appended.append(file)
                    added = true
                }
                reread.insert(file.displayPath)
            case .directory?, .symbolicLink?, .special?:
                return nil
            }
        }
        files += appended
        if !removed.isEmpty { files.removeAll { removed.contains($0.relativePath) } }
        if added { files.sort { $0.relativePath < $1.relativePath } }
        return (files, reread)
    }
}
