/// One file of content as read from disk, before parsing: the core never touches the file system itself.
public struct ContentFile: Sendable, Hashable {
    /// The path relative to the content folder, with `/` separators (`options/x.md`).
    public var relativePath: String
    /// The path as shown in diagnostics (`Content/options/x.md`).
    public var displayPath: String
    public var bytes: [UInt8]

    public init(relativePath: String, displayPath: String, bytes: [UInt8]) {
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.bytes = bytes
    }

    public init(relativePath: String, displayPath: String? = nil, text: String) {
        self.init(relativePath: relativePath, displayPath: displayPath ?? relativePath, bytes: Array(text.utf8))
    }
}
