import Foundation

/// Typed, located access to the keys of one file's front matter.
///
/// Each accessor records a diagnostic when a key is missing or of the wrong type, so that one
/// pass over a file reports all of its problems. `finish` then reports keys nobody asked for.
struct FrontMatterFields {
    let file: String
    private let lineOffset: Int
    private var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] = []
    private var consumed: Set<String> = []
    private(set) var diagnostics: [Diagnostic] = []
    let location: SourceLocation

    /// Parses `frontMatter.yaml`; a YAML syntax error or a non-mapping becomes a diagnostic.
    init(_ frontMatter: FrontMatter, file: String) {
        self.file = file
        self.lineOffset = frontMatter.yamlLine - 1
        self.location = SourceLocation(file: file, line: 1, column: 1)
        let node: YAMLNode?
        do {
            node = try YAMLReader.read(frontMatter.yaml)
        } catch {
            diagnostics.append(Self.diagnostic(for: error, file: file, lineOffset: lineOffset))
            return
        }
        guard let node else {
            return  // Empty front matter: every required key will be reported missing.
        }
        guard case .mapping(let mapping) = node.value else {
            diagnostics.append(.error(at: place(of: node), "the front matter must be a list of 'key: value' lines",
                                      hint: "write one key per line, e.g. 'title: ...'"))
            return
        }
        var seen: [String: SourceLocation] = [:]
        for pair in mapping {
            guard let key = pair.key.scalar?.string else {
                diagnostics.append(.error(at: place(of: pair.key), "a front matter key must be plain text"))
                continue
            }
            // The reader already refuses a key written twice alike; this catches the same text with another tag.
            if let first = seen[key] {
                diagnostics.append(.error(at: place(of: pair.key), "the key '\(key)' is given twice",
                                          hint: "it was first given at line \(first.line); keep one"))
                continue
            }
            seen[key] = place(of: pair.key)
            pairs.append((key, pair.key, pair.value))
        }
    }

    /// The keys of a mapping inside the front matter (one item of a list), located like the rest of the file; what it
    /// reports goes back to the parent with `absorb`.
    init(mapping: [YAMLPair], at location: SourceLocation, parent: FrontMatterFields) {
        file = parent.file
        lineOffset = parent.lineOffset
        self.location = location
        var seen: Set<String> = []
        for pair in mapping {
            guard let key = pair.key.scalar?.string, seen.insert(key).inserted else { continue }
            pairs.append((key, pair.key, pair.value))
        }
    }

    /// Takes the diagnostics of a nested mapping's fields.
    mutating func absorb(_ nested: FrontMatterFields) { diagnostics += nested.diagnostics }

    /// Whether the front matter could be read at all.
    var isReadable: Bool { !diagnostics.contains { $0.severity == .error } }

    func has(_ key: String) -> Bool { pairs.contains { $0.key == key } }

    mutating func value(_ key: String) -> YAMLNode? {
        consumed.insert(key)
        return pairs.first { $0.key == key }?.value
    }

    func keyLocation(_ key: String) -> SourceLocation {
        pairs.first { $0.key == key }.map { place(of: $0.keyNode) } ?? location
    }

    func place(of node: YAMLNode) -> SourceLocation {
        SourceLocation(file: file, line: node.line + lineOffset, column: node.column)
    }

    mutating func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    mutating func missing(_ key: String, hint: String) {
        diagnostics.append(.error(at: location, "missing required key '\(key)'", hint: hint))
    }

    // MARK: Typed values

    mutating func string(_ key: String, required: Bool, hint: String = "") -> String? {
        guard let node = value(key) else {
            if required { missing(key, hint: hint.isEmpty ? "add '\(key): ...' to the front matter" : hint) }
            return nil
        }
        return text(node, key: key)
    }

    /// A scalar's text; sequences and mappings are reported.
    mutating func text(_ node: YAMLNode, key: String) -> String? {
        guard case .scalar(let scalar) = node.value else {
            // Show the right shape with what was written, when it is one piece of text.
            let single: String? = if case .sequence(let items) = node.value, items.count == 1, let only = items[0].scalar { only.string } else { nil }
            report(.error(at: place(of: node), "'\(key)' must be text, not a \(node.kindName)",
                          hint: single.map { "write it on one line, without '- ': \(key): \(YAMLQuote.quoted($0))" }
                            ?? "write it on one line after '\(key):', quoted if it contains a colon: \(key): \"…\""))
            return nil
        }
        let text = scalar.string.trimmingWhitespace
        if text.isEmpty || (scalar.style == .plain && ["~", "null", "Null", "NULL"].contains(text)) {
            report(.error(at: place(of: node), "'\(key)' must not be empty", hint: "write a value after '\(key):'"))
            return nil
        }
        return text
    }

    mutating func number(_ key: String) -> (value: Double, location: SourceLocation)? {
        guard let node = value(key) else { return nil }
        let location = place(of: node)
        guard case .scalar(let scalar) = node.value, scalar.style == .plain, let number = Double(scalar.string),
              number.isFinite else {
            report(.error(at: location, "'\(key)' must be a number", hint: "write it without quotes, e.g. '\(key): 2'"))
            return nil
        }
        return (number, location)
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let node = value(key) else { return nil }
        guard case .scalar(let scalar) = node.value, scalar.style == .plain else {
            report(.error(at: place(of: node), "'\(key)' must be true or false", hint: "write '\(key): true' or '\(key): false'"))
            return nil
        }
        switch scalar.string {
        case "true", "True", "TRUE": return true
        case "false", "False", "FALSE": return false
        case "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "n":
            // YAML 1.1 read these as booleans, YAML 1.2 as text: rather than guess which was meant, ask.
            let meant = ["yes", "on", "y"].contains(scalar.string.lowercased()) ? "true" : "false"
            report(.error(at: place(of: node), "'\(key)' must be true or false, not '\(scalar.string)'",
                          hint: "write '\(key): \(meant)': YAML reads '\(scalar.string)' as text"))
            return nil
        default:
            report(.error(at: place(of: node), "'\(key)' must be true or false, not '\(scalar.string)'",
                          hint: "write '\(key): true' or '\(key): false'"))
            return nil
        }
    }

    /// A sequence's items; a single scalar is reported as needing a list.
    mutating func list(_ key: String) -> [YAMLNode]? {
        guard let node = value(key) else { return nil }
        guard case .sequence(let sequence) = node.value else {
            let example = node.scalar.map { YAMLQuote.quoted($0.string) } ?? "\"…\""
            report(.error(at: place(of: node), "'\(key)' must be a list, not \(node.scalar == nil ? "a \(node.kindName)" : "one text")",
                          hint: "write each item on its own line starting with '- ', or in brackets: \(key): [\(example)]"))
            return nil
        }
        return sequence
    }

    /// A list of ids with where each is written.
    mutating func idList<Entity>(_ key: String, of kind: Entity.Type) -> [(id: EntityID<Entity>, location: SourceLocation)]? {
        guard let items = list(key) else { return nil }
        return items.compactMap { item in text(item, key: key).map { (EntityID($0), place(of: item)) } }
    }

    /// Reports every key that no accessor asked for, with the nearest known key as a hint.
    mutating func finish(allowed: [String]) {
        for pair in pairs where !consumed.contains(pair.key) {
            report(.error(at: place(of: pair.keyNode), "unknown key '\(pair.key)'",
                          hint: Suggestion.hint(for: pair.key, among: allowed, noun: "key")))
        }
    }

    private static func diagnostic(for error: YAMLError, file: String, lineOffset: Int) -> Diagnostic {
        func at(_ line: Int, _ column: Int) -> SourceLocation {
            SourceLocation(file: file, line: line + lineOffset, column: column)
        }
        let hint = "check the indentation and quote values that contain ':' or start with a quote, '-', '[' or '{'"
        switch error.kind {
        case .duplicateKeys(let keys):
            return .error(at: at(error.line, error.column), "the key '\(keys.joined(separator: "', '"))' is given twice",
                          hint: "keep one of them")
        case .tooDeep(let limit):
            return .error(at: at(error.line, error.column), "the front matter nests lists and mappings more than \(limit) deep",
                          hint: "front matter needs a few levels at most: write the value as a plain list of 'key: value' entries")
        case .forbiddenCharacter(let name):
            return .error(at: at(error.line, error.column), "the value holds the control character \(name), which a report cannot show",
                          hint: "remove the escape that makes it (\\x.., \\u....) from the quoted value")
        case .tooLong(let limit):
            return .error(at: at(1, 1), "the front matter is longer than \(limit / 1024) KB",
                          hint: "keep front matter to the keys of one file and move long text into the Markdown body after '---'")
        case .syntax, .reader:
            let detail = error.context.map { "\(error.problem) \($0.text)" } ?? error.problem
            // The context marks where the broken construct starts, which is where the fix usually goes.
            let place = error.context.map { at($0.line, $0.column) } ?? at(error.line, error.column)
            return .error(at: place, "the front matter is not valid YAML: \(detail)", hint: hint)
        }
    }
}

extension FrontMatterFields {
    /// Where the value of `key` is written (or the key's own place if it has none).
    func keyLocationOfValue(_ key: String) -> SourceLocation {
        pairs.first { $0.key == key }.map { place(of: $0.value) } ?? location
    }
}
