import Testing
@testable import AssayCore

/// Shapes an attacker (or an accident) can write that must not crash or stall a build: refused as located errors
/// while libyaml's events are read, before any tree is built.
@Suite struct HostileYAMLTests {
    /// The mapping of `x:` is the first level, so the list that opens the 64th is one too many.
    @Test(arguments: [60_000, 400_000])
    func deepFlowNestingIsRefusedAtTheFirstLevelTooMany(depth: Int) {
        let yaml = "x: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth)
        #expect(throws: YAMLError(kind: .tooDeep(limit: YAMLReader.maximumDepth), problem: "lists and mappings nest more than 64 deep",
                                  line: 1, column: 3 + YAMLReader.maximumDepth)) {
            try YAMLReader.read(yaml)
        }
    }

    @Test func aMillionDeepIsRefusedByItsLengthFirst() {
        let yaml = "x: " + String(repeating: "[", count: 1_000_000) + String(repeating: "]", count: 1_000_000)
        #expect(throws: YAMLError(kind: .tooLong(limit: YAMLReader.maximumLength), problem: "it is longer than 1024 KB", line: 1, column: 1)) {
            try YAMLReader.read(yaml)
        }
    }

    @Test func deepBlockNestingIsRefusedToo() {
        let yaml = (0..<100).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " v\n"
        do {
            _ = try YAMLReader.read(yaml)
            Issue.record("100 nested mappings were read")
        } catch {
            #expect(error.kind == .tooDeep(limit: YAMLReader.maximumDepth))
            #expect(error.line == YAMLReader.maximumDepth + 1)
        }
    }

    @Test func nestingUpToTheLimitIsRead() throws {
        let depth = YAMLReader.maximumDepth
        let yaml = String(repeating: "[", count: depth) + "a" + String(repeating: "]", count: depth)
        var node = try #require(try YAMLReader.read(yaml))
        var levels = 0
        while case .sequence(let items) = node.value, let first = items.first {
            levels += 1
            node = first
        }
        #expect(levels == depth)
        #expect(node.scalar?.string == "a")
    }

    @Test func overlongFrontMatterIsRefusedBeforeItIsRead() {
        let yaml = "summary: " + String(repeating: "a", count: YAMLReader.maximumLength)
        #expect(throws: YAMLError(kind: .tooLong(limit: YAMLReader.maximumLength), problem: "it is longer than 1024 KB", line: 1, column: 1)) {
            try YAMLReader.read(yaml)
        }
    }

    @Test func theDiagnosticSaysWhereAndWhatToDo() throws {
        let text = "---\ntitle: t\nsummary: s\nx: " + String(repeating: "[", count: 60_000) + String(repeating: "]", count: 60_000) + "\n---\nb\n"
        let frontMatter = try FrontMatter.split(text, file: "options/deep.md").get()
        let fields = FrontMatterFields(frontMatter, file: "options/deep.md")
        #expect(fields.diagnostics.map(\.description) == [
            "options/deep.md:4:\(3 + YAMLReader.maximumDepth): error: the front matter nests lists and mappings more than 64 deep\n"
                + "    hint: front matter needs a few levels at most: write the value as a plain list of 'key: value' entries",
        ])
    }
}
