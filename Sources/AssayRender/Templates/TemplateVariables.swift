import AssayCore

/// The variable names a template uses, with where, so names the report does not provide fail loudly.
enum TemplateVariables {
    struct Use {
        var name: String
        var line: Int
        var column: Int
    }

    /// Names in `{{name}}`, `{{{name}}}`, `{{&name}}`, `{{#name}}` and `{{^name}}` tags; each part of a dotted name counts.
    static func uses(in template: String) -> [Use] {
        var uses: [Use] = []
        for (lineIndex, line) in template.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                var tag = rest[open.upperBound...]
                let triple = tag.hasPrefix("{")
                if triple { tag = tag.dropFirst() }
                guard let close = tag.range(of: "}}") else { break }
                var body = tag[..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                rest = tag[close.upperBound...]
                if let sigil = body.first, "#^&".contains(sigil) { body.removeFirst() } else if let sigil = body.first, "/>!=$<%".contains(sigil) { continue }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                for part in body.trimmingCharacters(in: .whitespaces).split(separator: ".") where !part.isEmpty {
                    uses.append(Use(name: String(part), line: lineIndex + 1, column: column))
                }
            }
        }
        return uses
    }

    /// Every key of every dictionary reachable from `context`.
    static func vocabulary(of context: Any, into keys: inout Set<String>) {
        if let dictionary = context as? [String: Any] {
            for (key, value) in dictionary {
                keys.insert(key)
                vocabulary(of: value, into: &keys)
            }
        } else if let array = context as? [Any] {
            for element in array { vocabulary(of: element, into: &keys) }
        }
    }
}
