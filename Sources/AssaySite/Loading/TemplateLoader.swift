import AssayCore
import AssayRender

/// Reads the theme: the built-in one, with the files of the project's templates folder (if any) in place of the
/// built-in files of the same path. Mustache templates are parsed; other files (the stylesheet, scripts) are copied.
struct TemplateLoader {
    let fileSystem: FileSystem

    struct Loaded {
        var templates: TemplateSet
        var assets: [OutputFile]
        /// Every file read, as diagnostics name it, with the digest of its bytes.
        var inputs: [String: ContentDigest]
        /// The paths of the project's files that take the place of a built-in one, and of those it adds.
        var overridden: [String]
        var added: [String]
    }

    /// - Parameter folder: the project's templates folder; nil uses the built-in theme alone.
    func load(from folder: String?, displayName: String?) throws -> Loaded {
        var files: [String: (shown: String, bytes: [UInt8])] = [:]
        for file in BuiltInTheme.files { files[file.path] = ("\(BuiltInTheme.displayFolder)/\(file.path)", file.contents) }
        let builtIn = Set(files.keys)
        var diagnostics: [Diagnostic] = []
        var own: [String] = []
        if let folder {
            let shown = displayName ?? folder
            guard let resolved = ContentLoader.folder(folder, fileSystem: fileSystem) else {
                throw DiagnosticsError([.error(at: .start(of: shown), "the templates folder does not exist",
                                               hint: "leave --templates out to use the built-in theme, or write it out to edit with 'assay theme copy \(shown)'")])
            }
            let root = PathRules.standardize(resolved)
            do {
                for entry in try fileSystem.files(under: folder) where !PathRules.isHidden(entry.path) {
                    if let refusal = EntryRefusal.check(entry.kind, inside: root, folder: "templates", fileSystem: fileSystem) {
                        diagnostics.append(Diagnostic(at: .start(of: "\(shown)/\(entry.path)"), refusal))
                        continue
                    }
                    files[entry.path] = ("\(shown)/\(entry.path)", try fileSystem.read("\(folder)/\(entry.path)"))
                    own.append(entry.path)
                }
            } catch {
                diagnostics.append(.error(at: .start(of: shown), "the templates folder cannot be read: \(error)"))
            }
        }
        var sources: [String: String] = [:]
        var shownPaths: [String: String] = [:]
        var assets: [OutputFile] = []
        var inputs: [String: ContentDigest] = [:]
        for (path, file) in files.sorted(by: { $0.key < $1.key }) {
            inputs[file.shown] = ContentDigest.of(file.bytes)
            if path.hasSuffix(".mustache") {
                guard let text = String(validating: file.bytes, as: UTF8.self) else {
                    diagnostics.append(.error(at: .start(of: file.shown), "the template is not valid UTF-8 text"))
                    continue
                }
                sources[path] = text
                shownPaths[path] = file.shown
            } else if !path.hasPrefix("partials/") {
                assets.append(OutputFile(path: path, contents: file.bytes))
            }
        }
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        let overridden = own.filter(builtIn.contains).sorted()
        let templates = try TemplateSet(sources: sources, shownPaths: shownPaths, overridden: Set(overridden))
        return Loaded(templates: templates, assets: assets, inputs: inputs,
                      overridden: overridden, added: own.filter { !builtIn.contains($0) }.sorted())
    }
}
