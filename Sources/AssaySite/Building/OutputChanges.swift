/// What a build changed in `Output/`, and why.
public struct OutputChanges: Sendable, Equatable {
    /// Whether the build updated an existing report through the build cache rather than writing a new one.
    public var isIncremental: Bool
    /// Input files (as diagnostics name them) added, changed or removed since the last build; empty in a full build.
    public var changedInputs: [String]
    /// Files written, by path inside `Output/`.
    public var written: [String]
    /// Files removed from `Output/` because the report no longer has them.
    public var removed: [String]
    /// Files in the report.
    public var total: Int
    /// Files made again, by path: every file, unless a session knew what each file read and what changed.
    public var rendered: [String]

    public init(isIncremental: Bool, changedInputs: [String], written: [String], removed: [String], total: Int, rendered: [String] = []) {
        self.rendered = rendered
        self.isIncremental = isIncremental
        self.changedInputs = changedInputs
        self.written = written
        self.removed = removed
        self.total = total
    }
}
