/// One value of a YAML document as Assay reads it, with the 1-based line and column where it is written
/// (in the YAML text itself; `FrontMatterFields` adds the front matter's line offset).
///
/// Scalars keep their text, style and explicit tag and are never given a type by pattern matching:
/// each reader decides what a scalar means where it expects one (`weight: 2` is a number because
/// `weight` asks for a number).
struct YAMLNode: Sendable {
    enum Value: Sendable {
        case scalar(YAMLScalar)
        case sequence([YAMLNode])
        /// Keys in the order they are written.
        case mapping([YAMLPair])
    }

    var value: Value
    var line: Int
    var column: Int

    var scalar: YAMLScalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    /// What the node is, in the words diagnostics use.
    var kindName: String {
        switch value {
        case .scalar: "single value"
        case .mapping: "set of keys"
        case .sequence: "list"
        }
    }
}

/// A scalar's text as written (quotes removed, escapes and folding applied), with how it was written.
struct YAMLScalar: Sendable, Equatable {
    enum Style: Sendable, Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded
    }

    var string: String
    var style: Style
    /// An explicit tag such as `!!str` (as its full name, `tag:yaml.org,2002:str`), or `nil`.
    var tag: String?
}

/// A mapping's key and value; the key keeps its own place, so that problems with it can be located.
struct YAMLPair: Sendable {
    var key: YAMLNode
    var value: YAMLNode
}

/// Why a YAML text could not be read, with the place libyaml gives.
struct YAMLError: Error, Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        /// Bytes the YAML reader refuses, such as control characters.
        case reader
        /// A syntax error; `context` names the construct being read when the problem was found.
        case syntax
        /// The same key twice in one mapping; `keys` lists every repeated key, sorted.
        case duplicateKeys(keys: [String])
        /// Lists and mappings nested deeper than `limit`: refused at the first one too deep, before a tree is built.
        case tooDeep(limit: Int)
        /// More text than `limit` bytes: refused before libyaml reads it.
        case tooLong(limit: Int)
        /// A value whose escapes make a control character or a noncharacter.
        case forbiddenCharacter(name: String)
    }

    var kind: Kind
    var problem: String
    var line: Int
    var column: Int
    /// The construct that was being read (e.g. "while parsing a flow sequence") and where it starts.
    var context: (text: String, line: Int, column: Int)?

    static func == (lhs: YAMLError, rhs: YAMLError) -> Bool {
        lhs.kind == rhs.kind && lhs.problem == rhs.problem && lhs.line == rhs.line && lhs.column == rhs.column
            && lhs.context?.text == rhs.context?.text && lhs.context?.line == rhs.context?.line
            && lhs.context?.column == rhs.context?.column
    }
}
