/// The file-system operations a build needs, as values: the real disk, or memory in tests.
public struct FileSystem: Sendable {
    /// What is at a path, without following a final symbolic link.
    public enum EntryKind: Sendable, Equatable {
        case file
        case directory
        /// A symbolic link, with the absolute, standardised path it resolves to.
        case symbolicLink(destination: String)
        /// A named pipe, socket or device: never opened, since reading one can block forever or never end.
        case special
    }

    public var read: @Sendable (_ path: String) throws -> [UInt8]
    public var write: @Sendable (_ path: String, _ contents: [UInt8]) throws -> Void
    /// Entries directly inside a directory, by name.
    public var list: @Sendable (_ path: String) throws -> [String]
    public var kind: @Sendable (_ path: String) -> EntryKind?
    public var createDirectory: @Sendable (_ path: String) throws -> Void
    public var move: @Sendable (_ from: String, _ to: String) throws -> Void
    public var remove: @Sendable (_ path: String) throws -> Void
    /// Entries directly inside a directory with their kind where the listing itself tells it (a file or a folder),
    /// so a walk need not ask for each one; nil kinds are asked for. Nil: `list` and `kind` serve.
    public var listKinds: (@Sendable (_ path: String) throws -> [(name: String, kind: EntryKind?)])?
    /// Adds bytes to the end of an existing file: how a large page is written in pieces.
    public var append: @Sendable (_ path: String, _ contents: [UInt8]) throws -> Void
    /// Swaps two existing paths in one step, so that each name always holds one of the two (a new report for an old
    /// one). Where the system cannot, three renames, with an instant where one name holds neither.
    public var exchange: @Sendable (_ first: String, _ second: String) throws -> Void
    /// A second name for a file's bytes (a hard link): how an update copies a report without copying its files.
    public var link: @Sendable (_ existing: String, _ new: String) throws -> Void
    /// A regular file's size, and `length` of its bytes from `offset`: how `serve` sends a large file in pieces.
    /// Nil where the file system has no ranged reads (tests in memory): files are then read whole.
    public var size: (@Sendable (_ path: String) -> Int?)?
    public var readRange: (@Sendable (_ path: String, _ offset: Int, _ length: Int) throws -> [UInt8])?

    /// What changes the tree rather than a file's bytes.
    public struct TreeOperations: Sendable {
        public var createDirectory: @Sendable (_ path: String) throws -> Void
        public var move: @Sendable (_ from: String, _ to: String) throws -> Void
        public var remove: @Sendable (_ path: String) throws -> Void

        public init(createDirectory: @escaping @Sendable (String) throws -> Void, move: @escaping @Sendable (String, String) throws -> Void,
                    remove: @escaping @Sendable (String) throws -> Void) {
            self.createDirectory = createDirectory
            self.move = move
            self.remove = remove
        }
    }

    /// What a system can do in one step that would otherwise be made of the other operations (or, for sizes and
    /// ranged reads, not done at all): each nil falls back.
    public struct Shortcuts: Sendable {
        public var listKinds: (@Sendable (String) throws -> [(name: String, kind: EntryKind?)])?
        public var append: (@Sendable (String, [UInt8]) throws -> Void)?
        public var exchange: (@Sendable (String, String) throws -> Void)?
        public var link: (@Sendable (String, String) throws -> Void)?
        public var size: (@Sendable (String) -> Int?)?
        public var readRange: (@Sendable (String, Int, Int) throws -> [UInt8])?

        public init(listKinds: (@Sendable (String) throws -> [(name: String, kind: EntryKind?)])? = nil,
                    append: (@Sendable (String, [UInt8]) throws -> Void)? = nil,
                    exchange: (@Sendable (String, String) throws -> Void)? = nil,
                    link: (@Sendable (String, String) throws -> Void)? = nil,
                    size: (@Sendable (String) -> Int?)? = nil,
                    readRange: (@Sendable (String, Int, Int) throws -> [UInt8])? = nil) {
            self.listKinds = listKinds
            self.append = append
            self.exchange = exchange
            self.link = link
            self.size = size
            self.readRange = readRange
        }
    }

    public init(read: @escaping @Sendable (String) throws -> [UInt8],
                write: @escaping @Sendable (String, [UInt8]) throws -> Void,
                list: @escaping @Sendable (String) throws -> [String],
                kind: @escaping @Sendable (String) -> EntryKind?,
                tree: TreeOperations,
                shortcuts: Shortcuts = Shortcuts()) {
        let move = tree.move
        self.size = shortcuts.size
        self.readRange = shortcuts.readRange
        self.listKinds = shortcuts.listKinds
        self.append = shortcuts.append ?? { path, contents in try write(path, try read(path) + contents) }
        self.exchange = shortcuts.exchange ?? { first, second in
            let aside = second + ".exchange"
            try move(second, aside)
            try move(first, second)
            try move(aside, first)
        }
        self.link = shortcuts.link ?? { existing, new in try write(new, try read(existing)) }
        self.read = read
        self.write = write
        self.list = list
        self.kind = kind
        self.createDirectory = tree.createDirectory
        self.move = tree.move
        self.remove = tree.remove
    }

    /// Every file below `root`, as paths relative to it with `/` separators, sorted.
    /// Symbolic links are returned as they are, for the caller to judge.
    public func files(under root: String) throws -> [(path: String, kind: EntryKind)] {
        var result: [(String, EntryKind)] = []
        var pending = [""]
        while let relative = pending.popLast() {
            let absolute = relative.isEmpty ? root : root + "/" + relative
            let listed = try listKinds?(absolute) ?? list(absolute).map { ($0, nil) }
            for (name, known) in listed.sorted(by: { $0.0 < $1.0 }) {
                let child = relative.isEmpty ? name : relative + "/" + name
                switch known ?? kind(root + "/" + child) {
                case .directory: pending.append(child)
                case let entry?: result.append((child, entry))
                case nil: break
                }
            }
        }
        return result.sorted { $0.0 < $1.0 }
    }
}
