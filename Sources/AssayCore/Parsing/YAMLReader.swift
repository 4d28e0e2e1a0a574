internal import CYaml

/// Reads one YAML document into `YAMLNode`s from libyaml's events: the only place that touches libyaml.
///
/// One pass over the events, with no general node tree of a YAML library and no tag resolution:
/// scalars stay text until a reader asks for a number or a flag. Aliases are replaced by the node
/// their anchor names. Nesting is followed with an explicit stack, so deep input cannot exhaust the
/// call stack.
enum YAMLReader {
    /// Front matter nests a list of mappings of lists at most; this leaves room for any hand-written file while a hostile
    /// one (`x: [[[[…]]]]`, tens of thousands deep) is refused at its first level too many.
    static let maximumDepth = 64
    /// Far above any hand-written front matter; it bounds what libyaml is given to read.
    static let maximumLength = 1 << 20

    /// The document in `yaml`, or `nil` when it holds none (empty, or only comments).
    ///
    ///     try YAMLReader.read("weight: 2\nscale: [low, high]")
    ///     // a mapping at 1:1 with the keys `weight` (1:1) and `scale` (2:1)
    ///
    /// Throws the first syntax error, a second document, an undefined alias, or the first mapping
    /// (innermost first) that repeats a key, located at the key's second occurrence.
    static func read(_ yaml: String) throws(YAMLError) -> YAMLNode? {
        if yaml.utf8.count > maximumLength {
            throw YAMLError(kind: .tooLong(limit: maximumLength), problem: "it is longer than \(maximumLength / 1024) KB", line: 1, column: 1)
        }
        var text = yaml
        let result: Result<YAMLNode?, YAMLError> = text.withUTF8 { bytes in
            var events = EventStream(bytes)
            defer { events.close() }
            do throws(YAMLError) {
                return .success(try compose(&events))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// A collection whose end event has not come yet.
    private enum Open {
        case sequence(items: [YAMLNode], line: Int, column: Int, anchor: String?)
        case mapping(pairs: [YAMLPair], key: YAMLNode?, line: Int, column: Int, anchor: String?)
    }

    private static func compose(_ events: inout EventStream) throws(YAMLError) -> YAMLNode? {
        var anchors: [String: YAMLNode] = [:]
        var open: [Open] = []
        var root: YAMLNode?
        var documents = 0
        while true {
            let event = try events.next()
            defer { events.release() }
            let line = Int(event.start_mark.line) + 1, column = Int(event.start_mark.column) + 1
            var done: (node: YAMLNode, anchor: String?)?
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents > 1 {
                    throw YAMLError(kind: .syntax, problem: "but found another document", line: line, column: column,
                                    context: ("expected a single document in the stream", 1, 1))
                }
                continue
            case YAML_ALIAS_EVENT:
                let name = string(event.data.alias.anchor) ?? ""
                guard let node = anchors[name] else {
                    throw YAMLError(kind: .syntax, problem: "found undefined alias", line: line, column: column)
                }
                done = (node, nil)
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                let value = String(decoding: UnsafeBufferPointer(start: scalar.value, count: scalar.length), as: UTF8.self)
                // A double-quoted escape ("\x07", "\uFFFE") makes characters no file holds as they are.
                if let bad = ForbiddenCharacters.first(in: value) {
                    throw YAMLError(kind: .forbiddenCharacter(name: ForbiddenCharacters.name(bad.scalar)),
                                    problem: "the value holds \(ForbiddenCharacters.name(bad.scalar))", line: line, column: column)
                }
                done = (YAMLNode(value: .scalar(YAMLScalar(string: value, style: style(scalar.style), tag: string(scalar.tag))),
                                 line: line, column: column), string(scalar.anchor))
            case YAML_SEQUENCE_START_EVENT where open.count >= maximumDepth, YAML_MAPPING_START_EVENT where open.count >= maximumDepth:
                throw YAMLError(kind: .tooDeep(limit: maximumDepth), problem: "lists and mappings nest more than \(maximumDepth) deep",
                                line: line, column: column)
            case YAML_SEQUENCE_START_EVENT:
                open.append(.sequence(items: [], line: line, column: column, anchor: string(event.data.sequence_start.anchor)))
                continue
            case YAML_MAPPING_START_EVENT:
                open.append(.mapping(pairs: [], key: nil, line: line, column: column, anchor: string(event.data.mapping_start.anchor)))
                continue
            case YAML_SEQUENCE_END_EVENT:
                guard case .sequence(let items, let line, let column, let anchor) = open.removeLast() else { continue }
                done = (YAMLNode(value: .sequence(items), line: line, column: column), anchor)
            case YAML_MAPPING_END_EVENT:
                guard case .mapping(let pairs, _, let line, let column, let anchor) = open.removeLast() else { continue }
                try checkDuplicates(pairs)
                done = (YAMLNode(value: .mapping(pairs), line: line, column: column), anchor)
            default:
                continue  // Stream start, document end.
            }
            guard let done else { continue }
            let (node, anchor) = done
            if let anchor { anchors[anchor] = node }
            switch open.popLast() {
            case nil:
                root = node
            case .sequence(var items, let line, let column, let anchor)?:
                items.append(node)
                open.append(.sequence(items: items, line: line, column: column, anchor: anchor))
            case .mapping(var pairs, let key, let line, let column, let anchor)?:
                if let key {
                    pairs.append(YAMLPair(key: key, value: node))
                    open.append(.mapping(pairs: pairs, key: nil, line: line, column: column, anchor: anchor))
                } else {
                    open.append(.mapping(pairs: pairs, key: node, line: line, column: column, anchor: anchor))
                }
            }
        }
    }

    /// Keys are the same when their text and explicit tag are; quoted and plain keys alike are text.
    private static func checkDuplicates(_ pairs: [YAMLPair]) throws(YAMLError) {
        guard pairs.count > 1 else { return }
        var seen: Set<ScalarKey> = []
        var repeated: [(key: ScalarKey, node: YAMLNode)] = []
        for pair in pairs {
            guard let scalar = pair.key.scalar else { continue }
            let key = ScalarKey(string: scalar.string, tag: scalar.tag)
            if !seen.insert(key).inserted, !repeated.contains(where: { $0.key == key }) {
                repeated.append((key, pair.key))
            }
        }
        guard !repeated.isEmpty else { return }
        repeated.sort { $0.key.string < $1.key.string }
        let first = repeated[0].node
        throw YAMLError(kind: .duplicateKeys(keys: repeated.map(\.key.string)), problem: "found duplicate keys",
                        line: first.line, column: first.column)
    }

    private struct ScalarKey: Hashable {
        var string: String
        var tag: String?
    }

    private static func style(_ style: yaml_scalar_style_t) -> YAMLScalar.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: $0) }
    }
}

