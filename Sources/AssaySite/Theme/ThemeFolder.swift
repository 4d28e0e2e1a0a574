import AssayCore
import AssayRender

/// A project's templates folder beside the built-in theme: which of its files take the place of a built-in one, and
/// the built-in theme written out, to edit.
public enum ThemeFolder {
    /// What a templates folder changes: files that replace built-in ones with other bytes, files the theme does not
    /// have (copied into the report as they are, or partials), and files that are the same as the built-in ones.
    public struct Overrides: Sendable, Equatable {
        public var replaced: [String]
        public var added: [String]
        public var unchanged: [String]
    }

    public static func overrides(in folder: String, fileSystem: FileSystem) -> Overrides {
        let builtIn = Dictionary(uniqueKeysWithValues: BuiltInTheme.files.map { ($0.path, $0.contents) })
        var result = Overrides(replaced: [], added: [], unchanged: [])
        for entry in (try? fileSystem.files(under: folder)) ?? [] where !PathRules.isHidden(entry.path) {
            guard let original = builtIn[entry.path] else {
                result.added.append(entry.path)
                continue
            }
            if (try? fileSystem.read("\(folder)/\(entry.path)")) == original {
                result.unchanged.append(entry.path)
            } else {
                result.replaced.append(entry.path)
            }
        }
        return result
    }

    /// Writes every file of the built-in theme under `folder`. Refuses, writing nothing, when any of them exists.
    /// - Returns: the paths written, relative to `folder`.
    public static func copy(to folder: String, fileSystem: FileSystem) throws(DiagnosticsError) -> [String] {
        let existing = BuiltInTheme.files.filter { fileSystem.kind("\(folder)/\($0.path)") != nil }
        guard existing.isEmpty else {
            throw DiagnosticsError(existing.map {
                .error(at: .start(of: "\(folder)/\($0.path)"), "the file already exists",
                       hint: "choose a new folder, or move this file away first; nothing was written")
            })
        }
        do {
            for file in BuiltInTheme.files { try fileSystem.write("\(folder)/\(file.path)", file.contents) }
        } catch {
            throw DiagnosticsError([.error(at: .start(of: folder), "the theme cannot be written: \(error)",
                                           hint: "check that the folder can be written to")])
        }
        return BuiltInTheme.files.map(\.path)
    }
}
