import AssayCore
import AssayRender

/// Reads the templates folder: Mustache templates to parse, and other files (the stylesheet) to copy as they are.
struct TemplateLoader {
    let fileSystem: FileSystem

    struct Loaded {
        var templates: TemplateSet
        var assets: [OutputFile]
        /// Every file read, as diagnostics name it, with the digest of its bytes.
        var inputs: [String: ContentDigest]
    }

    func load(from folder: String, displayName: String) throws -> Loaded {
        guard fileSystem.kind(folder) == .directory else {
            throw DiagnosticsError([.error(at: .start(of: displayName), "the templates folder does not exist",
                                           hint: "pass --templates with the folder that holds layout.mustache")])
        }
        var sources: [String: String] = [:]
        var assets: [OutputFile] = []
        var diagnostics: [Diagnostic] = []
        var inputs: [String: ContentDigest] = [:]
        let root = PathRules.standardize(folder)
        do {
            for entry in try fileSystem.files(under: folder) where !PathRules.isHidden(entry.path) {
                if case .symbolicLink(let destination) = entry.kind, !PathRules.isInside(destination, root) {
                    diagnostics.append(.error(at: .start(of: "\(displayName)/\(entry.path)"),
                                              "a symbolic link that leads outside the templates folder",
                                              hint: "copy the file into the templates folder instead"))
                    continue
                }
                let bytes = try fileSystem.read("\(folder)/\(entry.path)")
                inputs["\(displayName)/\(entry.path)"] = ContentDigest.of(bytes)
                if entry.path.hasSuffix(".mustache") {
                    guard let text = String(validating: bytes, as: UTF8.self) else {
                        diagnostics.append(.error(at: .start(of: "\(displayName)/\(entry.path)"), "the template is not valid UTF-8 text"))
                        continue
                    }
                    sources[entry.path] = text
                } else if !entry.path.hasPrefix("partials/") {
                    assets.append(OutputFile(path: entry.path, contents: bytes))
                }
            }
        } catch {
            diagnostics.append(.error(at: .start(of: displayName), "the templates folder cannot be read: \(error)"))
        }
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return Loaded(templates: try TemplateSet(sources: sources, folder: displayName), assets: assets, inputs: inputs)
    }
}
