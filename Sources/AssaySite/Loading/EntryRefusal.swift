import AssayCore

/// Why an entry of the content or templates folder is not read, in words that say what it really is: a pipe, a
/// socket or a device (refused by type, never opened), a link that leads nowhere, out of the folder, or to a folder.
enum EntryRefusal {
    /// Nil for a regular file, or a link to one inside `root`.
    static func check(_ kind: FileSystem.EntryKind, inside root: String, folder: String, fileSystem: FileSystem) -> Diagnostic.Problem? {
        switch kind {
        case .file, .directory:
            return nil
        case .special:
            return Diagnostic.Problem("a named pipe, socket or device, not a file: it is not read",
                                      hint: "remove it from the \(folder) folder; only regular files are read")
        case .symbolicLink(let destination):
            guard PathRules.isInside(destination, root) else {
                return Diagnostic.Problem("a symbolic link that leads outside the \(folder) folder",
                                      hint: "copy the file into the \(folder) folder instead of linking to it")
            }
            switch fileSystem.kind(destination) {
            case .file?:
                return nil
            case nil, .symbolicLink?:
                // A link that cannot be resolved names itself, or nothing, as its destination.
                return Diagnostic.Problem("a symbolic link to a file that does not exist",
                                      hint: "remove the link, or make it point to a file in the \(folder) folder")
            case .directory?:
                return Diagnostic.Problem("a symbolic link to a folder: links are followed to files only",
                                      hint: "put the files in the \(folder) folder itself")
            case .special?:
                return Diagnostic.Problem("a symbolic link to a named pipe, socket or device: it is not read",
                                      hint: "remove the link; only regular files are read")
            }
        }
    }
}