/// libyaml's parser over a UTF-8 buffer, one event at a time; the parser and the event live at
/// fixed addresses, as libyaml keeps pointers into them.
private struct EventStream {
    private let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
    private let event = UnsafeMutablePointer<yaml_event_t>.allocate(capacity: 1)
    private var holdsEvent = false
    private let bytes: UnsafeBufferPointer<UInt8>

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, bytes.baseAddress, bytes.count)
    }

    /// The next event, valid until `release`.
    mutating func next() throws(YAMLError) -> yaml_event_t {
        guard yaml_parser_parse(parser, event) == 1 else { throw error() }
        holdsEvent = true
        return event.pointee
    }

    mutating func release() {
        if holdsEvent { yaml_event_delete(event) }
        holdsEvent = false
    }

    mutating func close() {
        release()
        yaml_parser_delete(parser)
        parser.deallocate()
        event.deallocate()
    }

    private func error() -> YAMLError {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown problem"
        if state.error == YAML_READER_ERROR {
            // A reader error gives a byte offset only: count lines and characters up to it.
            let prefix = bytes.prefix(min(Int(state.problem_offset), bytes.count))
            let lineStart = prefix.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
            let column = String(decoding: prefix[lineStart...], as: UTF8.self).unicodeScalars.count + 1
            return YAMLError(kind: .reader, problem: problem, line: prefix.count { $0 == 0x0A } + 1, column: column)
        }
        let context = state.context.map {
            (String(cString: $0), Int(state.context_mark.line) + 1, Int(state.context_mark.column) + 1)
        }
        return YAMLError(kind: .syntax, problem: problem, line: Int(state.problem_mark.line) + 1,
                         column: Int(state.problem_mark.column) + 1, context: context)
    }
}
