import Testing
@testable import AssayCore

/// The YAML reader over libyaml's events: values as written, where they are written, and located errors.
@Suite struct YAMLReaderTests {
    /// The text of `yaml` with its markers (1️⃣, 2️⃣, …) removed, and the 1-based line and column of each.
    static func marked(_ yaml: String) -> (text: String, marks: [String: (line: Int, column: Int)]) {
        var text = "", marks: [String: (Int, Int)] = [:]
        var line = 1, column = 1
        for character in yaml {
            if let scalar = character.unicodeScalars.first, (0x31...0x39).contains(scalar.value), character.unicodeScalars.count > 1 {
                marks[String(character)] = (line, column)
                continue
            }
            text.append(character)
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (text, marks)
    }

    static func read(_ yaml: String) throws -> YAMLNode {
        try #require(try YAMLReader.read(yaml))
    }

    static func pairs(_ node: YAMLNode) throws -> [YAMLPair] {
        guard case .mapping(let pairs) = node.value else { throw Unexpected.notAMapping }
        return pairs
    }

    static func items(_ node: YAMLNode) throws -> [YAMLNode] {
        guard case .sequence(let items) = node.value else { throw Unexpected.notAList }
        return items
    }

    enum Unexpected: Error { case notAMapping, notAList }

    // MARK: Scalars

    struct ScalarCase: Sendable, CustomTestStringConvertible {
        var yaml: String
        var string: String
        var style: YAMLScalar.Style
        var tag: String? = nil
        var testDescription: String { yaml }
    }

    /// Scalars keep their text: `true`, `0.5`, `~` and `yes` are not given a type by the reader.
    @Test(arguments: [
        ScalarCase(yaml: "v: true", string: "true", style: .plain),
        ScalarCase(yaml: "v: 0.5", string: "0.5", style: .plain),
        ScalarCase(yaml: "v: yes", string: "yes", style: .plain),
        ScalarCase(yaml: "v: ~", string: "~", style: .plain),
        ScalarCase(yaml: "v: 2024-05-01", string: "2024-05-01", style: .plain),
        ScalarCase(yaml: "v:", string: "", style: .plain),
        ScalarCase(yaml: "v: 'it''s: quoted'", string: "it's: quoted", style: .singleQuoted),
        ScalarCase(yaml: #"v: "tab\there \u00e9 \"q\"""#, string: "tab\there é \"q\"", style: .doubleQuoted),
        ScalarCase(yaml: "v: |\n  one\n  two\n", string: "one\ntwo\n", style: .literal),
        ScalarCase(yaml: "v: >-\n  one\n  two\n\n  three\n", string: "one two\nthree", style: .folded),
        ScalarCase(yaml: "v: a plain\n  value over\n  three lines", string: "a plain value over three lines", style: .plain),
        ScalarCase(yaml: "v: \"a quoted\n  value\"", string: "a quoted value", style: .doubleQuoted),
        ScalarCase(yaml: "v: !!str 1", string: "1", style: .plain, tag: "tag:yaml.org,2002:str"),
        ScalarCase(yaml: "v: « guillemets » – ünïcödé", string: "« guillemets » – ünïcödé", style: .plain),
    ])
    func scalarsAreTextAsWritten(_ example: ScalarCase) throws {
        let value = try #require(try Self.pairs(Self.read(example.yaml)).first?.value.scalar)
        #expect(value == YAMLScalar(string: example.string, style: example.style, tag: example.tag))
    }

    @Test func aDocumentOfOneScalarIsAScalar() throws {
        let node = try Self.read("just text")
        #expect(node.scalar?.string == "just text")
        #expect(node.kindName == "single value")
    }

    @Test(arguments: ["", "# only a comment\n", "\n\n"])
    func noDocumentIsNil(_ yaml: String) throws {
        #expect(try YAMLReader.read(yaml) == nil)
    }

    // MARK: Collections and places

    @Test func nestedBlockMappingsAndListsKeepOrderAndPlaces() throws {
        let (yaml, at) = Self.marked("""
            1️⃣title: 2️⃣T
            3️⃣scale:
              4️⃣- 5️⃣level: 6️⃣low
                7️⃣value: 0
              - level: high
                value: 1
            8️⃣order:
            - a
            - 9️⃣b
            """)
        let root = try Self.read(yaml)
        #expect((root.line, root.column) == at["1️⃣"]!)
        let pairs = try Self.pairs(root)
        #expect(pairs.map { $0.key.scalar?.string } == ["title", "scale", "order"])
        #expect((pairs[0].value.line, pairs[0].value.column) == at["2️⃣"]!)
        #expect((pairs[1].key.line, pairs[1].key.column) == at["3️⃣"]!)
        let scale = try Self.items(pairs[1].value)
        #expect(scale.count == 2)
        #expect((scale[0].line, scale[0].column) == at["5️⃣"]!)
        #expect((pairs[1].value.line, pairs[1].value.column) == at["4️⃣"]!)
        let step = try Self.pairs(scale[0])
        #expect(step.map { $0.key.scalar?.string } == ["level", "value"])
        #expect((step[0].value.line, step[0].value.column) == at["6️⃣"]!)
        #expect((step[1].key.line, step[1].key.column) == at["7️⃣"]!)
        #expect((pairs[2].key.line, pairs[2].key.column) == at["8️⃣"]!)
        let order = try Self.items(pairs[2].value)
        #expect(order.map { $0.scalar?.string } == ["a", "b"])
        #expect((order[1].line, order[1].column) == at["9️⃣"]!)
        #expect(pairs[2].value.kindName == "list" && scale[0].kindName == "set of keys")
    }

    @Test func flowCollections() throws {
        let (yaml, at) = Self.marked("1️⃣order: 2️⃣[a, 3️⃣'b c', {x: 4️⃣1, y: [z]}]\nempty: {}\nnone: []")
        let pairs = try Self.pairs(Self.read(yaml))
        let order = try Self.items(pairs[0].value)
        #expect((pairs[0].value.line, pairs[0].value.column) == at["2️⃣"]!)
        #expect(order[1].scalar == YAMLScalar(string: "b c", style: .singleQuoted))
        #expect((order[1].line, order[1].column) == at["3️⃣"]!)
        let inner = try Self.pairs(order[2])
        #expect(inner.map { $0.key.scalar?.string } == ["x", "y"])
        #expect((inner[0].value.line, inner[0].value.column) == at["4️⃣"]!)
        #expect(try Self.items(inner[1].value).map { $0.scalar?.string } == ["z"])
        #expect(try Self.pairs(pairs[1].value).isEmpty)
        #expect(try Self.items(pairs[2].value).isEmpty)
    }

    @Test func anAliasIsTheNodeItsAnchorNames() throws {
        let pairs = try Self.pairs(Self.read("a: &quote \"the words\"\nb: *quote\nc: &list [x, y]\nd: *list"))
        #expect(pairs[1].value.scalar == YAMLScalar(string: "the words", style: .doubleQuoted))
        #expect(try Self.items(pairs[3].value).map { $0.scalar?.string } == ["x", "y"])
    }

    /// The reader keeps an explicit stack; the limit is what keeps trees (and freeing them) shallow.
    @Test func nestingToTheLimitDoesNotExhaustTheStack() throws {
        let depth = YAMLReader.maximumDepth
        var node = try Self.read(String(repeating: "[", count: depth) + String(repeating: "]", count: depth))
        var levels = 1
        while case .sequence(let items) = node.value, let first = items.first {
            node = first
            levels += 1
        }
        #expect(levels == depth)
    }

    // MARK: Errors

    static func error(_ yaml: String) -> YAMLError? {
        do {
            _ = try YAMLReader.read(yaml)
            return nil
        } catch {
            return error
        }
    }

    @Test func aSyntaxErrorKeepsLibyamlsWordsAndTheContextsPlace() throws {
        let (yaml, at) = Self.marked("name: B\ndescription: 1️⃣[unclosed\nnext2️⃣: x")
        let error = try #require(Self.error(yaml))
        #expect(error.kind == .syntax)
        #expect(error.problem == "did not find expected ',' or ']'")
        #expect(error.context?.text == "while parsing a flow sequence")
        #expect((error.context!.line, error.context!.column) == at["1️⃣"]!)
        #expect((error.line, error.column) == at["2️⃣"]!)
    }

    @Test func badIndentationIsLocated() throws {
        let error = try #require(Self.error("a: 1\n  b: 2"))
        #expect(error.kind == .syntax)
        #expect(error.problem == "mapping values are not allowed in this context")
        #expect((error.line, error.column) == (2, 4))
    }

    @Test func anUndefinedAliasIsLocated() throws {
        let (yaml, at) = Self.marked("a: 1\nb: 1️⃣*nowhere")
        let error = try #require(Self.error(yaml))
        #expect(error.problem == "found undefined alias")
        #expect((error.line, error.column) == at["1️⃣"]!)
    }

    @Test func aSecondDocumentIsRefused() throws {
        let error = try #require(Self.error("a: 1\n--- b: 2"))
        #expect(error.problem == "but found another document")
        #expect(error.context?.text == "expected a single document in the stream")
        #expect((error.line, error.column) == (2, 1))
    }

    @Test func aControlCharacterIsLocatedAtItsLineAndColumn() throws {
        let error = try #require(Self.error("a: 1\nbé: x\u{7}y"))
        #expect(error.kind == .reader)
        #expect(error.problem == "control characters are not allowed")
        #expect((error.line, error.column) == (2, 6))
    }

    // MARK: Duplicate keys

    @Test func aRepeatedKeyIsLocatedAtItsSecondOccurrence() throws {
        let (yaml, at) = Self.marked("title: A\nsummary: s\n1️⃣title: B")
        let error = try #require(Self.error(yaml))
        #expect(error.kind == .duplicateKeys(keys: ["title"]))
        #expect((error.line, error.column) == at["1️⃣"]!)
    }

    @Test func aRepeatedKeyInANestedMappingIsLocatedThere() throws {
        let (yaml, at) = Self.marked("""
            scale:
              - level: low
                value: 0
              - level: high
                value: 1
                1️⃣value: 2
            """)
        let error = try #require(Self.error(yaml))
        #expect(error.kind == .duplicateKeys(keys: ["value"]))
        #expect((error.line, error.column) == at["1️⃣"]!)
    }

    @Test func everyRepeatedKeyIsNamedSortedAndTheFirstIsLocated() throws {
        let (yaml, at) = Self.marked("b: 1\na: 1\n'b': 2\n1️⃣\"a\": 2\na: 3")
        let error = try #require(Self.error(yaml))
        #expect(error.kind == .duplicateKeys(keys: ["a", "b"]))
        #expect((error.line, error.column) == at["1️⃣"]!)
    }

    @Test func aRepeatedKeyInAFlowMappingIsFound() throws {
        let error = try #require(Self.error("a: {x: 1, x: 2}"))
        #expect(error.kind == .duplicateKeys(keys: ["x"]))
        #expect((error.line, error.column) == (1, 11))
    }

    @Test func keysWithOtherTagsAreNotTheSameKey() throws {
        #expect(Self.error("a: 1\n!custom a: 2") == nil)
    }
}
